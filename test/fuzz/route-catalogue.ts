// Every /api route as the OpenAPI document describes it, so a route added tomorrow is fuzzed without a test change.
import type { JsonSchema } from "./schema-arbitrary.js";

export interface RouteParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonSchema;
}

export interface FuzzRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path, e.g. /api/workers/{id}. */
  path: string;
  pathParameters: RouteParameter[];
  queryParameters: RouteParameter[];
  /** The JSON body schema, when the route takes a JSON body. */
  jsonBody?: JsonSchema;
  /** Media types of a body that is not JSON (a multipart upload); the fuzzer then sends JSON and expects a refusal. */
  otherBodyTypes: string[];
  /** Documented answers: status → schema of the JSON body, null for an answer without a body, or NOT_JSON (a file). */
  responses: Map<number, JsonSchema | null | typeof NOT_JSON>;
}

/** An answer documented with a media type other than JSON, such as a downloaded file. */
export const NOT_JSON = "not json";

interface OpenApiOperation {
  parameters?: RouteParameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export function routesOf(document: OpenApiDocument): FuzzRoute[] {
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith("/api/"))
    .flatMap(([path, operations]) =>
      METHODS.flatMap((method) => {
        const operation = operations[method];
        return operation ? [routeOf(path, method, operation)] : [];
      }),
    );
}

function routeOf(path: string, method: (typeof METHODS)[number], operation: OpenApiOperation): FuzzRoute {
  const parameters = operation.parameters ?? [];
  const content = operation.requestBody?.content ?? {};
  const responses: FuzzRoute["responses"] = new Map();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const types = Object.keys(response.content ?? {});
    const json = response.content?.["application/json"]?.schema;
    responses.set(Number(status), json ?? (types.length > 0 ? NOT_JSON : null));
  }
  return {
    method: method.toUpperCase() as FuzzRoute["method"],
    path,
    pathParameters: parameters.filter((p) => p.in === "path"),
    queryParameters: parameters.filter((p) => p.in === "query"),
    jsonBody: content["application/json"]?.schema,
    otherBodyTypes: Object.keys(content).filter((type) => type !== "application/json"),
    responses,
  };
}

export function isUnsafe(route: FuzzRoute): boolean {
  return route.method !== "GET";
}
