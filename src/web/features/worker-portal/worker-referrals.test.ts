import { describe, expect, it } from "vitest";
import type { OfferMatch } from "../../../core/matching/match-schemas.js";
import type { Referral } from "../../../core/referrals/referral-schemas.js";
import type { ReferralStage } from "../../../core/referrals/referral-stages.js";
import { workerHome } from "./worker-referrals.js";

const offer = (offerId: string): OfferMatch["offer"] => ({
  id: offerId,
  title: `Offer ${offerId}`,
  occupationUri: "u",
  employerName: "Farm",
  siteName: "Field",
  regionCode: "EL651",
  startDate: "2026-04-01",
  endDate: "2026-06-30",
  payAmountCents: 4550,
  payUnit: "day",
  hoursPerWeek: 40,
  accommodationProvided: true,
  transportProvided: false,
  mealsProvided: false,
  positions: 3,
});

const referral = (offerId: string, stage: ReferralStage, updatedAt = "2026-03-01T10:00:00Z"): Referral => ({
  id: `r-${offerId}`,
  centreId: "c",
  offerId,
  offerTitle: `Offer ${offerId}`,
  offer: offer(offerId),
  employerId: "e",
  employerName: "Farm",
  workerId: "w",
  workerName: "Amina K",
  stage,
  declineReason: null,
  score: 70,
  createdAt: updatedAt,
  updatedAt,
  version: 1,
});

const match = (offerId: string, eligible = true, referralState: OfferMatch["referral"] = null): OfferMatch => ({
  offer: offer(offerId),
  eligible,
  score: 80,
  reasons: [],
  referral: referralState,
});

describe("the worker's home", () => {
  it("lists proposals to answer, newest first", () => {
    const home = workerHome(
      [referral("a", "proposed", "2026-03-01T00:00:00Z"), referral("b", "proposed", "2026-03-05T00:00:00Z"), referral("c", "referred")],
      [],
    );
    expect(home.proposals.map((r) => r.offerId)).toEqual(["b", "a"]);
  });

  it("lists applications live ones first, and leaves out the worker's own no", () => {
    const home = workerHome(
      [
        referral("a", "declined"),
        referral("b", "hired"),
        referral("c", "referred"),
        referral("d", "interview"),
        referral("e", "worker_declined"),
        referral("f", "withdrawn"),
      ],
      [],
    );
    expect(home.applications.map((r) => r.stage)).toEqual(["interview", "referred", "hired", "declined", "withdrawn"]);
  });

  it("offers only other eligible jobs the worker has not been put forward for", () => {
    const home = workerHome(
      [referral("a", "worker_declined")],
      [match("a"), match("b"), match("c", false), match("d", true, { id: "r", stage: "proposed" })],
    );
    expect(home.otherJobs.map((m) => m.offer.id)).toEqual(["b"]);
  });
});
