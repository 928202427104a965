// Requests to one route, generated from its documented schemas: valid ones, flawed ones and hostile ones.
import fc from "fast-check";
import type { FuzzRole, FuzzWorld } from "./fuzz-world.js";
import { BAD_UUIDS, hostileString, hostileValue, mutated, RAW_JSON_BODIES } from "./hostile-values.js";
import type { SentRequest } from "./response-checks.js";
import type { FuzzRoute, RouteParameter } from "./route-catalogue.js";
import { arbitraryFor, type JsonSchema, type SchemaArbitraryOptions } from "./schema-arbitrary.js";

/** Query parameters no route declares: sort and order injection, parameter pollution, broken encoding. */
const EXTRA_QUERY = [
  "sort=name;drop table workers",
  "sort=centre_id",
  "sort=password&order=desc",
  "order=1/0",
  "q=a&q=b",
  "page=1&page=2",
  "__proto__[isAdmin]=true",
  "constructor[prototype][isAdmin]=true",
  "q[$ne]=1",
  "%E0%A4%A",
  "q=%00",
  "=x&&&",
  "pageSize=1e9",
] as const;

/** Mostly versions a record may have, sometimes nonsense. */
const IF_MATCH = ['"1"', '"1"', '"2"', '"3"', 'W/"1"', "*", '"0"', '"-1"', '"abc"', '"99999999999999999999999"', "1", ""] as const;
/** Header values travel as bytes: non-ASCII text arrives as its UTF-8 bytes read one by one (Latin-1). */
const asHeaderBytes = (text: string) => Buffer.from(text, "utf8").toString("latin1");
const IDEMPOTENCY_KEYS = ["short", "x".repeat(200), "key with spaces", asHeaderBytes("ключ-ключ-ключ")] as const;
/** Mostly JSON, sometimes a type the API does not take. */
const CONTENT_TYPES = [
  ...Array<string>(6).fill("application/json"),
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/json; charset=latin1",
] as const;

/** Encodes text for a URL, even text that is not well-formed UTF-16 (a lone surrogate). */
function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
}

/** How a generated value travels in a query string: text as is, a list as repeated keys, the rest as JSON. */
function queryPairs(name: string, value: unknown): string[] {
  if (value === undefined) return [];
  const pair = (item: unknown) => {
    const text = typeof item === "string" ? item : typeof item === "object" ? JSON.stringify(item) : String(item);
    return `${encoded(name)}=${encoded(text)}`;
  };
  return Array.isArray(value) ? value.map(pair) : [pair(value)];
}

/** The collection a route's path names, e.g. "workers" for /api/workers/{id}/consents. */
function collectionOf(route: FuzzRoute): string {
  return route.path.split("/")[2] ?? "";
}

/**
 * Ids for the route's path: mostly real records of centre A and of centre B (which centre A must never reach), or
 * no record at all, or not an id.
 */
function pathId(world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<string> {
  const of = (centre: "A" | "B") => world.ids[centre][collectionOf(route)] ?? Object.values(world.ids[centre]).flat();
  return fc.oneof(
    { arbitrary: fc.constantFrom(...of("A")), weight: 3 },
    { arbitrary: fc.constantFrom(...of("B")), weight: 2 },
    fc.uuid(),
    fc.constantFrom(...BAD_UUIDS),
    hostileString,
  );
}

/** Valid values, with real ids and occupations often enough for requests to reach the records. */
function generatorOptions(world: FuzzWorld): SchemaArbitraryOptions {
  const realIds = [...Object.values(world.ids.A), ...Object.values(world.ids.B)].flat();
  return {
    override: (schema: JsonSchema) => {
      if (schema.format === "uuid") return fc.oneof(fc.constantFrom(...realIds), fc.uuid());
      if (schema.pattern?.includes("esco\\/occupation"))
        return fc.oneof(fc.constantFrom(...world.occupationUris), fc.stringMatching(new RegExp(schema.pattern)));
      return undefined;
    },
  };
}

function parameterValue(parameter: RouteParameter, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arbitraryFor(parameter.schema, options), weight: 3 }, hostileValue);
}

function queryString(route: FuzzRoute, options: SchemaArbitraryOptions): fc.Arbitrary<string> {
  const shape = Object.fromEntries(route.queryParameters.map((p) => [p.name, parameterValue(p, options)]));
  const required = route.queryParameters.filter((p) => p.required).map((p) => p.name);
  return fc
    .tuple(fc.record(shape, { requiredKeys: required }), fc.option(fc.constantFrom(...EXTRA_QUERY), { freq: 4 }))
    .map(([values, extra]) =>
      [...Object.entries(values).flatMap(([name, value]) => queryPairs(name, value)), ...(extra ? [extra] : [])].join("&"),
    );
}

/** A JSON body: valid, valid but for one flaw, a hostile value, or raw text that is not the JSON expected. */
function body(route: FuzzRoute, options: SchemaArbitraryOptions, seeds: FuzzWorld["seedBodies"]): fc.Arbitrary<string | undefined> {
  const raw = fc.constantFrom<string>(...RAW_JSON_BODIES);
  if (route.jsonBody) {
    const fromSchema = arbitraryFor(route.jsonBody, options);
    const seed = seeds[`${route.method} ${route.path}`];
    const valid = seed ? fc.oneof(fromSchema, seed) : fromSchema;
    return fc.oneof(
      { arbitrary: valid.map((v) => JSON.stringify(v)), weight: 5 },
      { arbitrary: mutated(valid).map((v) => JSON.stringify(v)), weight: 3 },
      { arbitrary: hostileValue.map((v) => JSON.stringify(v)), weight: 1 },
      { arbitrary: raw, weight: 1 },
    );
  }
  if (route.method === "GET") return fc.constant(undefined);
  return fc.option(
    fc.oneof(
      hostileValue.map((v) => JSON.stringify(v)),
      raw,
    ),
    { nil: undefined },
  );
}

function headers(payload: string | undefined): fc.Arbitrary<Record<string, string>> {
  return fc
    .record(
      {
        "if-match": fc.constantFrom(...IF_MATCH),
        "idempotency-key": fc.oneof({ arbitrary: fc.uuid(), weight: 3 }, fc.constantFrom(...IDEMPOTENCY_KEYS)),
        "content-type": fc.constantFrom(...CONTENT_TYPES),
      },
      { requiredKeys: [] },
    )
    .map((picked) => {
      const { "content-type": contentType, ...rest } = picked;
      return payload === undefined ? rest : { ...rest, "content-type": contentType ?? "application/json" };
    });
}

export function requestsTo(route: FuzzRoute, world: FuzzWorld, roles: readonly FuzzRole[]): fc.Arbitrary<SentRequest> {
  const options = generatorOptions(world);
  const pathValues = fc.record(Object.fromEntries(route.pathParameters.map((p) => [p.name, pathId(world, route)])));
  return fc
    .tuple(fc.constantFrom(...roles), pathValues, queryString(route, options), body(route, options, world.seedBodies))
    .chain(([role, params, query, payload]) =>
      headers(payload).map((sentHeaders) => {
        const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encoded(params[name] ?? ""));
        return { role, method: route.method, url: query ? `${path}?${query}` : path, headers: sentHeaders, payload };
      }),
    );
}
