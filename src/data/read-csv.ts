import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/** One CSV row keyed by its header; every cell is a string (empty when the source left it blank). */
export type CsvRow = Record<string, string>;

/**
 * Reads a shipped CSV file (UTF-8, RFC 4180, header row) given as a URL relative to the calling module,
 * so it works the same from src/ under tsx, vitest or a bundled server.
 */
export function readCsv(file: URL): CsvRow[] {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[];
}

/** A cell that must be present; a missing column means the shipped file and the code disagree. */
export function requiredCell(row: CsvRow, column: string, file: URL): string {
  const value = row[column];
  if (value === undefined || value === "") throw new Error(`${file.pathname}: empty "${column}" in row ${JSON.stringify(row)}`);
  return value;
}
