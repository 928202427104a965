import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../access/roles.js";
import { offerTransitionsFor } from "./offer-transitions-for-actor.js";

const centreId = "00000000-0000-4000-8000-00000000000a";
const employerId = "00000000-0000-4000-8000-0000000000e1";
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: "u",
  role,
  centreId,
  workerId: null,
  employerId: null,
  ...extra,
});

describe("the moves an actor is offered on a job offer", () => {
  it("a caseworker may publish a checked offer or send it back to draft", () => {
    expect(offerTransitionsFor(actor("caseworker"), { status: "checked", centreId, employerId }).sort()).toEqual(["draft", "published"]);
  });

  it("the owning employer may send its checked offer back to draft but never publish it", () => {
    expect(offerTransitionsFor(actor("employer", { employerId }), { status: "checked", centreId, employerId })).toEqual(["draft"]);
  });

  it("another employer is offered no move at all", () => {
    expect(
      offerTransitionsFor(actor("employer", { employerId: "00000000-0000-4000-8000-0000000000e2" }), {
        status: "draft",
        centreId,
        employerId,
      }),
    ).toEqual([]);
  });

  it("an inspector reads offers but moves none", () => {
    expect(offerTransitionsFor(actor("inspector"), { status: "submitted", centreId, employerId })).toEqual([]);
  });

  it("staff of another centre are offered no move", () => {
    expect(
      offerTransitionsFor(actor("coordinator", { centreId: "00000000-0000-4000-8000-00000000000b" }), {
        status: "draft",
        centreId,
        employerId,
      }),
    ).toEqual([]);
  });

  it("a closed offer is final for everyone", () => {
    expect(offerTransitionsFor(actor("coordinator"), { status: "closed", centreId, employerId })).toEqual([]);
  });
});
