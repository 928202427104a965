import { describe, expect, it } from "vitest";
import { authorityDeadline, authorityNotice } from "./authority-deadline.js";

const discoveredAt = "2026-03-02T09:30:00.000Z";

describe("the 72-hour deadline to tell the supervisory authority", () => {
  it("falls 72 hours after discovery, whatever the offset the time was written with", () => {
    expect(authorityDeadline(discoveredAt)).toBe("2026-03-05T09:30:00.000Z");
    expect(authorityDeadline("2026-03-02T11:30:00+02:00")).toBe("2026-03-05T09:30:00.000Z");
  });

  it("is pending until it passes, then overdue while nobody has reported", () => {
    const breach = { discoveredAt, reportedToAuthorityAt: null };
    expect(authorityNotice(breach, new Date("2026-03-05T09:30:00.000Z"))).toBe("pending");
    expect(authorityNotice(breach, new Date("2026-03-05T09:30:01.000Z"))).toBe("overdue");
  });

  it("tells a report in time from a late one, whenever it is asked", () => {
    const later = new Date("2026-06-01T00:00:00.000Z");
    expect(authorityNotice({ discoveredAt, reportedToAuthorityAt: "2026-03-05T09:30:00.000Z" }, later)).toBe("reported_in_time");
    expect(authorityNotice({ discoveredAt, reportedToAuthorityAt: "2026-03-05T10:00:00.000Z" }, later)).toBe("reported_late");
  });
});
