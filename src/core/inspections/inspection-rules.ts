import {
  CHECKLIST_ITEMS,
  type ChecklistItem,
  type CorrectiveActionStatus,
  type InspectionQueue,
  type InspectionStatus,
} from "./inspection-codes.js";

/** The calendar day of an instant (UTC), to compare with planned dates and due dates. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Where a visit stands in the queue: a planned visit is overdue, for today or upcoming by its date. */
export function queueOf(status: InspectionStatus, scheduledFor: string, today: string): InspectionQueue {
  if (status !== "planned") return status;
  if (scheduledFor < today) return "overdue";
  return scheduledFor === today ? "today" : "upcoming";
}

/** The moves of a visit: planned → in progress → completed; a visit not yet completed may be cancelled. */
const MOVES: Record<InspectionStatus, readonly InspectionStatus[]> = {
  planned: ["in_progress", "cancelled"],
  in_progress: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export function mayMove(from: InspectionStatus, to: InspectionStatus): boolean {
  return from === to || MOVES[from].includes(to);
}

/** Items of the checklist still without an answer: a visit completes only when there are none. */
export function unansweredItems(checklist: Partial<Record<ChecklistItem, unknown>>): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((item) => checklist[item] === undefined);
}

/** Findings, evidence and plan items belong to a visit under way or done, never to one planned or cancelled. */
export function acceptsFindings(status: InspectionStatus): boolean {
  return status === "in_progress" || status === "completed";
}

/** Settled items (verified, cancelled) are past; an open or refused one past its due date is overdue. */
export function isOverdue(status: CorrectiveActionStatus, dueDate: string, today: string): boolean {
  return (status === "open" || status === "not_done") && dueDate < today;
}

/** The employer may answer an item until the inspector has verified or cancelled it. */
export function mayRespond(status: CorrectiveActionStatus): boolean {
  return status === "open" || status === "answered" || status === "not_done";
}
