// `npm test`: every test — unit, API and database tests (PGlite, or PostgreSQL when DATABASE_URL is set), then
// end-to-end tests in Chromium. Ends with the plain summary line "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium, ensureNpmPackages, ensureWebBuild } from "./ensure-installed.mjs";

ensureNpmPackages();
ensureChromium();
ensureWebBuild();

const outputDir = ".test-output";
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const suites = [
  { name: "unit, API and database", config: "vitest.config.ts" },
  { name: "end-to-end (Chromium)", config: "vitest.e2e.config.ts" },
];
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRun = false;
for (const [index, suite] of suites.entries()) {
  const report = `${outputDir}/suite-${index}.json`;
  console.log(`\n▶ ${suite.name} tests on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", "--config", suite.config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { stdio: "inherit" },
  );
  if (!existsSync(report)) {
    console.error(`The ${suite.name} run produced no report (exit ${result.status}).`);
    failedRun = true;
    totals.failed += 1;
    continue;
  }
  const counts = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += counts.numPassedTests;
  totals.failed += counts.numFailedTests;
  totals.skipped += counts.numPendingTests + counts.numTodoTests;
  // A file that fails to load counts no test but still fails the run.
  if (result.status !== 0 && counts.numFailedTests === 0) {
    failedRun = true;
    totals.failed += counts.numFailedTestSuites || 1;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failedRun ? 1 : 0);
