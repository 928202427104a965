import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the route schemas, at /api/openapi.json, and a readable reference at /api/docs. */
export async function registerApiDocs(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) route.config = { ...route.config, action: "public" };
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Primacenters API",
        version: "0.1.0",
        description:
          "API of a Primacenter: workers, employers, job offers, matching and referrals. Sign in through /api/auth; errors have the shape { error: { code, message, details } }.",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "primacenters.session_token" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { config: { action: "public" }, schema: { hide: true } }, async () => app.swagger());
}
