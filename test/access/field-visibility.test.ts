// What each role sees of a person, in every view, against the grants of src/core/access/field-visibility.ts:
// nothing outside the grant anywhere, and (over all views) exactly the grant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIELD_VISIBILITY, type PersonalFieldGrants } from "../../src/core/access/field-visibility.js";
import { ROLES, type Role } from "../../src/core/access/roles.js";
import { routeActionsOf } from "../../src/server/access/route-actions.js";
import { type AccessWorld, createAccessWorld } from "../support/access-world.js";

let world: AccessWorld;
beforeAll(async () => {
  world = await createAccessWorld();
});
afterAll(() => world.close());

/** Every view that can show something of the worker W1, of employer E1's contact person or of their candidacy. */
function views(w: AccessWorld): Record<string, string> {
  const worker = w.records.worker.own;
  const offer = w.records.offer.own;
  return {
    "worker list": "/api/workers?pageSize=100",
    "worker search": "/api/workers?q=Karim",
    "worker detail": `/api/workers/${worker}`,
    "worker consents": `/api/workers/${worker}/consents`,
    "offers for the worker": `/api/workers/${worker}/matches?includeExcluded=true`,
    "candidates for an offer": `/api/offers/${offer}/matches?includeExcluded=true`,
    referrals: "/api/referrals?pageSize=100",
    "referrals of the worker": `/api/referrals?workerId=${worker}`,
    "employer list": "/api/employers?pageSize=100",
    "employer detail": `/api/employers/${w.records.employer.own}`,
    "offer list": "/api/offers?pageSize=100",
    "offer detail": `/api/offers/${offer}`,
    dashboard: "/api/dashboard",
    "audit trail": "/api/audit?pageSize=100",
    "audit trail of the worker": `/api/audit?entityId=${worker}`,
    outbox: "/api/outbox?pageSize=100",
    export: `/api/workers/${worker}/export`,
    attachments: `/api/workers/${worker}/attachments`,
  };
}

type Grant = `${keyof PersonalFieldGrants}.${string}`;
const key = (name: string) => `"${name}":`;

/** The text that betrays each field in a response: its key in a record of that shape, or the fixture's own value. */
function tokens(w: AccessWorld): Record<Grant, (string | RegExp)[]> {
  const person = w.workers.own;
  const contact = w.employers.own;
  return {
    "worker.givenName": [person.givenName],
    "worker.familyName": [person.familyName],
    "worker.phone": [person.phone.slice(1)],
    "worker.whatsapp": [key("whatsapp")],
    "worker.gender": [key("gender")],
    "worker.birthYear": [key("birthYear")],
    "worker.nationality": [key("nationality")],
    "worker.preferredLanguage": [key("preferredLanguage")],
    "worker.regionCode": [`"${person.regionCode}"`],
    "worker.drivingLicence": [key("drivingLicence")],
    "worker.ownTransport": [key("ownTransport")],
    "worker.willingToRelocate": [key("willingToRelocate")],
    "worker.childcareNeeded": [key("childcareNeeded")],
    "worker.travellingWithFamily": [key("travellingWithFamily")],
    "worker.languages": [key("languages")],
    "worker.authorisations": [key("authorisations"), key("permitStatus"), key("permitValidUntil")],
    "worker.occupations": [key("occupations"), key("occupationUris")],
    "worker.skills": [key("skills")],
    "worker.certificates": [key("certificates")],
    // The dashboard counts workers available now: a number, not anybody's availability.
    "worker.availability": [key("availability"), /"availableNow":(true|false)/],
    "worker.preferences": [key("preferences")],
    "employerContact.contactName": [key("contactName"), contact.contactName],
    "employerContact.contactPhone": [key("contactPhone"), contact.contactPhone.slice(1)],
    "employerContact.contactEmail": [key("contactEmail"), contact.contactEmail],
    "candidacy.workerName": [key("workerName")],
    "candidacy.stage": [key("stage")],
    "candidacy.declineReason": [key("declineReason")],
    "candidacy.score": [key("score")],
    "message.recipient": [key("recipient")],
    "message.body": [key("body")],
  };
}

const granted = (role: Role): Set<Grant> =>
  new Set(
    (Object.entries(FIELD_VISIBILITY[role]) as [keyof PersonalFieldGrants, readonly string[]][]).flatMap(([record, fields]) =>
      fields.map((field) => `${record}.${field}` as Grant),
    ),
  );

/**
 * A message's recipient and text are the message fields, not the person's file: a role granted them reads them
 * as such, so they are set aside before the body is searched for the person's own fields.
 */
function withoutGrantedMessages(body: string, role: Role): string {
  if (!FIELD_VISIBILITY[role].message.length) return body;
  return body.replace(/"recipient":"[^"]*"|"body":"(?:[^"\\]|\\.)*"/g, (found) =>
    found.startsWith('"recipient"') ? key("recipient") : key("body"),
  );
}

/** What each view shows this role, as the fields it betrays. */
async function seenBy(role: Role): Promise<Record<string, Grant[]>> {
  const registered = routeActionsOf(world.app);
  const seen: Record<string, Grant[]> = {};
  const allTokens = Object.entries(tokens(world)) as [Grant, (string | RegExp)[]][];
  for (const [view, url] of Object.entries(views(world))) {
    const path = url.split("?")[0] ?? "";
    const exists = registered.some((r) => r.method === "GET" && new RegExp(`^${r.url.replace(/:[a-z]+/g, "[^/]+")}$`).test(path));
    if (!exists) continue;
    const body = withoutGrantedMessages((await world.roles[role]({ method: "GET", url })).body, role);
    const shows = (text: string | RegExp) => (typeof text === "string" ? body.includes(text) : text.test(body));
    seen[view] = allTokens.filter(([, texts]) => texts.some(shows)).map(([field]) => field);
  }
  return seen;
}

/** Some of W3's own values, a worker of the other centre, who must show nowhere in centre A. */
const otherCentrePerson = (w: AccessWorld) => [w.workers.otherCentre.givenName, w.workers.otherCentre.phone.slice(1)];

describe("field visibility, as declared in src/core/access/field-visibility.ts", () => {
  for (const role of ROLES) {
    it(`${role}: no view shows a field outside the grant, and all views together show exactly the grant`, async () => {
      const seen = await seenBy(role);
      const grant = granted(role);
      const leaks = Object.entries(seen).flatMap(([view, fields]) => fields.filter((f) => !grant.has(f)).map((f) => `${view}: ${f}`));
      expect(leaks, "fields shown outside the grant").toEqual([]);
      if (role === "dpo" && !("export" in seen)) return; // the data protection officer sees a file only through its export
      expect(new Set(Object.values(seen).flat())).toEqual(grant);
    });

    it(`${role}: the same worker shows the same fields in the list and in a search, and no more than in the detail`, async () => {
      const seen = await seenBy(role);
      expect(seen["worker search"]).toEqual(seen["worker list"]);
      const detail = new Set(seen["worker detail"]);
      expect((seen["worker list"] ?? []).filter((f) => !detail.has(f))).toEqual([]);
    });

    it(`${role}: nothing of a worker of the other centre shows in any view`, async () => {
      const texts = otherCentrePerson(world);
      for (const url of Object.values(views(world))) {
        const body = withoutGrantedMessages((await world.roles[role]({ method: "GET", url })).body, role);
        expect(
          texts.filter((text) => body.includes(text)),
          url,
        ).toEqual([]);
      }
    });
  }
});
