import type { ContractType, PayUnit } from "../../../core/reference/codes.js";
import { type PlacementInput, placementInput } from "../../../core/referrals/referral-schemas.js";
import type { ApiErrorDetail } from "../../../core/shared/api-error.js";
import { centsToEuros, eurosToCents } from "../../components/euros.js";
import { type FieldProblem, type FormPathOf, problemsFromApi, problemsFromIssues } from "../../components/form-problems.js";

/** The hire form as typed: money in euros, numbers possibly "" while a field is empty. */
export interface PlacementDraft {
  contractType: ContractType | null;
  startDate: string | null;
  endDate: string | null;
  payAmount: number | string;
  payUnit: PayUnit;
  hoursPerWeek: number | string;
}

/** The offer's terms are what was agreed most of the time: the form starts from them and the caseworker corrects. */
export function placementDraftFrom(offer: {
  contractType: ContractType;
  startDate: string;
  endDate: string;
  payAmountCents: number;
  payUnit: PayUnit;
  hoursPerWeek: number;
}): PlacementDraft {
  return {
    contractType: offer.contractType,
    startDate: offer.startDate,
    endDate: offer.endDate,
    payAmount: centsToEuros(offer.payAmountCents),
    payUnit: offer.payUnit,
    hoursPerWeek: offer.hoursPerWeek,
  };
}

export const EMPTY_PLACEMENT: PlacementDraft = {
  contractType: null,
  startDate: null,
  endDate: null,
  payAmount: "",
  payUnit: "day",
  hoursPerWeek: "",
};

function numberOrNull(value: number | string): number | null {
  if (typeof value === "number") return value;
  return value.trim() === "" ? null : Number(value.trim().replace(",", "."));
}

/** The API's field names mapped to the form's: cents are typed as euros, and the API nests them under "placement". */
export const placementFormPath: FormPathOf = (apiPath) => {
  const path = apiPath[0] === "placement" ? apiPath.slice(1) : apiPath;
  return path[0] === "payAmountCents" ? "payAmount" : path.join(".");
};

export type PlacementCheck = { ok: true; placement: PlacementInput } | { ok: false; problems: Record<string, FieldProblem> };

/** Checks the draft against the shared schema of src/core, so the form says exactly what the API would. */
export function checkPlacement(draft: PlacementDraft): PlacementCheck {
  const input = {
    contractType: draft.contractType,
    startDate: draft.startDate,
    endDate: draft.endDate,
    payAmountCents: eurosToCents(draft.payAmount),
    payUnit: draft.payUnit,
    hoursPerWeek: numberOrNull(draft.hoursPerWeek),
  };
  const parsed = placementInput.safeParse(input);
  if (parsed.success) return { ok: true, placement: parsed.data };
  return { ok: false, problems: problemsFromIssues(parsed.error.issues, input, placementFormPath) };
}

/** The API's refusal of a hire, at the form's fields. */
export function placementProblemsFromApi(details: readonly ApiErrorDetail[]): Record<string, FieldProblem> {
  return problemsFromApi(details, placementFormPath);
}
