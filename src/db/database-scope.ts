import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which rows of the tables under row-level security the queries of the current piece of work may see and write
 * (docs/postgresql.md): every centre's ("all": network-wide roles and system work), one centre's, or none. The user
 * id scopes the stored answers of retried writes to the user who sent them.
 */
export type DatabaseScope =
  | { kind: "all"; userId: string | null }
  | { kind: "centre"; centreId: string; userId: string | null }
  | { kind: "none"; userId: string | null };

/** Work that is not a request (command line, seeding, start-up, tests' own fixtures) sees everything. */
export const SYSTEM_SCOPE: DatabaseScope = { kind: "all", userId: null };

const storage = new AsyncLocalStorage<() => DatabaseScope>();

/**
 * Runs `work` with every query it makes, however deep, under `scope`. A function is read when a query checks out a
 * connection, so a scope can follow what a request learns later (who the actor is).
 */
export function withDatabaseScope<T>(scope: DatabaseScope | (() => DatabaseScope), work: () => T): T {
  return storage.run(typeof scope === "function" ? scope : () => scope, work);
}

export function currentDatabaseScope(): DatabaseScope {
  return storage.getStore()?.() ?? SYSTEM_SCOPE;
}
