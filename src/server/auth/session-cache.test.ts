import { afterEach, describe, expect, it } from "vitest";
import { cachedSession, cacheSession, forgetCachedSessions, SESSION_CACHE_MS } from "./session-cache.js";

afterEach(() => forgetCachedSessions());

describe("the session cache", () => {
  it("answers for a few seconds, then asks again", () => {
    cacheSession("token.signature", { user: "u-1" }, 1_000);
    expect(cachedSession("token.signature", 1_000 + SESSION_CACHE_MS - 1)).toEqual({ user: "u-1" });
    expect(cachedSession("token.signature", 1_000 + SESSION_CACHE_MS)).toBeUndefined();
    expect(cachedSession("token.signature", 1_000)).toBeUndefined();
  });

  it("knows only the exact cookie value it was given", () => {
    cacheSession("token.signature", { user: "u-1" }, 0);
    expect(cachedSession("token.other-signature", 0)).toBeUndefined();
    expect(cachedSession("token", 0)).toBeUndefined();
  });

  it("forgets everything at once", () => {
    cacheSession("a.s", 1, 0);
    cacheSession("b.s", 2, 0);
    forgetCachedSessions();
    expect(cachedSession("a.s", 0)).toBeUndefined();
    expect(cachedSession("b.s", 0)).toBeUndefined();
  });
});
