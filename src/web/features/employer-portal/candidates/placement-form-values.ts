import type { ContractType, PayUnit } from "../../../../core/reference/codes.js";
import { type PlacementInput, placementInput } from "../../../../core/referrals/referral-schemas.js";
import type { OfferView } from "../../../api/offers.js";
import { centsToEuros, eurosToCents } from "../../../components/euros.js";
import { type FieldProblem, problemsFromIssues } from "../../../components/form-problems.js";

/** The contract of a hire as it is typed: pay in euros, numbers may be "" until typed, the end date optional. */
export interface PlacementFormValues {
  contractType: ContractType | null;
  startDate: string | null;
  endDate: string | null;
  payAmount: number | string;
  payUnit: PayUnit;
  hoursPerWeek: number | string;
}

/** The offer's terms are the starting point: a hire usually takes them as they are, from today at the earliest. */
export function placementDefaults(
  offer: Pick<OfferView, "contractType" | "startDate" | "endDate" | "payAmountCents" | "payUnit" | "hoursPerWeek"> | undefined,
  today: string,
): PlacementFormValues {
  if (!offer) return { contractType: null, startDate: today, endDate: null, payAmount: "", payUnit: "day", hoursPerWeek: "" };
  const startDate = offer.startDate > today ? offer.startDate : today;
  return {
    contractType: offer.contractType,
    startDate,
    endDate: offer.endDate >= startDate ? offer.endDate : null,
    payAmount: centsToEuros(offer.payAmountCents),
    payUnit: offer.payUnit,
    hoursPerWeek: offer.hoursPerWeek,
  };
}

const numberOrBlank = (value: number | string): number | null =>
  typeof value === "number" ? value : value.trim() === "" ? null : Number(value);

export function toPlacementInput(values: PlacementFormValues): unknown {
  return {
    contractType: values.contractType,
    startDate: values.startDate,
    endDate: values.endDate,
    payAmountCents: eurosToCents(values.payAmount),
    payUnit: values.payUnit,
    hoursPerWeek: numberOrBlank(values.hoursPerWeek),
  };
}

const placementPathOf = (path: readonly (string | number)[]) => (path[0] === "payAmountCents" ? "payAmount" : path.join("."));

/** Checks the placement with the API's own schema; problems are keyed by the form's field names. */
export function checkPlacement(
  values: PlacementFormValues,
): { ok: true; value: PlacementInput } | { ok: false; problems: Record<string, FieldProblem> } {
  const input = toPlacementInput(values);
  const result = placementInput.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromIssues(result.error.issues, input, placementPathOf) };
}
