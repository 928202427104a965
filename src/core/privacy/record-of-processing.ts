import type { Role } from "../access/roles.js";
import type { ConsentPurpose } from "../reference/codes.js";
import {
  DATA_CATEGORIES,
  type DataCategory,
  type DataSubject,
  LAWFUL_BASIS_ARTICLE,
  type LawfulBasis,
  PURPOSES,
  type Purpose,
  type Retention,
  TABLES,
} from "./data-classification.js";

/** Technical and organisational security measures (art. 32), named by key; the web app translates them. */
export const SECURITY_MEASURES = [
  "access_policy",
  "audit_trail",
  "password_hashing",
  "two_step_sign_in",
  "logs_without_personal_data",
  "backups",
  "erasure_reapplied_after_restore",
] as const;

export interface ProcessingActivity {
  purpose: Purpose;
  lawfulBasis: LawfulBasis;
  /** The GDPR article of the lawful basis, e.g. "6(1)(a)". */
  article: string;
  /** For consent: the consent purpose whose withdrawal stops the processing. */
  consentPurpose: ConsentPurpose | null;
  dataSubjects: DataSubject[];
  categories: { category: DataCategory; retention: Retention; tables: { table: string; columns: string[] }[] }[];
  recipients: Role[];
}

export interface RecordOfProcessing {
  activities: ProcessingActivity[];
  /** Art. 9 categories held; none today, listed so that adding one shows here. */
  specialCategories: DataCategory[];
  transfersOutsideEea: false;
  securityMeasures: (typeof SECURITY_MEASURES)[number][];
}

function tablesOf(category: DataCategory) {
  return Object.entries(TABLES).flatMap(([table, classification]) => {
    const columns = classification.groups.filter((g) => g.category === category).flatMap((g) => g.columns);
    return columns.length > 0 ? [{ table, columns, subject: classification.subject }] : [];
  });
}

function activityOf(purpose: Purpose): ProcessingActivity {
  const rule: { basis: LawfulBasis; consent?: ConsentPurpose } = PURPOSES[purpose];
  const categories = (Object.keys(DATA_CATEGORIES) as DataCategory[]).filter((category) =>
    (DATA_CATEGORIES[category].purposes as readonly Purpose[]).includes(purpose),
  );
  const subjects = new Set<DataSubject>();
  const recipients = new Set<Role>();
  const described = categories.map((category) => {
    const tables = tablesOf(category);
    for (const t of tables) if (t.subject) subjects.add(t.subject);
    for (const role of DATA_CATEGORIES[category].visibleTo) recipients.add(role);
    return { category, retention: DATA_CATEGORIES[category].retention, tables: tables.map(({ table, columns }) => ({ table, columns })) };
  });
  return {
    purpose,
    lawfulBasis: rule.basis,
    article: LAWFUL_BASIS_ARTICLE[rule.basis],
    consentPurpose: rule.consent ?? null,
    dataSubjects: [...subjects].sort(),
    categories: described,
    recipients: [...recipients].sort(),
  };
}

/** The record of processing activities (GDPR art. 30(1)), generated from the data classification. */
export function recordOfProcessing(): RecordOfProcessing {
  return {
    activities: (Object.keys(PURPOSES) as Purpose[]).map(activityOf),
    specialCategories: (Object.keys(DATA_CATEGORIES) as DataCategory[]).filter((c) => DATA_CATEGORIES[c].special),
    transfersOutsideEea: false,
    securityMeasures: [...SECURITY_MEASURES],
  };
}
