// `npm start`: install what is missing, build the web app, then serve (migrating and seeding on first start).
import { spawn } from "node:child_process";
import { ensureNpmPackages, ensureWebBuild } from "./ensure-installed.mjs";

ensureNpmPackages();
ensureWebBuild();
// A young generation of 64 MB (V8's default is 16): match searches allocate their results' reasons, and with a
// national index in memory each minor collection costs about 2 ms; four times fewer of them keep searches' tail
// short (docs/performance.md).
const nodeFlags = ["--max-semi-space-size=64", "--import", "tsx"];
const server = spawn(process.execPath, [...nodeFlags, "src/cli/main.ts", "serve", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
