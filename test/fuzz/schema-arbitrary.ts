// Values that fit a JSON Schema, as the OpenAPI document describes a route's input: the "valid" half of the fuzzing.
import fc from "fast-check";

/** The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the API document uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  nullable?: boolean;
}

export interface SchemaArbitraryOptions {
  /** A generator to use instead of the schema's own (e.g. real record ids for uuids); undefined keeps the schema's. */
  override?: (schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
}

/** Longest string or array generated where the schema sets no bound: enough to be realistic, small enough to be fast. */
const FREE_STRING_LENGTH = 40;
const FREE_ARRAY_LENGTH = 3;

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Text as people type it: mostly plain, sometimes any script, emoji or combining marks. */
const textUnit = fc.oneof(
  { arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABC0123456789-'"), weight: 3 },
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
);

/** An arbitrary of values valid against the schema (as far as the schema alone can say). */
export function arbitraryFor(schema: JsonSchema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const own = options.override?.(schema);
  if (own) return own;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => arbitraryFor(alternative, options)));
  if (schema.allOf) return arbitraryFor(Object.assign({}, ...schema.allOf), options);
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (schema.nullable) types.push("null");
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => arbitraryOfType(type, schema, options)));
}

function arbitraryOfType(type: string, schema: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integerFor(schema);
    case "number":
      return fc.double({
        min: schema.exclusiveMinimum ?? schema.minimum ?? -1e9,
        max: schema.exclusiveMaximum ?? schema.maximum ?? 1e9,
        minExcluded: schema.exclusiveMinimum !== undefined,
        maxExcluded: schema.exclusiveMaximum !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "string":
      return stringFor(schema);
    case "array":
      return fc.array(arbitraryFor(schema.items ?? {}, options), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? FREE_ARRAY_LENGTH, FREE_ARRAY_LENGTH)),
      });
    case "object":
      return objectFor(schema, options);
    default:
      throw new Error(`schema type ${type} is not supported by the fuzzer; teach test/fuzz/schema-arbitrary.ts`);
  }
}

function integerFor(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : (schema.minimum ?? -1_000_000);
  const max = schema.exclusiveMaximum !== undefined ? Math.ceil(schema.exclusiveMaximum) - 1 : (schema.maximum ?? 1_000_000);
  return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
}

/** Strings of the schema's format or pattern, cut to its maximum length (a cut value may fail: that is fuzzing too). */
function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, FREE_STRING_LENGTH);
  const formatted = stringOfFormat(schema);
  if (formatted) return formatted.map((value) => value.slice(0, maxLength));
  return fc
    .string({ unit: textUnit, minLength, maxLength: Math.min(maxLength, Math.max(minLength, FREE_STRING_LENGTH)) })
    .map((value) => value.slice(0, maxLength));
}

function stringOfFormat(schema: JsonSchema): fc.Arbitrary<string> | undefined {
  switch (schema.format) {
    case "date":
      return isoDate;
    case "date-time":
      return isoDateTime;
    case "uuid":
      return fc.uuid();
    case "email":
      return fc.emailAddress();
  }
  return schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)) : undefined;
}

function objectFor(schema: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  if (names.length === 0 && typeof schema.additionalProperties === "object") {
    return fc.dictionary(stringFor(schema.propertyNames ?? {}), arbitraryFor(schema.additionalProperties, options), { maxKeys: 3 });
  }
  const shape = Object.fromEntries(names.map((name) => [name, arbitraryFor(properties[name] ?? {}, options)]));
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((name) => names.includes(name)) });
}
