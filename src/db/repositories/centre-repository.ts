import { count, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { centres } from "../schema/centres.js";

export async function insertCentre(db: Database, centre: typeof centres.$inferInsert): Promise<string> {
  const [row] = await db.insert(centres).values(centre).returning({ id: centres.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function countCentres(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(centres);
  return row?.total ?? 0;
}

export async function findCentreName(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ name: centres.name }).from(centres).where(eq(centres.id, id));
  return row?.name ?? null;
}
