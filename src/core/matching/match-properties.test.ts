import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haversineKm } from "./distance.js";
import { rankCandidates } from "./rank.js";
import { MATCH_REASON_CODES } from "./reason-codes.js";
import { scoreMatch } from "./score.js";
import { contextArb, offerArb, pairArb, point, workerArb } from "./test-arbitraries.js";
import { PRUNE } from "./test-fixtures.js";

const RUNS = { numRuns: 500 };

describe("properties of every match", () => {
  it("the generated pairs are eligible often enough to test the scoring", () => {
    const pairs = fc.sample(pairArb, { numRuns: 1000, seed: 42 });
    const eligible = pairs.filter(([w, o]) => scoreMatch(w, o).eligible).length;
    expect(eligible).toBeGreaterThan(300);
  });

  it("the score is always a whole number from 0 to 100", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const { score } = scoreMatch(w, o, c);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
      RUNS,
    );
  });

  it("an excluded candidate scores 0 and has at least one 'excluded' reason", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        return result.eligible || (result.score === 0 && result.reasons.some((r) => r.kind === "excluded"));
      }),
      RUNS,
    );
  });

  it("a candidate is eligible exactly when no reason excludes them", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        return result.eligible === !result.reasons.some((r) => r.kind === "excluded");
      }),
      RUNS,
    );
  });

  it("an eligible candidate's points add up to the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        const sum = result.reasons.reduce((total, r) => total + (r.points ?? 0), 0);
        return !result.eligible || sum === result.score;
      }),
      RUNS,
    );
  });

  it("every reason is in the translators' list, with its criterion, an allowed kind and exactly the template's params", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        for (const r of scoreMatch(w, o, c).reasons) {
          const entry = MATCH_REASON_CODES[r.code];
          expect(entry.criterion).toBe(r.criterion);
          expect(entry.kinds).toContain(r.kind);
          const templateParams = [...entry.englishTemplate.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
          expect(Object.keys(r.params).sort()).toEqual(templateParams);
        }
      }),
      RUNS,
    );
  });

  it("adding a required skill to the worker's profile never lowers the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, fc.nat(), fc.boolean(), ([w, o], c, pick, verified) => {
        fc.pre(o.requiredSkills.length > 0);
        const skillUri = o.requiredSkills[pick % o.requiredSkills.length] ?? PRUNE;
        const before = scoreMatch(w, o, c).score;
        const after = scoreMatch({ ...w, skills: [...w.skills, { skillUri, level: "basic", verified }] }, o, c).score;
        return after >= before;
      }),
      RUNS,
    );
  });

  it("moving the worker closer to the workplace never lowers the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, point, point, point, ([w, o], c, site, a, b) => {
        const offer = { ...o, location: site };
        const [nearer, farther] = haversineKm(a, site) <= haversineKm(b, site) ? [a, b] : [b, a];
        return scoreMatch({ ...w, location: nearer }, offer, c).score >= scoreMatch({ ...w, location: farther }, offer, c).score;
      }),
      RUNS,
    );
  });

  it("ranking is the same whatever order the workers come in", () => {
    const workers = fc.array(workerArb, { maxLength: 8 }).map((ws) => ws.map((w, i) => ({ ...w, id: `worker-${i}` })));
    fc.assert(
      fc.property(offerArb, workers, contextArb, fc.boolean(), (o, ws, c, includeExcluded) => {
        const ranked = rankCandidates(o, ws, c, { includeExcluded });
        expect(rankCandidates(o, [...ws].reverse(), c, { includeExcluded })).toEqual(ranked);
        for (let i = 1; i < ranked.length; i++) {
          const [prev, next] = [ranked[i - 1], ranked[i]];
          if (prev && next && prev.eligible && next.eligible) expect(prev.score).toBeGreaterThanOrEqual(next.score);
          if (prev && next) expect(prev.eligible || !next.eligible).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
