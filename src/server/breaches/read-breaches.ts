import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { Breach } from "../../core/breaches/breach-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { findBreach, listBreachRows, toBreach } from "./breach-store.js";

/** The register, latest discovery first, with where each breach stands against the 72-hour deadline. */
export async function listBreaches(
  db: Database,
  filter: ListFilter,
  query: { status?: "open" | "closed" },
  page: PageQuery,
  now: Date,
): Promise<Page<Breach>> {
  const rows = await listBreachRows(db, filter, query, page);
  return { ...rows, items: rows.items.map((row) => toBreach(row, now)) };
}

export async function readBreach(db: Database, actor: Actor, id: string, now: Date): Promise<Breach> {
  const row = await findBreach(db, id);
  authoriseRecord(actor, "breach.list", { type: "breach", id }, row);
  return toBreach(row as NonNullable<typeof row>, now);
}
