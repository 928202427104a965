import type { Role } from "../access/roles.js";
import type { ConsentPurpose } from "../reference/codes.js";

/**
 * What personal data the product holds, why, on which lawful basis, who sees it and for how long: one table that
 * the record of processing (GDPR art. 30), the retention schedule and the docs are generated from. A test checks
 * that every column of every database table is classified here, so a new column cannot slip in unclassified.
 */

/** Whose data a table holds. */
export const DATA_SUBJECTS = ["worker", "employer_contact", "staff", "any_user"] as const;
export type DataSubject = (typeof DATA_SUBJECTS)[number];

/** GDPR art. 6(1): (a) consent, (b) contract or steps at the person's request, (c) legal obligation, (f) legitimate interests. */
export const LAWFUL_BASES = ["consent", "contract", "legal_obligation", "legitimate_interests"] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
export const LAWFUL_BASIS_ARTICLE: Record<LawfulBasis, string> = {
  consent: "6(1)(a)",
  contract: "6(1)(b)",
  legal_obligation: "6(1)(c)",
  legitimate_interests: "6(1)(f)",
};

export interface ProcessingPurpose {
  basis: LawfulBasis;
  /** For a purpose based on consent: the consent purpose whose withdrawal stops it. */
  consent?: ConsentPurpose;
}

/** Why the data are processed. Each purpose has one lawful basis. */
export const PURPOSES = {
  case_management: { basis: "consent", consent: "profile_processing" },
  job_matching: { basis: "consent", consent: "profile_processing" },
  referral_to_employers: { basis: "consent", consent: "referral_to_employers" },
  contact_by_sms: { basis: "consent", consent: "contact_by_sms" },
  contact_by_whatsapp: { basis: "consent", consent: "contact_by_whatsapp" },
  sign_in: { basis: "contract" },
  accountability: { basis: "legal_obligation" },
  security: { basis: "legitimate_interests" },
  employer_relations: { basis: "legitimate_interests" },
  /** The control mechanisms: offer checks, vetting, grievances, inspections and check-ins (docs/decent-work.md). */
  decent_work: { basis: "legitimate_interests" },
} as const satisfies Record<string, ProcessingPurpose>;
export type Purpose = keyof typeof PURPOSES;

/**
 * When a record is due for erasure: `days` after its start. "review" is not automatic: the data protection
 * officer reviews it (a company contact or a staff account lasts as long as the working relationship).
 */
export type RetentionStart = "last_activity" | "erasure" | "created" | "expiry" | "review";
export interface Retention {
  from: RetentionStart;
  days: number | null;
}

export interface CategoryRule {
  purposes: readonly Purpose[];
  /** Roles that may see data of this category (a worker and an employer only their own, see the access policy). */
  visibleTo: readonly Role[];
  retention: Retention;
  /** Special categories of GDPR art. 9 (health, disability, beliefs…) need an art. 9(2) condition too. None held. */
  special: false;
}

const WORKER_FILE_RETENTION: Retention = { from: "last_activity", days: 730 };
const FILE_READERS: readonly Role[] = ["caseworker", "coordinator", "dpo", "worker"];

/** The data categories, each with its purposes, readers and retention. */
export const DATA_CATEGORIES = {
  identity: {
    purposes: ["case_management", "job_matching", "referral_to_employers"],
    visibleTo: [...FILE_READERS, "employer"],
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  contact: {
    purposes: ["case_management", "contact_by_sms", "contact_by_whatsapp"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  legal_status: {
    purposes: ["case_management", "job_matching"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  employment_history: {
    purposes: ["case_management", "job_matching", "referral_to_employers"],
    visibleTo: [...FILE_READERS, "employer"],
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  skills: {
    purposes: ["case_management", "job_matching", "referral_to_employers"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  circumstances: {
    purposes: ["case_management", "job_matching"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  documents: {
    purposes: ["case_management"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  consent: {
    purposes: ["accountability"],
    visibleTo: FILE_READERS,
    // Proof of consent outlives the file it covered by three years (limitation period for claims).
    retention: { from: "erasure", days: 1095 },
    special: false,
  },
  account: {
    purposes: ["sign_in"],
    visibleTo: ["admin"],
    retention: { from: "review", days: null },
    special: false,
  },
  session: {
    purposes: ["sign_in", "security"],
    visibleTo: [],
    retention: { from: "expiry", days: 7 },
    special: false,
  },
  messages: {
    purposes: ["sign_in", "contact_by_sms", "contact_by_whatsapp"],
    visibleTo: ["caseworker", "coordinator", "admin"],
    retention: { from: "created", days: 90 },
    special: false,
  },
  audit: {
    purposes: ["accountability", "security"],
    visibleTo: ["coordinator", "dpo", "admin"],
    retention: { from: "created", days: 1825 },
    special: false,
  },
  erasure_record: {
    purposes: ["accountability"],
    visibleTo: ["coordinator", "dpo", "admin"],
    // Kept while a backup from before the erasure may still be restored.
    retention: { from: "review", days: null },
    special: false,
  },
  employer_contact: {
    purposes: ["employer_relations"],
    visibleTo: ["caseworker", "coordinator", "inspector", "dpo", "employer"],
    retention: { from: "review", days: null },
    special: false,
  },
  breach_record: {
    purposes: ["accountability"],
    visibleTo: ["coordinator", "dpo", "admin"],
    retention: { from: "review", days: null },
    special: false,
  },
  // What a grievance says happened. Kept while it may be evidence (an inspection, a court case): reviewed.
  grievance: {
    purposes: ["decent_work"],
    visibleTo: ["caseworker", "coordinator", "inspector", "dpo", "worker"],
    retention: { from: "review", days: null },
    special: false,
  },
  // Who reported a signed grievance: the reporter and, by a reveal with a reason, the data protection officer.
  grievance_reporter: {
    purposes: ["decent_work"],
    visibleTo: ["dpo", "worker"],
    retention: { from: "review", days: null },
    special: false,
  },
  // A worker's answers after placement: part of their file, erased with it.
  check_in: {
    purposes: ["decent_work", "case_management"],
    visibleTo: FILE_READERS,
    retention: WORKER_FILE_RETENTION,
    special: false,
  },
  // Vetting, inspections and corrective actions describe a company; certificates of no convictions may name its owner.
  employer_compliance: {
    purposes: ["decent_work", "employer_relations"],
    visibleTo: ["caseworker", "coordinator", "inspector", "dpo", "employer"],
    retention: { from: "review", days: null },
    special: false,
  },
} as const satisfies Record<string, CategoryRule>;
export type DataCategory = keyof typeof DATA_CATEGORIES;

/** Columns of a table in one category; "technical" columns (keys, codes, timestamps) identify nobody by themselves. */
export interface ColumnGroup {
  category: DataCategory | "technical";
  columns: readonly string[];
}

export interface TableClassification {
  /** Whose data; null for a table that holds no personal data at all. */
  subject: DataSubject | null;
  groups: readonly ColumnGroup[];
}

const technical = (...columns: string[]): ColumnGroup => ({ category: "technical", columns });
const group = (category: DataCategory, ...columns: string[]): ColumnGroup => ({ category, columns });

/** Every table by its SQL name, every column by its SQL name. */
export const TABLES: Record<string, TableClassification> = {
  workers: {
    subject: "worker",
    groups: [
      group("identity", "given_name", "family_name", "gender", "birth_year", "nationality", "preferred_language", "search_text"),
      group("contact", "phone", "whatsapp", "region_code"),
      group("legal_status", "authorisations", "permit_valid_until", "permit_open_ended"),
      group("employment_history", "occupations"),
      group("skills", "languages", "skills", "certificates", "driving_licence"),
      group(
        "circumstances",
        "own_transport",
        "willing_to_relocate",
        "childcare_needed",
        "travelling_with_family",
        "availability",
        "preferences",
      ),
      technical("id", "centre_id", "created_at", "updated_at", "version"),
    ],
  },
  consents: {
    subject: "worker",
    groups: [
      group("consent", "purpose", "granted", "method", "note", "recorded_by", "recorded_at"),
      technical("id", "centre_id", "worker_id"),
    ],
  },
  referrals: {
    subject: "worker",
    groups: [
      group("employment_history", "offer_id", "stage", "decline_reason", "score", "note", "created_at", "updated_at"),
      group("audit", "created_by"),
      technical("id", "centre_id", "worker_id", "version"),
    ],
  },
  referral_events: {
    subject: "worker",
    groups: [
      group("employment_history", "from_stage", "to_stage", "reason", "note", "at"),
      group("audit", "by_user_id", "by_role"),
      technical("id", "centre_id", "referral_id"),
    ],
  },
  placements: {
    subject: "worker",
    groups: [
      group(
        "employment_history",
        "offer_id",
        "employer_id",
        "contract_type",
        "start_date",
        "end_date",
        "pay_amount_cents",
        "pay_unit",
        "hours_per_week",
      ),
      technical("id", "centre_id", "referral_id", "worker_id", "created_at"),
    ],
  },
  attachments: {
    subject: "worker",
    groups: [
      group("documents", "kind", "file_name", "media_type", "size", "sha256", "bytes", "created_at"),
      group("audit", "created_by"),
      technical("id", "centre_id", "worker_id"),
    ],
  },
  users: {
    subject: "any_user",
    groups: [
      group(
        "account",
        "name",
        "email",
        "email_verified",
        "image",
        "phone_number",
        "phone_number_verified",
        "two_factor_enabled",
        "locale",
        "disabled",
      ),
      technical("id", "role", "centre_id", "worker_id", "employer_id", "created_at", "updated_at"),
    ],
  },
  accounts: {
    subject: "any_user",
    groups: [
      group(
        "account",
        "account_id",
        "access_token",
        "refresh_token",
        "id_token",
        "access_token_expires_at",
        "refresh_token_expires_at",
        "scope",
        "password",
      ),
      technical("id", "provider_id", "user_id", "created_at", "updated_at"),
    ],
  },
  two_factors: {
    subject: "any_user",
    groups: [
      group("account", "secret", "backup_codes", "verified", "failed_verification_count", "locked_until", "last_used_time_step"),
      technical("id", "user_id"),
    ],
  },
  sessions: {
    subject: "any_user",
    groups: [group("session", "token", "expires_at", "ip_address", "user_agent", "created_at", "updated_at"), technical("id", "user_id")],
  },
  verifications: {
    subject: "any_user",
    groups: [group("session", "identifier", "value", "expires_at", "created_at", "updated_at"), technical("id")],
  },
  sign_in_limits: {
    // Keyed hashes of addresses and accounts: pseudonymous counters, gone when their window ends.
    subject: "any_user",
    groups: [group("session", "key", "count", "reset_at")],
  },
  idempotency_keys: {
    subject: "any_user",
    groups: [group("session", "response_body", "body_hash"), technical("actor_user_id", "key", "request", "response_status", "created_at")],
  },
  outbox_messages: {
    subject: "worker",
    groups: [group("messages", "recipient", "body", "created_at", "delivered_at"), technical("id", "centre_id", "channel", "purpose")],
  },
  audit_entries: {
    subject: "any_user",
    groups: [
      group("audit", "at", "actor_user_id", "actor_role", "action", "entity_type", "entity_id", "outcome", "details"),
      technical("id", "centre_id"),
    ],
  },
  erasures: {
    subject: "worker",
    groups: [group("erasure_record", "subject_id", "reason", "erased_at", "by_role"), technical("id", "centre_id", "subject_type")],
  },
  breaches: {
    subject: null,
    groups: [
      // Describes an incident, not a person: staff write no names into it (see docs/privacy.md).
      group(
        "breach_record",
        "description",
        "data_categories",
        "people_affected",
        "likely_consequences",
        "risk_level",
        "measures_taken",
        "discovered_at",
        "reported_to_authority_at",
        "people_informed_at",
        "status",
      ),
      group("audit", "created_by"),
      technical("id", "centre_id", "reference", "version", "created_at", "updated_at"),
    ],
  },
  employers: {
    subject: "employer_contact",
    groups: [
      group("employer_contact", "contact_name", "contact_phone", "contact_email"),
      technical(
        "id",
        "centre_id",
        "legal_name",
        "tax_id",
        "sector",
        "size",
        "accommodation_offered",
        "created_at",
        "updated_at",
        "version",
      ),
    ],
  },
  employer_sites: {
    subject: null,
    groups: [technical("id", "centre_id", "employer_id", "name", "region_code", "address", "latitude", "longitude")],
  },
  job_offers: {
    subject: null,
    groups: [
      technical(
        "id",
        "centre_id",
        "employer_id",
        "site_id",
        "occupation_uri",
        "title",
        "tasks",
        "start_date",
        "end_date",
        "positions",
        "pay_amount_cents",
        "pay_unit",
        "piece_unit",
        "pieces_per_hour",
        "hours_per_week",
        "contract_type",
        "accommodation_provided",
        "accommodation_deduction_cents",
        "transport_provided",
        "meals_provided",
        "meals_deduction_cents",
        "required_skills",
        "required_languages",
        "required_certificates",
        "driving_licence_required",
        "min_years_experience",
        "status",
        "created_at",
        "updated_at",
        "version",
      ),
    ],
  },
  offer_status_events: {
    subject: null,
    groups: [group("audit", "by_user_id"), technical("id", "centre_id", "offer_id", "from_status", "to_status", "at")],
  },
  labour_rules: {
    subject: null,
    groups: [
      group("audit", "updated_by"),
      technical(
        "id",
        "country",
        "sector",
        "contract_type",
        "kind",
        "pay_unit",
        "amount_cents",
        "value",
        "valid_from",
        "valid_to",
        "source",
        "note",
        "created_at",
        "updated_at",
        "version",
      ),
    ],
  },
  employer_vetting: {
    subject: "employer_contact",
    groups: [
      group(
        "employer_compliance",
        "status",
        "conditions",
        "declarations",
        "collective_agreement",
        "declared_at",
        "self_assessment",
        "self_assessed_at",
        "decided_at",
      ),
      group("audit", "declared_by", "decided_by"),
      technical("id", "centre_id", "employer_id", "created_at", "updated_at", "version"),
    ],
  },
  vetting_events: {
    subject: "employer_contact",
    groups: [
      group("employer_compliance", "from_status", "to_status", "note", "at"),
      group("audit", "by_user_id", "by_role"),
      technical("id", "centre_id", "employer_id"),
    ],
  },
  employer_documents: {
    subject: "employer_contact",
    groups: [
      group("employer_compliance", "kind", "file_name", "media_type", "size", "sha256", "bytes", "verified", "verified_at", "created_at"),
      group("audit", "verified_by", "created_by"),
      technical("id", "centre_id", "employer_id"),
    ],
  },
  grievances: {
    subject: "worker",
    groups: [
      group(
        "grievance",
        "channel",
        "language",
        "categories",
        "description",
        "employer_id",
        "site_id",
        "workplace_given",
        "region_code",
        "anonymous",
        "status",
        "severity",
        "due_at",
        "escalated_at",
        "escalated_to",
        "outcome",
        "outcome_note",
        "matching_reviewed_at",
        "created_at",
        "updated_at",
      ),
      group("audit", "assigned_to", "matching_reviewed_by"),
      technical("id", "centre_id", "reference", "follow_up_code_hash", "version"),
    ],
  },
  grievance_reporters: {
    subject: "worker",
    groups: [group("grievance_reporter", "worker_id", "name", "phone", "shared_with_caseworkers"), technical("grievance_id", "centre_id")],
  },
  grievance_events: {
    subject: "worker",
    groups: [
      group("grievance", "kind", "visible_to_reporter", "body", "from_status", "to_status", "at"),
      group("audit", "by_user_id"),
      technical("id", "centre_id", "grievance_id"),
    ],
  },
  inspections: {
    subject: "employer_contact",
    groups: [
      group("employer_compliance", "kind", "status", "scheduled_for", "visited_at", "checklist", "summary", "created_at", "updated_at"),
      group("audit", "inspector_id"),
      technical("id", "centre_id", "employer_id", "site_id", "follow_up_of", "grievance_id", "version"),
    ],
  },
  inspection_findings: {
    subject: "employer_contact",
    groups: [
      group("employer_compliance", "area", "severity", "description", "created_at"),
      group("audit", "created_by"),
      technical("id", "centre_id", "inspection_id", "employer_id"),
    ],
  },
  inspection_evidence: {
    subject: "employer_contact",
    groups: [
      group("employer_compliance", "file_name", "media_type", "size", "sha256", "bytes", "created_at"),
      group("audit", "created_by"),
      technical("id", "centre_id", "inspection_id", "finding_id"),
    ],
  },
  corrective_actions: {
    subject: "employer_contact",
    groups: [
      group(
        "employer_compliance",
        "description",
        "due_date",
        "status",
        "employer_response",
        "responded_at",
        "verified_at",
        "created_at",
        "updated_at",
      ),
      group("audit", "verified_by", "created_by"),
      technical("id", "centre_id", "employer_id", "inspection_id", "finding_id", "version"),
    ],
  },
  check_ins: {
    subject: "worker",
    groups: [
      group(
        "check_in",
        "kind",
        "due_on",
        "status",
        "sent_at",
        "answers",
        "comment",
        "answered_at",
        "answered_via",
        "created_at",
        "updated_at",
      ),
      group("audit", "recorded_by"),
      technical("id", "centre_id", "placement_id", "worker_id", "employer_id", "grievance_id", "version"),
    ],
  },
  // Which worker or offer changed, for the matching index of every server process: ids, kept an hour.
  matching_changes: { subject: null, groups: [technical("seq", "entity", "entity_id", "changed_at")] },
  // A season plan: what was asked, the run's state and aggregate figures (counts by gender and origin name nobody).
  season_plans: {
    subject: null,
    groups: [
      group("audit", "created_by"),
      technical(
        "id",
        "centre_id",
        "centre_ids",
        "season_start",
        "season_end",
        "min_score",
        "chaining",
        "status",
        "stage",
        "progress",
        "totals",
        "fairness",
        "error",
        "created_at",
        "started_at",
        "finished_at",
      ),
    ],
  },
  // The job a plan proposes for a worker and the worker's chain of jobs: matching results, like a candidacy.
  season_plan_assignments: {
    subject: "worker",
    groups: [
      group("employment_history", "offer_id", "score", "reasons", "decision", "decided_at"),
      group("audit", "decided_by"),
      technical("plan_id", "centre_id", "worker_id", "referral_id"),
    ],
  },
  season_plan_chains: {
    subject: "worker",
    groups: [
      group("employment_history", "jobs", "employed_days", "idle_days", "travel_km"),
      technical("plan_id", "centre_id", "worker_id"),
    ],
  },
  centres: { subject: null, groups: [technical("id", "name", "country", "region_code", "timezone", "created_at")] },
  installation_facts: { subject: null, groups: [technical("key", "value", "recorded_at")] },
};

/** The classification of one column, or null when it is not classified. */
export function classificationOf(table: string, column: string): DataCategory | "technical" | null {
  return TABLES[table]?.groups.find((g) => g.columns.includes(column))?.category ?? null;
}
