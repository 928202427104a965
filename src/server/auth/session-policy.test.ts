import { describe, expect, it } from "vitest";
import { ABSOLUTE_SESSION_SECONDS, idleTimeoutSeconds, sessionState } from "./session-policy.js";

const now = new Date("2026-06-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("a session's time-outs", () => {
  it("staff and employers: 30 minutes idle; workers on their own phone: 2 hours", () => {
    expect(idleTimeoutSeconds("caseworker")).toBe(30 * 60);
    expect(idleTimeoutSeconds("employer")).toBe(30 * 60);
    expect(idleTimeoutSeconds("worker")).toBe(2 * 60 * 60);
    expect(sessionState({ createdAt: ago(3600), updatedAt: ago(31 * 60) }, "coordinator", now)).toBe("expired");
    expect(sessionState({ createdAt: ago(3600), updatedAt: ago(31 * 60) }, "worker", now)).toBe("active");
  });

  it("ends 12 hours after sign-in however busy", () => {
    expect(sessionState({ createdAt: ago(ABSOLUTE_SESSION_SECONDS), updatedAt: ago(1) }, "worker", now)).toBe("expired");
    expect(sessionState({ createdAt: ago(ABSOLUTE_SESSION_SECONDS - 60), updatedAt: ago(1) }, "worker", now)).toBe("fresh");
  });

  it("records activity at most once a minute", () => {
    expect(sessionState({ createdAt: ago(600), updatedAt: ago(30) }, "caseworker", now)).toBe("fresh");
    expect(sessionState({ createdAt: ago(600), updatedAt: ago(90) }, "caseworker", now)).toBe("active");
  });
});
