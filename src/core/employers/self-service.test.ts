import { describe, expect, it } from "vitest";
import { fieldsOutsideEmployerSelfService } from "./self-service.js";

describe("what an employer may change in its own profile", () => {
  it("contact details, size and accommodation are the employer's to keep up to date", () => {
    expect(fieldsOutsideEmployerSelfService({ contactPhone: "+306900000000", size: "small", accommodationOffered: true })).toEqual([]);
  });

  it("the legal name and tax id the centre vetted are changed only by staff", () => {
    expect(fieldsOutsideEmployerSelfService({ legalName: "New name", taxId: "EL999999", contactName: "Eleni" }).sort()).toEqual([
      "legalName",
      "taxId",
    ]);
  });
});
