// No mass assignment: every request body refuses properties it does not define, at every depth, with our
// 400 validation_failed naming the unknown property, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { POLICY } from "../../src/core/access/policy.js";
import { ROLES, type Role } from "../../src/core/access/roles.js";
import { routeActionsOf } from "../../src/server/access/route-actions.js";
import { type AccessWorld, createAccessWorld, databaseFingerprinter } from "../support/access-world.js";
import { workerInput } from "../support/fixtures.js";
import { RECIPES, type Recipe } from "./route-recipes.js";

let world: AccessWorld;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  world = await createAccessWorld();
  fingerprint = await databaseFingerprinter(world);
});
afterAll(() => world.close());

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The paths of every object in a schema that would accept (or silently drop) a property it does not define. */
function lenientObjects(schema: unknown, path = "body"): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const catchall = def.catchall as z.ZodType | undefined;
      const own = catchall && defOf(catchall).type === "never" ? [] : [path];
      const shape = def.shape as Record<string, unknown>;
      return [...own, ...Object.entries(shape).flatMap(([key, field]) => lenientObjects(field, `${path}.${key}`))];
    }
    case "array":
      return lenientObjects(def.element, `${path}[]`);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return lenientObjects(def.innerType, path);
    case "pipe":
      return [...lenientObjects(def.in, path), ...lenientObjects(def.out, path)];
    case "union":
      return (def.options as unknown[]).flatMap((option) => lenientObjects(option, path));
    case "intersection":
      return [...lenientObjects(def.left, path), ...lenientObjects(def.right, path)];
    case "record":
      return lenientObjects(def.valueType, `${path}.*`);
    default:
      return [];
  }
}

describe("request bodies are strict", () => {
  it("every body schema of every route rejects unknown properties at every depth", () => {
    const lenient = routeActionsOf(world.app)
      .filter((route) => route.body !== undefined)
      .flatMap((route) => lenientObjects(route.body).map((path) => `${route.method} ${route.url}: ${path}`));
    expect(lenient).toEqual([]);
  });
});

/** A role the policy lets take the route's action on its own record, to send an otherwise valid request. */
function allowedRole(recipe: Recipe): Role | undefined {
  if (recipe.action === "public" || recipe.action === "signed-in") return "caseworker";
  const action = recipe.action;
  return ROLES.find((role) => POLICY[action][role] !== undefined && POLICY[action][role] !== "own") ?? ROLES.find((r) => POLICY[action][r]);
}

const SMUGGLED = ["centreId", "role", "version", "id"];
const withBody = RECIPES.filter((recipe) => recipe.method !== "GET" && !recipe.url.startsWith("/api/auth/"));

describe("a property a body does not define is refused (no mass assignment)", () => {
  for (const recipe of withBody) {
    const role = allowedRole(recipe);
    if (!role) continue;
    it(`${recipe.method} ${recipe.url} refuses ${SMUGGLED.join(", ")} with 400 naming each, changing nothing`, async (context) => {
      const route = routeActionsOf(world.app).find((r) => r.method === recipe.method && r.url === recipe.url);
      if (route?.body === undefined) return context.skip("the route takes no body");
      const cell = { world, role, kind: "own" as const, allowed: true };
      const { request } = recipe.shape === "plain" ? { request: recipe.request(cell) } : await recipe.prepare(cell);
      const payload = { ...(request.payload as object | undefined), ...Object.fromEntries(SMUGGLED.map((key) => [key, "x"])) };
      const before = await fingerprint();
      const response = await world.roles[role]({
        ...request,
        headers: { ...request.headers, "content-type": "application/json" },
        payload,
      });
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe("validation_failed");
      const undefinedKeys = SMUGGLED.filter((key) => !(recipe.shape === "plain" && recipe.defines?.includes(key)));
      for (const key of undefinedKeys) expect(error.details).toContainEqual(expect.objectContaining({ path: [key] }));
      expect(await fingerprint()).toBe(before);
    });
  }

  it("an unknown property inside a nested object is named by its full path", async () => {
    const input = workerInput();
    const payload = { ...input, languages: [{ ...input.languages[0], centreId: "x" }] };
    const response = await world.roles.caseworker({ method: "POST", url: "/api/workers", payload });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ path: ["languages", 0, "centreId"] }));
  });
});
