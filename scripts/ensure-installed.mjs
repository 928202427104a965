// Installs what the project needs when it is missing or out of date: npm packages from the lockfile, and
// (for browser tests) Debian's Chromium. Plain Node, no dependencies: it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export function ensureNpmPackages() {
  const marker = "node_modules/.package-lock.json";
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs) return;
  console.log("Installing npm packages (first run or the lockfile changed)…");
  // `npm install` rather than `npm ci`: with this workplace's npm settings the lock file leaves out other platforms'
  // optional packages, which `npm ci` then refuses; `npm install` installs exactly the locked versions all the same.
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

export const CHROMIUM = "/usr/bin/chromium";

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log("Installing Chromium from Debian for the browser tests…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) =>
    run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium"]);
}

/** Builds the web app when dist/web is missing or older than any source of it. */
export function ensureWebBuild() {
  const built = "dist/web/index.html";
  if (existsSync(built) && !newerThan("src/web", statSync(built).mtimeMs) && !newerThan("src/core", statSync(built).mtimeMs)) return;
  console.log("Building the web app…");
  run("npx", ["vite", "build", "--logLevel", "warn"]);
}

function newerThan(folder, time) {
  const result = spawnSync("find", [folder, "-newermt", `@${Math.floor(time / 1000)}`, "-type", "f", "-print", "-quit"], {
    encoding: "utf8",
  });
  return result.stdout.trim().length > 0;
}
