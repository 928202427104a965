import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { ConsentPurpose } from "../../core/reference/codes.js";
import { erasures } from "../schema/privacy.js";
import { consents } from "../schema/workers.js";

/** True when the worker's latest consent record for the purpose grants it: consent holds until it is withdrawn. */
export function consentGranted(workerId: AnyPgColumn, purpose: ConsentPurpose): SQL {
  return sql`coalesce((select c.granted from ${consents} c
    where c.worker_id = ${workerId} and c.purpose = ${purpose}
    order by c.recorded_at desc, c.id desc limit 1), false)`;
}

/** True while the worker's file has not been erased (an erased file stays as an anonymous row for statistics). */
export function notErased(workerId: AnyPgColumn): SQL {
  return sql`not exists (select 1 from ${erasures} e where e.subject_type = 'worker' and e.subject_id = ${workerId})`;
}
