import type { Database } from "../db/database.js";
import { countCentres } from "../db/repositories/centre-repository.js";
import { type SeededAccounts, seedDemoData } from "./demo/seed-demo-data.js";

/** On the first start of an empty database, loads the demo and prints how to sign in. */
export async function seedDemoOnFirstStart(db: Database): Promise<void> {
  if ((await countCentres(db)) > 0) return;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log("Empty database: loading the demo data (about a minute)…");
  printAccounts(await seedDemoData(db, { log }));
}

function printAccounts(accounts: SeededAccounts) {
  const rows = accounts.map((a) => [a.role, a.centre ?? "network", a.signIn, a.secret]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  process.stdout.write("\nDemo accounts (sign in at /):\n");
  for (const row of rows)
    process.stdout.write(
      `  ${row
        .slice(0, 3)
        .map((cell, i) => (cell ?? "").padEnd(widths[i] ?? 0))
        .join("  ")}  ${row[3]}\n`,
    );
  process.stdout.write("\n");
}
