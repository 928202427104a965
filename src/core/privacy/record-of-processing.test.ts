import { describe, expect, it } from "vitest";
import { PURPOSES } from "./data-classification.js";
import { recordOfProcessing } from "./record-of-processing.js";

describe("the record of processing (art. 30), generated from the classification", () => {
  const record = recordOfProcessing();

  it("has one activity per purpose, each with its lawful basis and article", () => {
    expect(record.activities.map((a) => a.purpose)).toEqual(Object.keys(PURPOSES));
    expect(record.activities.find((a) => a.purpose === "job_matching")).toMatchObject({
      lawfulBasis: "consent",
      article: "6(1)(a)",
      consentPurpose: "profile_processing",
    });
    expect(record.activities.find((a) => a.purpose === "sign_in")).toMatchObject({ lawfulBasis: "contract", consentPurpose: null });
  });

  it("lists for each activity the categories, the columns that hold them, their retention and the recipients", () => {
    const matching = record.activities.find((a) => a.purpose === "job_matching");
    const legal = matching?.categories.find((c) => c.category === "legal_status");
    expect(legal?.tables).toEqual([{ table: "workers", columns: ["authorisations", "permit_valid_until", "permit_open_ended"] }]);
    expect(legal?.retention).toEqual({ from: "last_activity", days: 730 });
    expect(matching?.dataSubjects).toEqual(["worker"]);
    expect(matching?.recipients).toEqual(expect.arrayContaining(["caseworker", "coordinator", "worker"]));
    expect(record.activities.find((a) => a.purpose === "employer_relations")?.dataSubjects).toEqual(["employer_contact"]);
  });

  it("says that nothing goes outside the EU and no special category is held", () => {
    expect(record.transfersOutsideEea).toBe(false);
    expect(record.specialCategories).toEqual([]);
  });
});
