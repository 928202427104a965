// The Users page's API: a coordinator lists the sign-in accounts of their own centre (workers' by phone), an
// administrator every centre's; filters by text, role and status; disabling shows in the list at once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserAccount } from "../../src/core/accounts/account-schemas.js";
import type { Page } from "../../src/core/shared/pagination.js";
import { expectApiError } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let coordinator: ReturnType<typeof as>;
let admin: ReturnType<typeof as>;
const WORKER_PHONE = "+306945550101";

beforeAll(async () => {
  world = await createTestWorld();
  coordinator = as(world.app, await signIn(world.app, world.centreA.emails.coordinator));
  admin = as(world.app, await signIn(world.app, world.emails.admin));
  const caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  const created = await caseworker({
    method: "POST",
    url: "/api/workers",
    headers: { "idempotency-key": randomUUID() },
    payload: workerInput({ givenName: "Amina", familyName: "Diallo", phone: WORKER_PHONE }),
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(() => world.close());

async function list(requester: ReturnType<typeof as>, query = ""): Promise<Page<UserAccount>> {
  const response = await requester({ method: "GET", url: `/api/users?pageSize=100${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe("listing sign-in accounts", () => {
  it("shows a coordinator the accounts of their own centre only, a worker's by phone number, by name", async () => {
    const page = await list(coordinator);
    const signIns = page.items.map((account) => account.signIn);
    expect(signIns).toEqual(expect.arrayContaining(Object.values(world.centreA.emails)));
    expect(signIns).toContain(WORKER_PHONE);
    for (const email of [...Object.values(world.centreB.emails), world.emails.admin]) expect(signIns).not.toContain(email);
    expect(page.total).toBe(page.items.length);
    const names = page.items.map((account) => account.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(page.items.find((account) => account.signIn === WORKER_PHONE)).toMatchObject({
      name: "Amina Diallo",
      role: "worker",
      centreName: "Centre A",
      disabled: false,
      twoFactorEnabled: false,
    });
  });

  it("shows an administrator every centre's accounts and the network's", async () => {
    const signIns = (await list(admin)).items.map((account) => account.signIn);
    for (const email of [world.centreA.emails.inspector, world.centreB.emails.inspector, world.emails.analyst]) {
      expect(signIns).toContain(email);
    }
  });

  it("filters by text (name, e-mail or phone, literally), by role and by status", async () => {
    expect((await list(coordinator, "&q=amina")).items.map((account) => account.signIn)).toEqual([WORKER_PHONE]);
    expect((await list(coordinator, `&q=${encodeURIComponent("5550101")}`)).items.map((account) => account.role)).toEqual(["worker"]);
    expect((await list(coordinator, "&q=inspector%40a")).items.map((account) => account.signIn)).toEqual([world.centreA.emails.inspector]);
    expect((await list(coordinator, `&q=${encodeURIComponent("%")}`)).total).toBe(0);
    expect((await list(coordinator, "&role=partner")).items.map((account) => account.signIn)).toEqual([world.centreA.emails.partner]);
    expect((await list(coordinator, "&status=disabled")).total).toBe(0);
  });

  it("shows a disabled account as disabled at once, and enabled again", async () => {
    const partner = (await list(coordinator, "&role=partner")).items[0] as UserAccount;
    const put = (disabled: boolean) => coordinator({ method: "PUT", url: `/api/users/${partner.id}/disabled`, payload: { disabled } });
    expect((await put(true)).statusCode).toBe(200);
    expect((await list(coordinator, "&status=disabled")).items.map((account) => account.id)).toEqual([partner.id]);
    expect((await list(coordinator, "&status=active")).items.map((account) => account.id)).not.toContain(partner.id);
    expect((await put(false)).statusCode).toBe(200);
    expect((await list(coordinator, "&status=disabled")).total).toBe(0);
  });

  it("is refused to staff who do not manage access, and bad filters are refused with the reason", async () => {
    const caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
    expectApiError(await caseworker({ method: "GET", url: "/api/users" }), 403, "forbidden");
    expectApiError(await coordinator({ method: "GET", url: "/api/users?role=king" }), 400, "validation_failed");
    expectApiError(await coordinator({ method: "GET", url: "/api/users?status=gone" }), 400, "validation_failed");
  });
});
