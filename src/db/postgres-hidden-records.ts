import { sql } from "drizzle-orm";
import type { Database } from "./database.js";

/** The entity type the use cases audit for a record of each table addressed by id. */
const ENTITY_TYPES: Record<string, string> = {
  workers: "worker",
  employers: "employer",
  employer_sites: "employer_site",
  job_offers: "offer",
  referrals: "referral",
  attachments: "attachment",
  breaches: "breach",
  employer_documents: "employer_document",
  check_ins: "check_in",
  season_plans: "season_plan",
};

export interface HiddenRecord {
  entityType: string;
  id: string;
}

/**
 * The records among `ids` that exist but lie outside the current scope (PostgreSQL only): ids and tables, never
 * contents, through a function of the owner's (migration 0004).
 */
export async function findHiddenRecords(db: Database, ids: string[]): Promise<HiddenRecord[]> {
  if (ids.length === 0) return [];
  const result = (await db.execute(sql`select table_name, id from primacenters_hidden_records(${`{${ids.join(",")}}`}::uuid[])`)) as {
    rows: { table_name: string; id: string }[];
  };
  return result.rows.map((row) => ({ entityType: ENTITY_TYPES[row.table_name] ?? row.table_name, id: row.id }));
}
