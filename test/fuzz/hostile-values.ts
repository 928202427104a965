// What an attacker or a broken client sends instead of valid input: the "malformed" half of the fuzzing.
import fc from "fast-check";

/** SQL, LIKE-wildcard, NoSQL, regular-expression and template injection attempts, as a filter or field value. */
export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE workers; --",
  "1; select pg_sleep(5)",
  '" OR ""="',
  "') union select id, phone from workers --",
  "%",
  "_",
  "%%",
  "%_%",
  "\\",
  "\\%",
  "a%' escape '",
  ".*",
  "(a+)+$",
  "[",
  "^$",
  '{"$gt": ""}',
  '{"$ne": null}',
  "$where",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "\u0000",
  "a\u0000' OR 1=1 --",
] as const;

/** Text that breaks naive code: control characters, scripts written right to left, emoji, lone surrogates. */
export const AWKWARD_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202eevil\u202c",
  "مرحبا بالعالم",
  "שלום",
  "🧑‍🌾🐟🌾",
  "Ζυγός σ ς",
  "\ud800",
  "\r\n\t",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "true",
  "[object Object]",
] as const;

/** Not a UUID, or one that nothing has: for ids in paths, queries and bodies. */
export const BAD_UUIDS = [
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "123e4567-e89b-12d3-a456-42661417400",
  "123e4567-e89b-12d3-a456-4266141740000",
  "123E4567-E89B-12D3-A456-426614174000",
  " 123e4567-e89b-12d3-a456-426614174000 ",
  "1' or '1'='1",
] as const;

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

const HUGE_LENGTH = 200_000;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom<string>(...INJECTION_STRINGS, ...AWKWARD_STRINGS, ...BAD_UUIDS), weight: 6 },
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("x".repeat(HUGE_LENGTH), "é".repeat(HUGE_LENGTH / 2), "🌾".repeat(HUGE_LENGTH / 4)),
);

/** A value of the wrong type for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  [],
  {},
  [null],
  { a: 1 },
  ["a", "b"],
);

function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** An object whose own keys are __proto__ or constructor: JSON.stringify sends them, a careless merge obeys them. */
export function withKey(target: object, key: string, value: unknown): object {
  return Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

const prototypePollution = fc.constantFrom(...PROTOTYPE_KEYS).map((key) => withKey({}, key, { isAdmin: true, role: "admin" }));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: wrongType, weight: 3 },
  prototypePollution,
  fc.constantFrom(nested(2_000, "array"), nested(2_000, "object")),
);

/** Bodies that are not the JSON the route expects, sent as raw text under `Content-Type: application/json`. */
export const RAW_JSON_BODIES = [
  "",
  "{",
  "null",
  '"just a string"',
  "[]",
  "{}{}",
  "{'single': 'quotes'}",
  '{"__proto__": {"isAdmin": true}}',
  '{"constructor": {"prototype": {"isAdmin": true}}}',
  `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
  `{"a": "${"x".repeat(HUGE_LENGTH)}"}`,
  '{"a": "\\ud800"}',
  '{"a": "\\u0000"}',
  '{"a": 1e999}',
] as const;

/** Paths to every value inside a JSON value: object keys and array indexes. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  return [];
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item));
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = { ...value };
    return withKey(copy, String(head), replaced(copy[head], rest, replacement));
  }
  return value;
}

/**
 * A valid value with one flaw: one field (at any depth) replaced by a hostile value, or an extra key added, such as
 * __proto__ or a column the client must not set (centreId, id, version).
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const extraKey = fc.constantFrom<string>(...PROTOTYPE_KEYS, "centreId", "id", "version", "role", "createdAt", "unknownField");
  return fc.oneof(
    fc.tuple(valid, fc.nat(), hostileValue).map(([value, pick, bad]) => {
      const paths = pathsOf(value);
      return paths.length === 0 ? bad : replaced(value, paths[pick % paths.length] ?? [], bad);
    }),
    fc
      .tuple(valid, extraKey, hostileValue)
      .map(([value, key, bad]) =>
        value !== null && typeof value === "object" && !Array.isArray(value) ? withKey({ ...value }, key, bad) : value,
      ),
  );
}
