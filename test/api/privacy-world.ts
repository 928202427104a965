// A test world for the privacy tests: data protection officers for both centres, an employer with a published
// offer, and a helper to register workers.
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { moveOffer, type Requester, recordOffer, registerEmployer, signInAsEmployer } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, TEST_PASSWORD } from "../support/test-app.js";

export const OFFER_DATES = { startDate: "2027-03-01", endDate: "2027-05-31" };

export async function createPrivacyWorld() {
  const world = await createTestWorld();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [key, centre] of [
    ["a", world.centreA],
    ["b", world.centreB],
  ] as const) {
    await insertPasswordAccount(world.connection.db, {
      name: `dpo ${key}`,
      email: `dpo@${key}.test`,
      passwordHash,
      role: "dpo",
      centreId: centre.id,
    });
  }
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  const people = {
    caseworker: await signedIn(world.centreA.emails.caseworker),
    coordinator: await signedIn(world.centreA.emails.coordinator),
    inspector: await signedIn(world.centreA.emails.inspector),
    dpo: await signedIn("dpo@a.test"),
    dpoB: await signedIn("dpo@b.test"),
    admin: await signedIn(world.emails.admin),
    anonymous: as(world.app, null),
  };
  const employer = await registerEmployer(people.caseworker, {
    sites: [{ name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "", latitude: 38.06, longitude: 21.36 }],
  });
  const employerPortal = await signInAsEmployer(world, people.caseworker, employer);
  const offer = await recordOffer(people.caseworker, employer, { ...OFFER_DATES, title: "Strawberry pickers, Manolada" });
  const offerId = (await moveOffer(people.caseworker, offer.id, "submitted", "checked", "published")).id;

  async function registerWorker(request: Requester = people.caseworker, overrides: Parameters<typeof workerInput>[0] = {}) {
    const response = await request({ method: "POST", url: "/api/workers", payload: workerInput(overrides) });
    if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
    return response.json() as { id: string; phone: string; givenName: string; familyName: string; centreId: string };
  }

  return { world, ...people, employer, employerPortal, offerId, registerWorker };
}
export type PrivacyWorld = Awaited<ReturnType<typeof createPrivacyWorld>>;
