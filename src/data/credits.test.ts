import { describe, expect, it } from "vitest";
import { ESCO_ATTRIBUTION, EUROGEOGRAPHICS_CREDIT, REFERENCE_DATA_CREDITS } from "./credits.js";

describe("credits", () => {
  it("use the exact wording the sources' terms require", () => {
    expect(ESCO_ATTRIBUTION).toBe("This service uses the ESCO classification of the European Commission.");
    expect(EUROGEOGRAPHICS_CREDIT).toBe("© EuroGeographics for the administrative boundaries");
  });

  it("list every credit once", () => {
    const ids = REFERENCE_DATA_CREDITS.map((credit) => credit.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REFERENCE_DATA_CREDITS.every((credit) => credit.text.length > 0)).toBe(true);
  });
});
