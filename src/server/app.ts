import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseConnection } from "../db/database.js";
import { createAuth } from "./auth/create-auth.js";
import type { ReferenceKnowledge } from "./matching/reference-knowledge.js";
import { shippedReferenceKnowledge } from "./matching/shipped-reference-knowledge.js";
import { outboxMessageSender } from "./outbox/message-sender.js";
import { registerAccessCheck } from "./plugins/access-check.js";
import { registerApiDocs } from "./plugins/api-docs.js";
import { registerAuthentication } from "./plugins/authentication.js";
import { registerErrorHandler, sendRouteNotFound } from "./plugins/error-handler.js";
import { logSerializers } from "./plugins/log-serializers.js";
import { registerSecurityHeaders } from "./plugins/security-headers.js";
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
  /** ESCO and NUTS knowledge for matching; the shipped reference data unless a test gives its own. */
  knowledge?: ReferenceKnowledge;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? "info", serializers: logSerializers, ...(options.logStream ? { stream: options.logStream } : {}) },
    trustProxy: false,
    bodyLimit: 1_000_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const { db, kind } = options.connection;
  const messages = outboxMessageSender(db, { demo: options.demo, log: app.log });
  const auth = createAuth(
    db,
    {
      publicUrl: options.publicUrl,
      secret: options.authSecret,
      secureCookies: options.publicUrl.startsWith("https://"),
      rateLimit: options.rateLimit ?? true,
    },
    messages,
  );

  registerErrorHandler(app, db);
  await registerSecurityHeaders(app);
  await registerApiDocs(app);
  registerAuthentication(app, auth);
  registerAccessCheck(app, db);
  await registerApiRoutes(app, { db, databaseKind: kind, demo: options.demo, knowledge: options.knowledge ?? shippedReferenceKnowledge() });
  if (options.webRoot && existsSync(options.webRoot)) await registerWebApp(app, options.webRoot);
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}
