import { describe, expect, it } from "vitest";
import { MATCH_CRITERIA, MATCH_REASON_KINDS, type MatchCriterion, type MatchReasonKind } from "../../../core/matching/criteria.js";
import { REFERENCE_LANGUAGE, readNamespace } from "../../i18n/testing/read-locales.js";
import { fitLevel, plainReasons } from "./plain-reasons.js";

const reason = (criterion: MatchCriterion, kind: MatchReasonKind, points?: number) => ({
  code: `${criterion}.x`,
  criterion,
  kind,
  params: {},
  ...(points === undefined ? {} : { points, maxPoints: 30 }),
});

describe("the reasons a worker reads beside a job", () => {
  it("put what is fully met first, then what is partly met, each by the points earned", () => {
    const plain = plainReasons([
      reason("authorisation", "met"),
      reason("availability", "partial", 25),
      reason("skills", "met", 10),
      reason("language", "met", 15),
      reason("distance", "missing", 0),
    ]);
    expect(plain.map((line) => line.key)).toEqual(["reason.language.met", "reason.skills.met", "reason.availability.partial"]);
  });

  it("fall back on the hard rules met when little was scored", () => {
    const plain = plainReasons([reason("authorisation", "met"), reason("licence", "met"), reason("skills", "missing", 0)]);
    expect(plain).toEqual([
      { criterion: "authorisation", tone: "good", key: "reason.authorisation.met" },
      { criterion: "licence", tone: "good", key: "reason.licence.met" },
    ]);
  });

  it("add one thing to be careful about, after the good news", () => {
    const plain = plainReasons([reason("certificate", "warning"), reason("skills", "met", 30), reason("distance", "warning")], 1);
    expect(plain.map((line) => [line.key, line.tone])).toEqual([
      ["reason.skills.met", "good"],
      ["reason.certificate.warning", "careful"],
    ]);
  });

  it("name each criterion once, and never what is missing", () => {
    const plain = plainReasons([reason("certificate", "met"), reason("certificate", "met"), reason("experience", "missing", 0)]);
    expect(plain.map((line) => line.key)).toEqual(["reason.certificate.met"]);
  });

  it("always have a sentence in English", () => {
    const sentences = readNamespace(REFERENCE_LANGUAGE, "workerPortal");
    const every = MATCH_CRITERIA.flatMap((criterion) =>
      MATCH_REASON_KINDS.flatMap((kind) => plainReasons([reason(criterion, kind, kind === "met" || kind === "partial" ? 5 : undefined)])),
    );
    expect(every.length).toBeGreaterThan(10);
    expect(every.map((line) => line.key).filter((key) => !sentences.has(key))).toEqual([]);
  });
});

describe("how well a job fits, in words", () => {
  it("has three levels", () => {
    expect([95, 70, 69, 40, 39, 0].map(fitLevel)).toEqual(["veryGood", "veryGood", "good", "good", "some", "some"]);
  });
});
