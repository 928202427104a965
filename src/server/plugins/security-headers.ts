import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** Two years, sub-domains included: once a browser has seen the product over HTTPS it never falls back to HTTP. */
const HSTS_SECONDS = 2 * 365 * 24 * 60 * 60;

/**
 * Security headers on every response: API answers (errors and sign-in included), the web app's files and the 404.
 * helmet sets them as the request arrives (onRequest), so an error raised later keeps them; personal data is never
 * cached, whatever the status.
 */
export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into style tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: HSTS_SECONDS, includeSubDomains: true },
    referrerPolicy: { policy: "no-referrer" },
    xContentTypeOptions: true,
    xFrameOptions: { action: "deny" },
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
}
