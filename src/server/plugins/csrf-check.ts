import type { FastifyInstance } from "fastify";
import { errorBody } from "./error-handler.js";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Sec-Fetch-Site values of a request the product's own pages made (or the user typed). */
const OWN_SITE = new Set(["same-origin", "none"]);

/**
 * Refuses a cross-site request that would change something (OWASP CSRF cheat sheet: verifying the origin with
 * standard headers, together with SameSite cookies). A browser always names the page's origin (Origin) and, in
 * current browsers, how it relates to the server (Sec-Fetch-Site) on such a request; both must say "this site".
 * A client that sends neither is not a browser (scripts, the CLI, tests) and carries no ambient cookies from one.
 * Covers sign-in too, so nobody can be signed in to an attacker's account behind their back.
 */
export function registerCsrfCheck(app: FastifyInstance, publicUrl: string) {
  const ownOrigin = new URL(publicUrl).origin;
  app.addHook("onRequest", async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    const originOk = origin === undefined || origin === ownOrigin;
    const siteOk = site === undefined || OWN_SITE.has(site);
    if (originOk && siteOk) return;
    return reply.status(403).send(errorBody("forbidden", "A request from another site was refused."));
  });
}
