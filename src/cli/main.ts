import { parseArgs } from "node:util";
import { backupCommand } from "./backup-command.js";
import { migrateCommand } from "./migrate-command.js";
import { restoreCommand } from "./restore-command.js";
import { serveCommand } from "./serve-command.js";
import { createCentreCommand, createUserCommand } from "./setup-commands.js";

const USAGE = `Usage: primacenters <command> [options]

Commands:
  serve [--demo]   start the web app and the API (PORT, DATA_DIR, DATABASE_URL from the environment);
                   an empty embedded database gets demo data on first start, a PostgreSQL one only with --demo
  migrate          bring the database schema up to date and exit
  create-centre --name NAME --country EL|CY|ES|IT|BE --region NUTS --timezone Europe/Athens
                   add a centre (prints its id)
  create-user --email EMAIL --name NAME --role ROLE [--centre CENTRE_ID]
                   add a staff account (coordinator, caseworker, inspector, partner; admin and analyst
                   without a centre); prints a temporary password once
  backup FILE      write the whole database into FILE with a manifest of row counts and checksums (PostgreSQL:
                   online, needs pg_dump; embedded: stop the server first)
  restore FILE [--force]
                   put a backup back, check it against its manifest, migrate it and apply again the erasures
                   made since; a database that holds rows is replaced only with --force
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    demo: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
    name: { type: "string" },
    country: { type: "string" },
    region: { type: "string" },
    timezone: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    centre: { type: "string" },
  },
});
const [command, file] = positionals;

if (values.help || !command) {
  process.stdout.write(USAGE);
  process.exit(command || values.help ? 0 : 1);
}

switch (command) {
  case "serve":
    await serveCommand({ demo: values.demo ?? false });
    break;
  case "migrate":
    await migrateCommand();
    break;
  case "create-centre":
    await createCentreCommand(values);
    break;
  case "create-user":
    await createUserCommand(values);
    break;
  case "backup":
    await backupCommand(file);
    break;
  case "restore":
    await restoreCommand(file, { force: values.force ?? false });
    break;
  default:
    process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
    process.exit(1);
}
