// The whole schema, for Drizzle's typed queries and for drizzle-kit to generate migrations.
export * from "./attachments.js";
export * from "./audit.js";
export * from "./auth.js";
export * from "./breaches.js";
export * from "./centres.js";
export * from "./employers.js";
export * from "./idempotency.js";
export * from "./offers.js";
export * from "./outbox.js";
export * from "./privacy.js";
export * from "./referrals.js";
export * from "./settings.js";
export * from "./workers.js";
