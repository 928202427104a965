import { describe, expect, it } from "vitest";
import type { Breach } from "../../../core/breaches/breach-schemas.js";
import { checkBreachChange, checkNewBreach, draftOf } from "./breach-draft.js";

const now = new Date("2026-04-10T12:00:00.000Z");

describe("the breach form", () => {
  it("starts a new breach as discovered now, open and low risk, with nothing else filled in", () => {
    const draft = draftOf(null, now);
    expect(draft).toMatchObject({ status: "open", riskLevel: "low", dataCategories: [], reportedToAuthorityAt: null });
    expect(draft.discoveredAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/);
  });

  it("says which fields are missing, in the API's words", () => {
    const check = checkNewBreach({ ...draftOf(null, now), discoveredAt: null });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.discoveredAt).toEqual({ key: "required" });
    expect(check.problems.description).toEqual({ key: "required" });
    expect(check.problems.dataCategories).toEqual({ key: "required" });
    expect(check.problems.peopleAffected).toEqual({ key: "required" });
  });

  it("refuses a report dated before the discovery", () => {
    const draft = {
      ...draftOf(null, now),
      discoveredAt: "2026-04-09 10:00:00",
      description: "Laptop stolen",
      dataCategories: ["contact" as const],
      peopleAffected: 12,
      reportedToAuthorityAt: "2026-04-08 10:00:00",
    };
    const check = checkNewBreach(draft);
    expect(check.ok ? null : check.problems.reportedToAuthorityAt).toEqual({ key: "beforeDiscovery" });
    const fixed = checkNewBreach({ ...draft, reportedToAuthorityAt: "2026-04-10 09:00:00" });
    expect(fixed.ok && fixed.value.reportedToAuthorityAt).toBe(new Date(2026, 3, 10, 9, 0, 0).toISOString());
  });

  it("turns a stored breach into the form and back without losing anything", () => {
    const stored = {
      discoveredAt: "2026-04-09T08:15:00.000Z",
      description: "E-mail with a list sent to the wrong employer",
      dataCategories: ["identity", "work_permits"],
      peopleAffected: 5,
      likelyConsequences: "Exposure of residence status",
      riskLevel: "high",
      measuresTaken: "Recipient deleted it and confirmed in writing",
      reportedToAuthorityAt: "2026-04-10T07:00:00.000Z",
      peopleInformedAt: null,
      status: "open",
    } as unknown as Breach;
    const check = checkBreachChange({ ...draftOf(stored), status: "closed" });
    expect(check).toEqual({ ok: true, value: { ...stored, status: "closed" } });
  });
});
