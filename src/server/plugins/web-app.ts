import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendRouteNotFound } from "./error-handler.js";

/** Serves the built web app; any path that is not a file or the API gets index.html (client-side routes). */
export async function registerWebApp(app: FastifyInstance, webRoot: string) {
  await app.register(fastifyStatic, { root: webRoot, wildcard: true, maxAge: "1h" });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") return sendRouteNotFound(request, reply);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
