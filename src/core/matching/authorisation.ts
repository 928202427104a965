import { coversWhole, type DayInterval, dayNumber, isoDateOf, mergeIntervals, offerPeriod, uncoveredParts } from "./iso-days.js";
import type { MatchAuthorisation, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { memoByObject } from "./memo.js";
import { reason } from "./reason.js";

/**
 * Hard rule: authorisations that allow work must cover every day of the offer. Several may chain, one starting
 * the day after another ends; each uncovered stretch of the offer is reported with its dates.
 */
export function checkAuthorisation(worker: MatchWorker, offer: MatchOffer): MatchReason[] {
  if (worker.authorisations.length === 0) return [reason("authorisation.none", "excluded")];
  if (allowedDays(worker.authorisations).length === 0) return [reason("authorisation.workNotAllowed", "excluded")];

  const period = offerPeriod(offer);
  const authorised = authorisedDays(worker.authorisations);
  if (coversWhole(period, authorised)) return [coverageReason(allowedDays(worker.authorisations), period, offer)];
  const allowed = worker.authorisations.filter((a) => a.workAllowed);
  return uncoveredParts(period, authorised).map((gap) => gapReason(gap, period, allowed, offer));
}

/** The days on which the worker may work, merged: the rule holds when one merged stretch holds the offer. */
export const authorisedDays = memoByObject((authorisations: readonly MatchAuthorisation[]): readonly DayInterval[] =>
  mergeIntervals(allowedDays(authorisations)),
);

/** The days of each authorisation that allows work, in their order. */
const allowedDays = memoByObject((authorisations: readonly MatchAuthorisation[]): readonly DayInterval[] =>
  authorisations
    .filter((a) => a.workAllowed)
    .map((a) => ({ from: dayNumber(a.validFrom), to: a.validUntil === null ? Infinity : dayNumber(a.validUntil) })),
);

function coverageReason(allowed: readonly DayInterval[], period: DayInterval, offer: MatchOffer): MatchReason {
  let single: DayInterval | undefined;
  for (const days of allowed) {
    if (days.from <= period.from && days.to >= period.to && (!single || days.to > single.to)) single = days;
  }
  if (single) {
    return single.to === Infinity
      ? reason("authorisation.openEnded", "met")
      : reason("authorisation.coversOffer", "met", { validUntil: isoDateOf(single.to), endDate: offer.endDate });
  }
  const chained = allowed.filter((days) => days.from <= period.to && days.to >= period.from);
  return reason("authorisation.chainCoversOffer", "met", { permits: chained.length });
}

function gapReason(gap: DayInterval, period: DayInterval, allowed: readonly MatchAuthorisation[], offer: MatchOffer): MatchReason {
  const atStart = gap.from === period.from;
  const atEnd = gap.to === period.to;
  if (atStart && atEnd) return noCoverReason(allowed, offer);
  if (atStart) return reason("authorisation.notYetValid", "excluded", { validFrom: isoDateOf(gap.to + 1), startDate: offer.startDate });
  if (atEnd) return reason("authorisation.expiresBeforeEnd", "excluded", { validUntil: isoDateOf(gap.from - 1), endDate: offer.endDate });
  return reason("authorisation.gap", "excluded", { from: isoDateOf(gap.from), to: isoDateOf(gap.to) });
}

/** No authorisation touches the offer: each one either ended before it or starts after it. */
function noCoverReason(allowed: readonly MatchAuthorisation[], offer: MatchOffer): MatchReason {
  const lastExpiry = allowed
    .map((a) => a.validUntil)
    .filter((until): until is string => until !== null && until < offer.startDate)
    .sort()
    .at(-1);
  if (lastExpiry) return reason("authorisation.expiredBeforeStart", "excluded", { validUntil: lastExpiry, startDate: offer.startDate });
  const firstStart = allowed.map((a) => a.validFrom).sort()[0] ?? offer.endDate;
  return reason("authorisation.notYetValid", "excluded", { validFrom: firstStart, startDate: offer.startDate });
}
