// `npm start`: install what is missing, build the web app, then serve (migrating and seeding on first start).
import { spawn } from "node:child_process";
import { ensureNpmPackages, ensureWebBuild } from "./ensure-installed.mjs";

ensureNpmPackages();
ensureWebBuild();
const server = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
