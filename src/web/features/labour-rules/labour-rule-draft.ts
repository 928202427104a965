import { type LabourRule, type LabourRuleInput, labourRuleInput } from "../../../core/labour-rules/labour-rule-schemas.js";
import { centsToEuros, eurosToCents } from "../../components/euros.js";
import { type FieldProblem, problemsFromIssues } from "../../components/form-problems.js";

/** The form's state: money typed in euros, numbers "" while empty, no contract type as "any". */
export interface LabourRuleDraft {
  country: LabourRuleInput["country"];
  sector: NonNullable<LabourRuleInput["sector"]>;
  contractType: string;
  kind: LabourRuleInput["kind"];
  payUnit: string;
  amountEuros: number | string;
  value: number | string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
  note: string;
}

export const ANY_CONTRACT = "any";

export function draftOf(rule: LabourRule | null): LabourRuleDraft {
  return {
    country: rule?.country ?? "EL",
    sector: rule?.sector ?? "all",
    contractType: rule?.contractType ?? ANY_CONTRACT,
    kind: rule?.kind ?? "min_pay",
    payUnit: rule?.payUnit ?? "day",
    amountEuros: rule?.amountCents != null ? centsToEuros(rule.amountCents) : "",
    value: rule?.value ?? "",
    validFrom: rule?.validFrom ?? null,
    validTo: rule?.validTo ?? null,
    source: rule?.source ?? "",
    note: rule?.note ?? "",
  };
}

/** The rule the draft says: a pay floor keeps its unit and amount, a limit its value, never both. */
export function inputOf(draft: LabourRuleDraft): LabourRuleInput {
  const floor = draft.kind === "min_pay";
  return {
    country: draft.country,
    sector: draft.sector,
    contractType: draft.contractType === ANY_CONTRACT ? null : (draft.contractType as LabourRuleInput["contractType"]),
    kind: draft.kind,
    payUnit: floor ? (draft.payUnit as LabourRuleInput["payUnit"]) : null,
    amountCents: floor ? eurosToCents(draft.amountEuros) : null,
    value: floor || draft.value === "" ? null : Number(draft.value),
    validFrom: draft.validFrom ?? "",
    validTo: draft.validTo || null,
    source: draft.source,
    note: draft.note,
  };
}

export type DraftCheck = { ok: true; value: LabourRuleInput } | { ok: false; problems: Record<string, FieldProblem> };

/** Checked with the API's own schema, so the form says what the API would; amounts show at the euro field. */
export function checkDraft(draft: LabourRuleDraft): DraftCheck {
  const input = inputOf(draft);
  const parsed = labourRuleInput.safeParse(input);
  if (parsed.success) return { ok: true, value: input };
  return { ok: false, problems: problemsFromIssues(parsed.error.issues, input, formPathOf) };
}

export const formPathOf = (path: readonly (string | number)[]) => (path[0] === "amountCents" ? "amountEuros" : path.join("."));
