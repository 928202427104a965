import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { CheckIn, CheckInListQuery } from "../../core/check-ins/check-in-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import { findCheckInRow, listCheckInRows } from "../../db/repositories/check-in-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { toCheckIn } from "./check-in-view.js";

/** The check-ins in the actor's scope (a worker's own, a centre's for its staff), the one due first first. */
export async function listCheckIns(
  db: Database,
  filter: ListFilter,
  query: CheckInListQuery,
  page: PageQuery,
  now: Date,
): Promise<Page<CheckIn>> {
  const { rows, total } = await listCheckInRows(db, filter, query, page, todayIso(now));
  return { items: rows.map(toCheckIn), total, page: page.page, pageSize: page.pageSize };
}

export async function readCheckIn(db: Database, actor: Actor, id: string): Promise<CheckIn> {
  const row = await findCheckInRow(db, id);
  authoriseRecord(actor, "checkin.list", { type: "check_in", id }, row?.checkIn ?? null);
  return toCheckIn(row as NonNullable<typeof row>);
}
