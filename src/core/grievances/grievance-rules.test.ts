import { describe, expect, it } from "vitest";
import { GRIEVANCE_STATUSES } from "./grievance-codes.js";
import { canMove, dueDateFor, GRIEVANCE_MOVES, holdsMatching, isOverdue } from "./grievance-rules.js";

const HOUR = 3_600_000;
const now = new Date("2026-06-15T10:00:00Z");

describe("due date by severity", () => {
  it.each([
    ["critical", 24],
    ["high", 72],
    ["medium", 240],
    ["low", 720],
  ] as const)("%s: %i hours after triage", (severity, hours) => {
    expect(dueDateFor(severity, now).getTime() - now.getTime()).toBe(hours * HOUR);
  });

  it("is overdue one millisecond after it passed, not at it, and never once the case is resolved or closed", () => {
    const dueAt = "2026-06-15T10:00:00.000Z";
    expect(isOverdue({ status: "investigating", dueAt }, now)).toBe(false);
    expect(isOverdue({ status: "investigating", dueAt }, new Date(now.getTime() + 1))).toBe(true);
    expect(isOverdue({ status: "resolved", dueAt }, new Date(now.getTime() + HOUR))).toBe(false);
    expect(isOverdue({ status: "closed", dueAt }, new Date(now.getTime() + HOUR))).toBe(false);
    expect(isOverdue({ status: "received", dueAt: null }, now)).toBe(false);
  });
});

describe("status moves", () => {
  it("allows the handling path and refuses skipping triage, moving back to received and leaving closed", () => {
    expect(canMove("received", "triaged")).toBe(true);
    expect(canMove("triaged", "investigating")).toBe(true);
    expect(canMove("investigating", "escalated")).toBe(true);
    expect(canMove("escalated", "resolved")).toBe(true);
    expect(canMove("resolved", "closed")).toBe(true);
    expect(canMove("resolved", "investigating")).toBe(true);
    expect(canMove("received", "investigating")).toBe(false);
    expect(canMove("received", "resolved")).toBe(false);
    for (const status of GRIEVANCE_STATUSES) {
      expect(canMove(status, "received")).toBe(false);
      expect(canMove("closed", status)).toBe(false);
      expect(canMove(status, status)).toBe(false);
    }
  });

  it("names only known statuses", () => {
    for (const [from, targets] of Object.entries(GRIEVANCE_MOVES)) {
      expect(GRIEVANCE_STATUSES).toContain(from);
      for (const to of targets) expect(GRIEVANCE_STATUSES).toContain(to);
    }
  });
});

describe("matching hold", () => {
  const serious = { employerId: "e1", severity: "high", outcome: "substantiated", matchingReviewedAt: null } as const;
  it("holds for a substantiated or partly substantiated high or critical case against an employer until reviewed", () => {
    expect(holdsMatching(serious)).toBe(true);
    expect(holdsMatching({ ...serious, severity: "critical", outcome: "partly_substantiated" })).toBe(true);
    expect(holdsMatching({ ...serious, matchingReviewedAt: now })).toBe(false);
    expect(holdsMatching({ ...serious, severity: "medium" })).toBe(false);
    expect(holdsMatching({ ...serious, outcome: "not_substantiated" })).toBe(false);
    expect(holdsMatching({ ...serious, outcome: null })).toBe(false);
    expect(holdsMatching({ ...serious, employerId: null })).toBe(false);
  });
});
