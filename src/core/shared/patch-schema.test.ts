import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withoutDefaults } from "./patch-schema.js";

const input = z.strictObject({ title: z.string(), tasks: z.string().default(""), positions: z.number().default(1) });

describe("patches built from an input schema", () => {
  it("hold only the fields the client sent: no default fills an absent field", () => {
    const patch = z.strictObject(withoutDefaults(input.shape)).partial();
    expect(patch.parse({ positions: 3 })).toEqual({ positions: 3 });
  });

  it("still check each field sent, and refuse unknown fields", () => {
    const patch = z.strictObject(withoutDefaults(input.shape)).partial();
    expect(patch.safeParse({ tasks: 4 }).success).toBe(false);
    expect(patch.safeParse({ colour: "red" }).success).toBe(false);
  });
});
