import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.js";
import { refusalMessage } from "./refusal-message.js";

// A stand-in for i18next: says which key of which namespace was asked for.
const t = ((key: string, options?: { ns?: string }) => `${options?.ns}:${key}`) as unknown as TFunction;

describe("the message of a refused action", () => {
  it("uses the API's precise reasons when it gave them", () => {
    const error = new ApiError(409, "conflict", "taken", [{ path: ["workerId"], message: "errors.alreadyReferred" }]);
    expect(refusalMessage(t, error)).toBe("errors:alreadyReferred");
  });

  it("says each reason once", () => {
    const error = new ApiError(409, "conflict", "stale", [
      { path: [], message: "errors.staleVersion" },
      { path: [], message: "errors.staleVersion" },
    ]);
    expect(refusalMessage(t, error)).toBe("errors:staleVersion");
  });

  it("falls back to the message of the code, or a generic one", () => {
    expect(refusalMessage(t, new ApiError(409, "offer_not_open", "closed"))).toBe("errors:code.offer_not_open");
    expect(refusalMessage(t, new Error("boom"))).toBe("errors:generic");
  });
});
