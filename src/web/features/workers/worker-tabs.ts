/** The tabs of a worker's page; the chosen one is in the URL so a link can open it. */
export const WORKER_TABS = ["profile", "documents", "consents", "matches", "check-ins", "grievances"] as const;
export type WorkerTab = (typeof WORKER_TABS)[number];
