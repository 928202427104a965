import { employerDetails, employerInput, employerSiteInput } from "../../../../core/employers/employer-schemas.js";
import type { EmployerInput, EmployerSiteInput } from "../../../api/employers.js";
import { type FieldProblem, problemsFromIssues } from "../../../components/form-problems.js";
import { type EmployerFormValues, type SiteFormValues, toEmployerDetails, toEmployerInput, toSiteInput } from "./employer-form-values.js";

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Record<string, FieldProblem> };

/** A position needs both numbers: one without the other is surely a typing slip. */
function halfCoordinates(site: SiteFormValues, prefix: string): Record<string, FieldProblem> {
  const hasLatitude = String(site.latitude).trim() !== "";
  const hasLongitude = String(site.longitude).trim() !== "";
  if (hasLatitude && !hasLongitude) return { [`${prefix}longitude`]: { key: "required" } };
  if (hasLongitude && !hasLatitude) return { [`${prefix}latitude`]: { key: "required" } };
  return {};
}

/** A registration, with its sites, checked with the API's own schema; problems are keyed by form field paths. */
export function checkEmployerRegistration(values: EmployerFormValues): Checked<EmployerInput> {
  const input = toEmployerInput(values);
  const result = employerInput.safeParse(input);
  const halves = Object.assign({}, ...values.sites.map((site, index) => halfCoordinates(site, `sites.${index}.`))) as Record<
    string,
    FieldProblem
  >;
  if (result.success && Object.keys(halves).length === 0) return { ok: true, value: result.data };
  return { ok: false, problems: { ...halves, ...(result.success ? {} : problemsFromIssues(result.error.issues, input)) } };
}

/** The company's own fields, as the edit form has them. */
export function checkEmployerDetails(values: EmployerFormValues): Checked<Omit<EmployerInput, "sites">> {
  const input = toEmployerDetails(values);
  const result = employerDetails.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromIssues(result.error.issues, input) };
}

/** One new site, as the "add a site" dialog has it (its fields are under "sites.0"). */
export function checkSite(site: SiteFormValues): Checked<EmployerSiteInput> {
  const input = toSiteInput(site);
  const result = employerSiteInput.safeParse(input);
  const halves = halfCoordinates(site, "sites.0.");
  if (result.success && Object.keys(halves).length === 0) return { ok: true, value: result.data };
  const issues = result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: ["sites", 0, ...issue.path] }));
  return { ok: false, problems: { ...halves, ...problemsFromIssues(issues, { sites: [input] }) } };
}
