// The access policy, proven on the real routes: one test per route × role × kind of record, each expectation
// read from POLICY (src/core/access/policy.ts). docs/access-control.md explains how to add a route.
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLICY, type Scope } from "../../src/core/access/policy.js";
import { ROLES, type Role } from "../../src/core/access/roles.js";
import { routeActionsOf } from "../../src/server/access/route-actions.js";
import {
  type AccessWorld,
  createAccessWorld,
  databaseFingerprinter,
  deniedCount,
  type ExistingKind,
  KIND_LABELS,
  RECORD_KINDS,
  type RecordKind,
} from "../support/access-world.js";
import { type PlainRecipe, RECIPES, type Recipe, type RecordRecipe } from "./route-recipes.js";

let world: AccessWorld;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  world = await createAccessWorld();
  fingerprint = await databaseFingerprinter(world);
});
afterAll(() => world.close());

const EXISTING: ExistingKind[] = ["own", "otherInCentre", "otherCentre"];
const routeName = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** What a scope reaches: every centre, the actor's centre, or the actor's own record inside it. */
function reaches(scope: Scope, kind: ExistingKind): boolean {
  if (scope === "any") return true;
  if (scope === "centre") return kind !== "otherCentre";
  return kind === "own";
}

const scopeOf = (recipe: Recipe, role: Role): Scope | null =>
  recipe.action === "public" || recipe.action === "signed-in" ? "any" : (POLICY[recipe.action][role] ?? null);

describe("every API route is in the matrix", () => {
  it("each registered /api route has a recipe with the action it declares, and each recipe a route", () => {
    const registered = routeActionsOf(world.app).map((r) => `${routeName(r)} → ${r.action ?? "NO ACTION"}`);
    const recipes = RECIPES.map((r) => `${routeName(r)} → ${r.action}`);
    expect(
      registered.filter((r) => !recipes.includes(r)),
      "routes without a recipe (or with another action)",
    ).toEqual([]);
    expect(
      recipes.filter((r) => !registered.includes(r)),
      "recipes of no route",
    ).toEqual([]);
  });
});

/** A role refused outright gets 403 for each request, each audited as denied, and nothing changes. */
async function expectRefused(recipe: Recipe, role: Role, requests: InjectOptions[]) {
  const action = recipe.action as string;
  const before = await fingerprint();
  const deniedBefore = await deniedCount(world, world.userIds[role], action, null);
  for (const request of requests) {
    const response = await world.roles[role](request);
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().error.code).toBe("forbidden");
  }
  expect(await fingerprint()).toBe(before);
  expect(await deniedCount(world, world.userIds[role], action, null)).toBe(deniedBefore + requests.length);
}

function plainCells(recipe: PlainRecipe) {
  for (const role of ROLES) {
    const scope = scopeOf(recipe, role);
    if (scope === null) {
      it(`${role} may not ${recipe.action}`, () => expectRefused(recipe, role, [recipe.request({ world, role, allowed: false })]));
      continue;
    }
    if (!recipe.lists) {
      it(`${role} may ${recipe.action}`, async () => {
        const response = await world.roles[role](recipe.request({ world, role, allowed: true }));
        expect(response.statusCode, response.body).toBe(recipe.success);
      });
      continue;
    }
    const type = recipe.lists;
    for (const kind of EXISTING) {
      const listed = reaches(scope, kind);
      it(`${role} may ${recipe.action}, ${listed ? "seeing" : "not seeing"} ${KIND_LABELS[kind]}`, async () => {
        const response = await world.roles[role](recipe.request({ world, role, allowed: true }));
        expect(response.statusCode, response.body).toBe(recipe.success);
        const ids = (response.json() as { items: { id: string }[] }).items.map((item) => item.id);
        expect(ids.includes(world.records[type][kind])).toBe(listed);
      });
    }
  }
}

function recordCells(recipe: RecordRecipe) {
  const action = recipe.action as string;
  for (const role of ROLES) {
    const scope = scopeOf(recipe, role);
    if (scope === null) {
      // Refused before any record is looked at: one test asks for each kind of record in turn.
      it(`${role} may not ${action} on any record (own, of own centre, of other centre, nonexistent)`, async () => {
        const requests = [];
        for (const kind of RECORD_KINDS) requests.push((await recipe.prepare({ world, role, kind, allowed: false })).request);
        await expectRefused(recipe, role, requests);
      });
      continue;
    }
    for (const kind of RECORD_KINDS) {
      if (kind === "missing") {
        it(`${role} finds no ${KIND_LABELS[kind]} to ${action}`, async () => {
          const before = await fingerprint();
          const { request } = await recipe.prepare({ world, role, kind, allowed: false });
          const response = await world.roles[role](request);
          expect(response.statusCode, response.body).toBe(recipe.missing ?? 404);
          expect(await fingerprint()).toBe(before);
        });
        continue;
      }
      const allowed = reaches(scope, kind);
      it(`${role} ${allowed ? "may" : "may not"} ${action} on ${KIND_LABELS[kind]}`, async () => {
        if (allowed) {
          const { request } = await recipe.prepare({ world, role, kind, allowed });
          const response = await world.roles[role](request);
          expect(response.statusCode, response.body).toBe(recipe.success);
          return;
        }
        await expectHiddenLikeMissing(recipe, role, kind);
      });
    }
  }
}

/** Out of scope: the very answer of a record that does not exist, nothing changed, and a "denied" audit entry. */
async function expectHiddenLikeMissing(recipe: RecordRecipe, role: Role, kind: RecordKind) {
  const request = world.roles[role];
  const absent = await request((await recipe.prepare({ world, role, kind: "missing", allowed: false })).request);
  const { request: options, recordId } = await recipe.prepare({ world, role, kind, allowed: false });
  const before = await fingerprint();
  const deniedBefore = await deniedCount(world, world.userIds[role], recipe.action, recordId);
  const response = await request(options);
  expect(response.statusCode, response.body).toBe(absent.statusCode);
  expect(response.json()).toEqual(absent.json());
  expect(await fingerprint()).toBe(before);
  expect(await deniedCount(world, world.userIds[role], recipe.action, recordId)).toBe(deniedBefore + 1);
}

function anonymousCell(recipe: Recipe) {
  const isPublic = recipe.action === "public";
  it(`an anonymous visitor ${isPublic ? "may" : "may not"} ${recipe.action}`, async () => {
    const options =
      recipe.shape === "plain"
        ? recipe.request({ world, role: "worker", allowed: isPublic })
        : (await recipe.prepare({ world, role: "worker", kind: "own", allowed: false })).request;
    const before = await fingerprint();
    const response = await world.anonymous(options);
    if (isPublic) expect(response.statusCode, response.body).toBe(recipe.success);
    else {
      expect(response.statusCode, response.body).toBe(401);
      expect(await fingerprint()).toBe(before);
    }
  });
}

for (const recipe of RECIPES) {
  describe(routeName(recipe), () => {
    if (recipe.shape === "plain") plainCells(recipe);
    else recordCells(recipe);
    anonymousCell(recipe);
  });
}
