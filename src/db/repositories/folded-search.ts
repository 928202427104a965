import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Lower case without combining accents, in SQL, so "Jose" finds "José" and "αγροκτημα" finds "Αγρόκτημα". */
function folded(value: SQL | PgColumn): SQL {
  return sql`regexp_replace(normalize(lower(${value}), NFD), '[\\u0300-\\u036f]', '', 'g')`;
}

/**
 * True when any of the columns contains the search text, ignoring case and accents. Both sides are folded by the
 * database itself, so they agree even where JavaScript and PostgreSQL lower-case differently (Greek final sigma).
 */
export function foldedContains(columns: PgColumn[], q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  const needle = folded(sql`${pattern}::text`);
  return sql`(${sql.join(
    columns.map((column) => sql`${folded(column)} like ${needle}`),
    sql` or `,
  )})`;
}
