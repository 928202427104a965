import { openDatabase } from "../db/open-database.js";
import { configFromEnvironment } from "../server/config.js";

export async function migrateCommand() {
  const config = configFromEnvironment();
  const connection = await openDatabase(config.database);
  await connection.close();
  process.stdout.write(`The ${connection.kind} database is up to date.\n`);
}
