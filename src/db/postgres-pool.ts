import pg from "pg";
import { currentDatabaseScope, type DatabaseScope } from "./database-scope.js";
import { prepareStatementsOf } from "./prepared-statements.js";

/** The role the server's queries run as: it owns no table, so row-level security applies to it (docs/postgresql.md). */
export const APP_ROLE = "primacenters_app";

type Callback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * A pool whose every checkout (Pool.query included) carries the scope of the work that asked for it, read from
 * `currentDatabaseScope()` when it asks: the request's centre, or everything for system work. The settings are
 * sent only when a connection's scope changes, so a checkout costs one round trip at most; a new connection
 * first switches to the application's role unless it logs in as a role of its own, and prepares the statements it
 * runs (prepared-statements.ts).
 */
export class ScopedPool extends pg.Pool {
  readonly #applied = new WeakMap<pg.PoolClient, string>();

  constructor(
    config: pg.PoolConfig,
    private readonly role: string | null,
  ) {
    super(config);
    // A connection lost with the server (a restart, a crash) must not stop the process: an idle one is dropped by the
    // pool (its "error" event); a checked-out one between two queries of a transaction has no listener of the pool's,
    // so each connection gets its own. The failed query still rejects, and the pool discards the dead connection.
    this.on("error", () => {});
    this.on("connect", (client) => {
      client.on("error", () => {});
      prepareStatementsOf(client);
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Callback): void;
  override connect(callback?: Callback): Promise<pg.PoolClient> | undefined {
    // Read now, in the caller's context: the callback may run in the context of whoever released a connection.
    const checkout = this.#checkout(currentDatabaseScope());
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
    return undefined;
  }

  async #checkout(scope: DatabaseScope): Promise<pg.PoolClient> {
    const client = await super.connect();
    const key = JSON.stringify(scope);
    if (this.#applied.get(client) === key) return client;
    try {
      await applyScope(client, scope, this.#applied.has(client) ? null : this.role);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    this.#applied.set(client, key);
    return client;
  }
}

/** Session settings, outside any transaction, so a rolled-back transaction cannot undo them. */
async function applyScope(client: pg.PoolClient, scope: DatabaseScope, role: string | null): Promise<void> {
  const settings: [string, string][] = [
    ["primacenters.scope", scope.kind],
    ["primacenters.centre_id", scope.kind === "centre" ? scope.centreId : ""],
    ["primacenters.user_id", scope.userId ?? ""],
  ];
  if (role) settings.unshift(["role", role]);
  const calls = settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`);
  await client.query(`select ${calls.join(", ")}`, settings.flat());
}
