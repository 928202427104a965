import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./error-handler.js";

/** Serves the built web app; any path that is not a file or the API gets index.html (client-side routes). */
export async function registerWebApp(app: FastifyInstance, webRoot: string) {
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, maxAge: "1h", immutable: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return reply.status(404).send(errorBody("not_found", `No route ${request.method} ${request.url.split("?")[0]}`));
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
