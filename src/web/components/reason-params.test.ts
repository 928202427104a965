import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { readableReasonParams } from "./reason-params.js";

const t = ((key: string) => key) as unknown as TFunction;
const labels = { skill: (uri: string) => `skill ${uri}`, occupation: (uri: string) => `occupation ${uri}` };

describe("readable reason parameters", () => {
  it("experience with no minimum asked is worded on its own, not as 'at least 0'", () => {
    expect(readableReasonParams("experience.sameOccupation", { years: 3, required: 0 }, t, "en", labels)).toMatchObject({
      context: "noMinimum",
    });
    expect(readableReasonParams("experience.sameOccupation", { years: 3, required: 2 }, t, "en", labels)).not.toHaveProperty("context");
  });
});
