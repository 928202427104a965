import dayjs from "dayjs";
import {
  type Breach,
  type BreachDataCategory,
  type BreachInput,
  type BreachPatch,
  breachInput,
  breachPatch,
} from "../../../core/breaches/breach-schemas.js";
import { type FieldProblem, problemsFromIssues } from "../../components/form-problems.js";

/** The date-time pickers speak local "YYYY-MM-DD HH:mm:ss"; the API speaks ISO 8601 instants. */
const PICKER_FORMAT = "YYYY-MM-DD HH:mm:ss";

export interface BreachDraft {
  discoveredAt: string | null;
  description: string;
  dataCategories: BreachDataCategory[];
  peopleAffected: number | string;
  likelyConsequences: string;
  riskLevel: "low" | "high";
  measuresTaken: string;
  reportedToAuthorityAt: string | null;
  peopleInformedAt: string | null;
  status: "open" | "closed";
}

const toPicker = (iso: string | null) => (iso ? dayjs(iso).format(PICKER_FORMAT) : null);
const toInstant = (local: string | null) => (local ? dayjs(local).toISOString() : null);

export function draftOf(breach: Breach | null, now: Date = new Date()): BreachDraft {
  if (!breach) {
    return {
      discoveredAt: dayjs(now).second(0).format(PICKER_FORMAT),
      description: "",
      dataCategories: [],
      peopleAffected: "",
      likelyConsequences: "",
      riskLevel: "low",
      measuresTaken: "",
      reportedToAuthorityAt: null,
      peopleInformedAt: null,
      status: "open",
    };
  }
  return {
    ...breach,
    discoveredAt: toPicker(breach.discoveredAt),
    reportedToAuthorityAt: toPicker(breach.reportedToAuthorityAt),
    peopleInformedAt: toPicker(breach.peopleInformedAt),
  };
}

function factsOf(draft: BreachDraft) {
  return {
    discoveredAt: toInstant(draft.discoveredAt) ?? "",
    description: draft.description,
    dataCategories: draft.dataCategories,
    peopleAffected: draft.peopleAffected === "" ? null : Number(draft.peopleAffected),
    likelyConsequences: draft.likelyConsequences,
    riskLevel: draft.riskLevel,
    measuresTaken: draft.measuresTaken,
    reportedToAuthorityAt: toInstant(draft.reportedToAuthorityAt),
    peopleInformedAt: toInstant(draft.peopleInformedAt),
  };
}

export type DraftCheck<T> = { ok: true; value: T } | { ok: false; problems: Record<string, FieldProblem> };

/** A new breach, checked with the API's own schema so the form says what the API would. */
export function checkNewBreach(draft: BreachDraft): DraftCheck<BreachInput> {
  const input = factsOf(draft);
  const parsed = breachInput.safeParse(input);
  return parsed.success
    ? { ok: true, value: input as BreachInput }
    : { ok: false, problems: problemsFromIssues(parsed.error.issues, input) };
}

/** The whole record as changed, status included. */
export function checkBreachChange(draft: BreachDraft): DraftCheck<BreachPatch> {
  const input = { ...factsOf(draft), status: draft.status };
  const parsed = breachPatch.safeParse(input);
  return parsed.success
    ? { ok: true, value: input as BreachPatch }
    : { ok: false, problems: problemsFromIssues(parsed.error.issues, input) };
}
