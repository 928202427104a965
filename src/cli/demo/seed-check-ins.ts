import type { FastifyBaseLogger } from "fastify";
import type { Actor } from "../../core/access/roles.js";
import type { CheckInAnswers } from "../../core/check-ins/check-in-answers.js";
import type { CheckIn } from "../../core/check-ins/check-in-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import { addDays } from "../../core/workers/permit-status.js";
import type { Database } from "../../db/database.js";
import { listReferrals } from "../../db/repositories/referral-repository.js";
import { answerCheckIn } from "../../server/check-ins/answer-check-in.js";
import { listCheckIns } from "../../server/check-ins/read-check-ins.js";
import { sweepCheckIns } from "../../server/check-ins/sweep-check-ins.js";
import { todayIso } from "../../server/clock.js";
import { outboxMessageSender } from "../../server/outbox/message-sender.js";
import { moveReferral } from "../../server/referrals/move-referral.js";

/** "Yes" to every question the check-in asks (housing only with accommodation). */
const allYes = (checkIn: CheckIn): CheckInAnswers => Object.fromEntries(checkIn.questions.map((question) => [question, "yes"]));

/** How long ago each demo hire started: a check-in due now, one answered and one missed, one with a complaint. */
const STARTED_DAYS_AGO = [10, 35, 40];

/**
 * Check-ins after placement for the demo: in each centre a few candidacies at interview are hired with a placement
 * that started weeks ago (the hire schedules the check-ins), some answers are recorded as a caseworker would after a
 * phone call (one "no" about pay opens a grievance), and the sweep asks the rest and marks the forgotten ones missed.
 */
export async function seedCheckIns(db: Database, caseworkers: readonly Actor[]): Promise<void> {
  const now = new Date();
  const today = todayIso(now);
  for (const actor of caseworkers) {
    if (!actor.centreId) continue;
    const scope = { kind: "centre", centreId: actor.centreId } as const;
    const atInterview = await listReferrals(db, scope, { stage: "interview" }, { page: 1, pageSize: STARTED_DAYS_AGO.length });
    for (const [index, referral] of atInterview.items.entries()) {
      const startDate = addDays(today, -(STARTED_DAYS_AGO[index] ?? 10));
      const { payAmountCents, payUnit, hoursPerWeek } = referral.offer;
      const placement = {
        contractType: "seasonal" as const,
        startDate,
        endDate: addDays(startDate, 90),
        payAmountCents,
        payUnit,
        hoursPerWeek,
      };
      try {
        await moveReferral(db, actor, referral.id, { to: "hired", note: "", placement }, referral.version);
      } catch (error) {
        // A candidacy that can no longer be hired today is simply left at interview.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    const due = await listCheckIns(db, scope, { view: "due", callOnly: false }, { page: 1, pageSize: 20 }, now);
    // The oldest due check-in was answered on the phone, all well; the one of the second hire says pay is missing.
    const [first, second] = due.items.filter((checkIn) => checkIn.answerBy >= today);
    if (first) await answerCheckIn(db, actor, first.id, { answers: allYes(first), comment: "", answeredVia: "phone" }, null, now);
    if (second) {
      await answerCheckIn(
        db,
        actor,
        second.id,
        {
          answers: { ...allYes(second), paid_as_agreed: "no" },
          comment: "The last two weeks of picking have not been paid yet.",
          answeredVia: "phone",
        },
        null,
        now,
      );
    }
  }
  const silent = { info: () => undefined } as unknown as FastifyBaseLogger;
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  await sweepCheckIns(db, outboxMessageSender(db, { demo: true, log: silent }), publicUrl, now);
}
