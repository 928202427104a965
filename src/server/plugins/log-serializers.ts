import type { FastifyRequest } from "fastify";

/**
 * What a request log line may say: method, path and route, never the query string (searches carry names and phone
 * numbers), headers (cookies) or bodies. Personal data stay out of the logs.
 */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: request.url.split("?")[0],
    route: request.routeOptions?.url,
  }),
};
