// The backup file: one text line naming the format, one line of JSON manifest, then the engine's own dump
// (a gzipped PGlite data directory, or a pg_dump custom-format archive). `head -2 file` shows what it holds.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { DatabaseKind } from "../db/database.js";
import type { AppliedMigration, TableStatistics } from "./backup-statistics.js";

const MAGIC = "PRIMACENTERS-BACKUP";
export const BACKUP_FORMAT = 1;
/** The two header lines are small; a manifest larger than this is not one of our files. */
const MAX_HEADER_BYTES = 1_000_000;

export interface BackupManifest {
  format: number;
  engine: DatabaseKind;
  createdAt: string;
  /** `select version()` of the database that was backed up. */
  serverVersion: string;
  /** The pg_dump that wrote the archive (PostgreSQL only); pg_restore must be at least as new. */
  dumpTool?: string;
  /** The last schema migration applied to the database when it was backed up. */
  migration: AppliedMigration;
  tables: TableStatistics[];
  payload: { bytes: number; sha256: string };
}

/** A clear message for the person running the command; the CLI prints it without a stack trace. */
export class BackupError extends Error {}

export async function sha256OfFile(path: string, start = 0): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path, { start })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** Writes header, manifest and payload to `file.partial`, then renames it: a half-written backup never has the real name. */
export async function writeBackupFile(
  file: string,
  manifest: Omit<BackupManifest, "payload">,
  payloadPath: string,
): Promise<BackupManifest> {
  const complete: BackupManifest = { ...manifest, payload: await sha256OfFile(payloadPath) };
  const partial = `${file}.partial`;
  try {
    const out = createWriteStream(partial, { mode: 0o600 });
    out.write(`${MAGIC} ${BACKUP_FORMAT}\n${JSON.stringify(complete)}\n`);
    await pipeline(createReadStream(payloadPath), out);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return complete;
}

/** Reads and checks the manifest; the payload starts at `payloadOffset` and is verified against its checksum. */
export async function readBackupFile(file: string): Promise<{ manifest: BackupManifest; payloadOffset: number }> {
  const handle = await open(file, "r").catch(() => {
    throw new BackupError(`Cannot read the backup file ${file}.`);
  });
  let header: Buffer;
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER_BYTES, 0);
    header = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const firstEnd = header.indexOf(10);
  const secondEnd = header.indexOf(10, firstEnd + 1);
  if (firstEnd < 0 || secondEnd < 0 || header.subarray(0, firstEnd).toString() !== `${MAGIC} ${BACKUP_FORMAT}`) {
    throw new BackupError(`${file} is not a Primacenters backup (format ${BACKUP_FORMAT}).`);
  }
  const manifest = JSON.parse(header.subarray(firstEnd + 1, secondEnd).toString()) as BackupManifest;
  const payloadOffset = secondEnd + 1;
  const actual = await sha256OfFile(file, payloadOffset);
  if (actual.bytes !== manifest.payload.bytes || actual.sha256 !== manifest.payload.sha256) {
    throw new BackupError(`${file} is damaged or incomplete: its content does not match the checksum in its manifest.`);
  }
  return { manifest, payloadOffset };
}

/** Copies the payload out of a backup file, for the engine's own restore tool. */
export async function extractPayload(file: string, payloadOffset: number, destination: string): Promise<void> {
  await pipeline(createReadStream(file, { start: payloadOffset }), createWriteStream(destination, { mode: 0o600 }));
}
