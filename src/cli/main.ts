import { parseArgs } from "node:util";
import { migrateCommand } from "./migrate-command.js";
import { serveCommand } from "./serve-command.js";

const USAGE = `Usage: primacenters <command> [options]

Commands:
  serve [--demo]   start the web app and the API (PORT, DATA_DIR, DATABASE_URL from the environment);
                   an empty embedded database gets demo data on first start, a PostgreSQL one only with --demo
  migrate          bring the database schema up to date and exit
`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { demo: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
const [command] = positionals;

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
  default:
    process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
    process.exit(1);
}
