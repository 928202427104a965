import { z } from "zod";
import { ROLES } from "../core/access/roles.js";
import { COUNTRIES } from "../core/reference/codes.js";
import { nutsCode } from "../core/shared/primitives.js";
import { isValidRegionCode } from "../data/nuts-regions.js";
import type { Database } from "../db/database.js";
import { openDatabase } from "../db/open-database.js";
import { emailHasAccount, insertPasswordAccount } from "../db/repositories/account-repository.js";
import { insertCentre } from "../db/repositories/centre-repository.js";
import { hashPassword } from "../server/auth/create-auth.js";
import { generateTemporaryPassword } from "../server/auth/temporary-password.js";
import { configFromEnvironment } from "../server/config.js";

const centreOptions = z.object({
  name: z.string().trim().min(2),
  country: z.enum(COUNTRIES),
  region: nutsCode.refine(isValidRegionCode, "unknown NUTS region"),
  timezone: z.string().min(3),
});

const userOptions = z.object({
  email: z.email(),
  name: z.string().trim().min(2),
  role: z.enum(ROLES).exclude(["worker", "employer"]),
  centre: z.uuid().optional(),
});

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const connection = await openDatabase(configFromEnvironment().database);
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

function parseOrExit<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  process.stderr.write(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n`);
  process.exit(1);
}

/** `primacenters create-centre --name … --country EL --region EL633 --timezone Europe/Athens` */
export async function createCentreCommand(values: Record<string, unknown>) {
  const options = parseOrExit(centreOptions, values);
  const id = await withDatabase((db) =>
    insertCentre(db, { name: options.name, country: options.country, regionCode: options.region, timezone: options.timezone }),
  );
  process.stdout.write(`Centre "${options.name}" created: ${id}\n`);
}

/**
 * `primacenters create-user --email … --name … --role coordinator --centre <id>`: a staff account with a temporary
 * password, shown once. Network roles (admin, analyst) have no centre.
 */
export async function createUserCommand(values: Record<string, unknown>) {
  const options = parseOrExit(userOptions, values);
  const networkRole = options.role === "admin" || options.role === "analyst";
  if (!networkRole && !options.centre) {
    process.stderr.write(`--centre: a ${options.role} works for a centre; give its id (from create-centre).\n`);
    process.exit(1);
  }
  const password = generateTemporaryPassword();
  await withDatabase(async (db) => {
    if (await emailHasAccount(db, options.email)) {
      process.stderr.write(`An account for ${options.email} exists already.\n`);
      process.exit(1);
    }
    await insertPasswordAccount(db, {
      name: options.name,
      email: options.email,
      passwordHash: await hashPassword(password),
      role: options.role,
      centreId: networkRole ? null : (options.centre ?? null),
    });
  });
  process.stdout.write(`Account ${options.email} (${options.role}) created. Temporary password, shown only now: ${password}\n`);
}
