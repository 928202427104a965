import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseConnection } from "../db/database.js";
import { collectRouteActions } from "./access/route-actions.js";
import { registerUploads } from "./attachments/register-uploads.js";
import { createAuth } from "./auth/create-auth.js";
import { registerCheckInSweep } from "./check-ins/sweep-check-ins.js";
import { registerIdempotencyKeyExpiry } from "./idempotency/expire-idempotency-keys.js";
import { MatchIndexService, registerMatchingChangeExpiry } from "./matching/match-index-service.js";
import type { ReferenceKnowledge } from "./matching/reference-knowledge.js";
import { shippedReferenceKnowledge } from "./matching/shipped-reference-knowledge.js";
import { outboxMessageSender } from "./outbox/message-sender.js";
import { registerAccessCheck } from "./plugins/access-check.js";
import { registerApiDocs } from "./plugins/api-docs.js";
import { registerAuthentication } from "./plugins/authentication.js";
import { registerCsrfCheck } from "./plugins/csrf-check.js";
import { registerDatabaseScope } from "./plugins/database-scope.js";
import { registerErrorHandler, sendFrameworkError, sendRouteNotFound } from "./plugins/error-handler.js";
import { InFlightRequests } from "./plugins/in-flight-requests.js";
import { logSerializers } from "./plugins/log-serializers.js";
import { DEFAULT_OVERLOAD, type OverloadOptions, registerOverloadGuard } from "./plugins/overload.js";
import { registerSecurityHeaders } from "./plugins/security-headers.js";
import { registerShutdown } from "./plugins/shutdown.js";
import { createSignInLimiter } from "./plugins/sign-in-rate-limit.js";
import { registerTextInputCheck } from "./plugins/text-input-check.js";
import { registerWebApp } from "./plugins/web-app.js";
import { registerApiRoutes } from "./routes/api-routes.js";

export interface AppOptions {
  connection: DatabaseConnection;
  publicUrl: string;
  authSecret: string;
  demo: boolean;
  /** Built web app to serve at /; omitted in API tests. */
  webRoot?: string;
  logLevel?: string;
  /** Where log lines go (standard output unless given); tests read them to prove they hold no personal data. */
  logStream?: { write(line: string): void };
  /** Sign-in rate limits; tests that sign in many times switch them off. */
  rateLimit?: boolean;
  /** Proxies allowed to name the client in X-Forwarded-For (config TRUST_PROXY); none unless given. */
  trustProxy?: string[] | false;
  /** ESCO and NUTS knowledge for matching; the shipped reference data unless a test gives its own. */
  knowledge?: ReferenceKnowledge;
  /** When to answer 503 because the server is too busy (config MAX_EVENT_LOOP_DELAY_MS, MAX_IN_FLIGHT). */
  overload?: Partial<OverloadOptions>;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? "info", serializers: logSerializers, ...(options.logStream ? { stream: options.logStream } : {}) },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_000_000,
    frameworkErrors: sendFrameworkError,
    // Requests that arrive while the server drains get our own 503 (plugins/shutdown.ts), not Fastify's.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Before any route, so that every /api route is listed with its access action (test/access enumerates them).
  collectRouteActions(app);

  const { db, kind } = options.connection;
  const messages = outboxMessageSender(db, { demo: options.demo, log: app.log });
  const auth = createAuth(db, { publicUrl: options.publicUrl, secret: options.authSecret }, messages);
  const limiter = (options.rateLimit ?? true) ? createSignInLimiter(db, options.authSecret) : null;

  registerErrorHandler(app, db);
  await registerSecurityHeaders(app);
  const inFlight = new InFlightRequests();
  registerShutdown(app, inFlight);
  await registerOverloadGuard(app, inFlight, { ...DEFAULT_OVERLOAD, ...options.overload });
  registerIdempotencyKeyExpiry(app, db);
  registerCheckInSweep(app, db, messages, options.publicUrl);
  registerCsrfCheck(app, options.publicUrl);
  await registerApiDocs(app);
  await registerUploads(app);
  registerAuthentication(app, { auth, db, limiter });
  registerDatabaseScope(app, options.connection);
  registerAccessCheck(app, db);
  registerTextInputCheck(app);
  const knowledge = options.knowledge ?? shippedReferenceKnowledge();
  registerMatchingChangeExpiry(app, db);
  await registerApiRoutes(app, {
    db,
    databaseKind: kind,
    demo: options.demo,
    knowledge,
    matchIndex: new MatchIndexService(db, knowledge),
    authSecret: options.authSecret,
  });
  if (options.webRoot && existsSync(options.webRoot)) await registerWebApp(app, options.webRoot);
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}
