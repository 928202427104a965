// Prepares one migrated database per test run that every test file copies: a PGlite data-directory image, or,
// when DATABASE_URL is set, a template database on the PostgreSQL server. Everything is dropped at the end.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPgliteImage, openDatabase } from "../../src/db/open-database.js";
import { adminUrl, databaseUrl } from "./postgres-urls.js";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "pglite"; imagePath: string } | { kind: "postgres"; templateName: string; serverUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const folder = mkdtempSync(join(tmpdir(), "primacenters-test-"));
    const imagePath = join(folder, "template.tar");
    writeFileSync(imagePath, Buffer.from(await (await createPgliteImage()).arrayBuffer()));
    project.provide("testDatabase", { kind: "pglite", imagePath });
    return () => rmSync(folder, { recursive: true, force: true });
  }
  const templateName = `primacenters_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl(serverUrl) });
  await admin.connect();
  await admin.query(`create database ${templateName}`);
  const template = await openDatabase({ kind: "postgres", url: databaseUrl(serverUrl, templateName), poolSize: 1 });
  await template.close();
  project.provide("testDatabase", { kind: "postgres", templateName, serverUrl });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${templateName}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
