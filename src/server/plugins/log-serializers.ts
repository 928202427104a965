import type { FastifyRequest } from "fastify";

/**
 * What a request log line may say: method, path and route, never the query string (searches carry names and phone
 * numbers), headers (cookies) or bodies. Personal data stay out of the logs.
 */
/** Routes whose path is a secret (signed download links): logged by their pattern, never by their URL. */
const SECRET_PATHS = new Set(["/api/files/:token"]);

export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: SECRET_PATHS.has(request.routeOptions?.url ?? "") ? request.routeOptions.url : request.url.split("?")[0],
    route: request.routeOptions?.url,
  }),
};
