// The layers of docs/architecture.md, checked on every import: data flows one way and features stay apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)].map(([, spec]) =>
    relative(root, resolve(dirname(file), (spec as string).replace(/\.js$/, ""))),
  );
}

function violations(folder: string, forbidden: (target: string, file: string) => boolean): string[] {
  return sourceFiles(join(root, folder)).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden(target, relative(root, file)))
      .map((target) => `${relative(root, file)} → ${target}`),
  );
}

describe("the layers of the code", () => {
  it("the domain core imports nothing from the database, the server, the web app or the CLI", () => {
    expect(violations("src/core", (target) => !target.startsWith("src/core"))).toEqual([]);
  });

  it("the database layer never reaches into the server, the web app or the CLI", () => {
    expect(violations("src/db", (target) => /^src\/(server|web|cli)/.test(target))).toEqual([]);
  });

  it("the server never imports the web app or the CLI", () => {
    expect(violations("src/server", (target) => /^src\/(web|cli)/.test(target))).toEqual([]);
  });

  it("the web app uses the domain core for shapes, never the server or the database", () => {
    expect(violations("src/web", (target) => /^src\/(server|db|cli|data)/.test(target))).toEqual([]);
  });

  it("a web feature never imports another feature", () => {
    const featureOf = (path: string) => path.match(/^src\/web\/features\/([^/]+)/)?.[1];
    expect(
      violations("src/web/features", (target, file) => featureOf(target) !== undefined && featureOf(target) !== featureOf(file)),
    ).toEqual([]);
  });

  it("there are no barrel index files", () => {
    expect(sourceFiles(join(root, "src")).filter((f) => /\/index\.tsx?$/.test(f))).toEqual([]);
  });
});
