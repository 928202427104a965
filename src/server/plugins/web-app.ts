import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendRouteNotFound } from "./error-handler.js";

/**
 * Serves the built web app; any path that is not a file or the API gets index.html (client-side routes). Each file
 * of the build gets its own route when the server starts (no wildcard), so a client-side route or a missing file
 * goes straight to index.html or a 404, rather than through a failed file read first, which left a second set of
 * listeners on the response. A build made while the server runs is served after a restart.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string) {
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, maxAge: "1h" });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") return sendRouteNotFound(request, reply);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
