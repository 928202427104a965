/** The tabs of an employer's page; the chosen one is in the URL so a link can open it. */
export const EMPLOYER_TABS = ["company", "vetting", "fairWork"] as const;
export type EmployerTab = (typeof EMPLOYER_TABS)[number];
