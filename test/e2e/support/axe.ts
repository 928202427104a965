import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

type Results = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = Results["violations"][number];

/** The impacts that fail a page: a person is blocked or badly hindered. */
const FAILING = new Set(["serious", "critical"]);

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.slice(0, 6).map((node) => {
    const why = (node.failureSummary ?? "").split("\n").slice(1, 3).join(" ").trim();
    return `    - ${node.target.join(" ")}\n      ${node.html.replace(/\s+/g, " ").slice(0, 220)}\n      ${why}`;
  });
  const more = violation.nodes.length > 6 ? [`    … and ${violation.nodes.length - 6} more`] : [];
  return [
    `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))`,
    `    ${violation.helpUrl}`,
    ...nodes,
    ...more,
  ].join("\n");
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.x A/AA and best practices) and answers the serious and critical
 * violations as readable text, one block per rule with the elements it found; an empty string when there are none.
 */
export async function seriousAccessibilityProblems(page: Page, where: string): Promise<string> {
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((violation) => FAILING.has(violation.impact ?? ""));
  const others = results.violations.filter((violation) => !FAILING.has(violation.impact ?? ""));
  if (others.length > 0)
    console.info(`axe on ${where}: also ${others.map((violation) => `${violation.id} (${violation.impact})`).join(", ")}`);
  if (failing.length === 0) return "";
  return [`axe found ${failing.length} serious or critical problem(s) on ${where}:`, ...failing.map(describeViolation)].join("\n");
}
