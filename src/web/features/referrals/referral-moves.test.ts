import { describe, expect, it } from "vitest";
import { REFERRAL_STAGES } from "../../../core/referrals/referral-stages.js";
import { referralMoveOptions } from "./referral-moves.js";

describe("the moves staff are offered on a candidacy", () => {
  it("answers a proposal for the worker, or withdraws it", () => {
    expect(referralMoveOptions("proposed", "caseworker")).toEqual([
      { to: "referred", form: "consent" },
      { to: "worker_declined", form: "consent" },
      { to: "withdrawn", form: "withdraw" },
    ]);
  });

  it("records the employer's steps after a referral, the way forward first", () => {
    expect(referralMoveOptions("referred", "coordinator").map((option) => option.to)).toEqual([
      "interview",
      "hired",
      "declined",
      "withdrawn",
    ]);
    expect(referralMoveOptions("interview", "caseworker")).toEqual([
      { to: "hired", form: "placement" },
      { to: "declined", form: "decline" },
      { to: "withdrawn", form: "withdraw" },
    ]);
  });

  it("offers nothing on a closed candidacy", () => {
    for (const stage of ["hired", "declined", "withdrawn", "worker_declined"] as const)
      expect(referralMoveOptions(stage, "caseworker")).toEqual([]);
  });

  it("offers nothing to staff roles that do not refer", () => {
    for (const stage of REFERRAL_STAGES) {
      expect(referralMoveOptions(stage, "inspector")).toEqual([]);
      expect(referralMoveOptions(stage, "analyst")).toEqual([]);
    }
  });
});
