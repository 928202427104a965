import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, isAllowed, listFilterFor, POLICY, REFERENCE_DATA_ACTIONS, type RecordOwnership } from "./policy.js";
import { type Actor, ROLES, type Role } from "./roles.js";

const CENTRE = "c-1";
const OTHER_CENTRE = "c-2";
const actorOf = (role: Role, centreId: string | null = CENTRE): Actor => ({
  userId: `u-${role}`,
  role,
  centreId: role === "admin" || role === "analyst" ? null : centreId,
  workerId: role === "worker" ? "w-1" : null,
  employerId: role === "employer" ? "e-1" : null,
});

/** The four kinds of record every action is checked against. */
const records: Record<string, RecordOwnership> = {
  ownRecordInOwnCentre: { centreId: CENTRE, workerId: "w-1", employerId: "e-1" },
  otherRecordInOwnCentre: { centreId: CENTRE, workerId: "w-2", employerId: "e-2" },
  ownIdsInOtherCentre: { centreId: OTHER_CENTRE, workerId: "w-1", employerId: "e-1" },
  otherRecordInOtherCentre: { centreId: OTHER_CENTRE, workerId: "w-9", employerId: "e-9" },
};

/** What each scope allows, per kind of record. */
const EXPECTED: Record<"any" | "centre" | "own" | "none", Record<keyof typeof records, boolean>> = {
  any: { ownRecordInOwnCentre: true, otherRecordInOwnCentre: true, ownIdsInOtherCentre: true, otherRecordInOtherCentre: true },
  centre: { ownRecordInOwnCentre: true, otherRecordInOwnCentre: true, ownIdsInOtherCentre: false, otherRecordInOtherCentre: false },
  own: { ownRecordInOwnCentre: true, otherRecordInOwnCentre: false, ownIdsInOtherCentre: false, otherRecordInOtherCentre: false },
  none: { ownRecordInOwnCentre: false, otherRecordInOwnCentre: false, ownIdsInOtherCentre: false, otherRecordInOtherCentre: false },
};

describe("the access policy, as a matrix of role × action × record", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const scope = POLICY[action][role] ?? "none";
      for (const [kind, record] of Object.entries(records)) {
        const expected = EXPECTED[scope][kind as keyof typeof records];
        it(`${role} ${expected ? "may" : "may not"} ${action} on ${kind}`, () => {
          expect(isAllowed(actorOf(role), action, record)).toBe(expected);
        });
      }
    }
  }
});

describe("rules the product promises", () => {
  const never = (role: Role, actions: Action[]) => actions.filter((a) => POLICY[a][role] !== undefined);
  it("employers never read workers' files, their consents or the audit trail", () => {
    expect(never("employer", ["worker.read", "worker.list", "worker.consent.read", "worker.matches", "audit.read", "outbox.read"])).toEqual(
      [],
    );
  });
  it("analysts never see a single person's record", () => {
    expect(ACTIONS.filter((a) => POLICY[a].analyst !== undefined)).toEqual(["reference.read", "dashboard.read", "labour_rule.read"]);
  });
  it("employers have no grievance action at all, and only the data protection officer reveals a complainant", () => {
    const grievanceActions = ACTIONS.filter((a) => a.startsWith("grievance."));
    expect(grievanceActions.filter((a) => POLICY[a].employer !== undefined)).toEqual([]);
    expect(Object.keys(POLICY["grievance.reveal"])).toEqual(["dpo"]);
  });
  it("a worker reaches only their own file and candidacies", () => {
    const grants = ACTIONS.filter((a) => POLICY[a].worker !== undefined && !REFERENCE_DATA_ACTIONS.includes(a));
    expect(grants.every((a) => POLICY[a].worker === "own")).toBe(true);
  });
  it("a staff member of a centre without a centre on their account is refused everything scoped to a centre", () => {
    const lost: Actor = { userId: "u", role: "caseworker", centreId: null, workerId: null, employerId: null };
    expect(isAllowed(lost, "worker.read", records.ownRecordInOwnCentre as RecordOwnership)).toBe(false);
    expect(listFilterFor(lost, "worker.list")).toBeNull();
  });
  it("list filters follow the scope: centre for staff, own for workers and employers, none for others", () => {
    expect(listFilterFor(actorOf("caseworker"), "worker.list")).toEqual({ kind: "centre", centreId: CENTRE });
    expect(listFilterFor(actorOf("worker"), "referral.list")).toEqual({ kind: "own-worker", centreId: CENTRE, workerId: "w-1" });
    expect(listFilterFor(actorOf("employer"), "offer.list")).toEqual({ kind: "own-employer", centreId: CENTRE, employerId: "e-1" });
    expect(listFilterFor(actorOf("partner"), "worker.list")).toBeNull();
  });
});
