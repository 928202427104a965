import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  followUpInput,
  grievanceReported,
  publicCentre,
  publicReportInput,
  reporterMessageInput,
  reporterView,
  workerReportInput,
} from "../../core/grievances/grievance-report-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import { phoneNumber } from "../../core/shared/primitives.js";
import { listPublicCentres } from "../../db/repositories/grievance-report-repository.js";
import { followGrievance, sendReporterMessage } from "../grievances/follow-grievance.js";
import { reportGrievance, reportGrievanceAsWorker } from "../grievances/report-grievance.js";
import { createReportLimiter } from "../grievances/report-rate-limit.js";
import { checkSmsSignature, handleInboundSms, smsInboundSecret } from "../grievances/sms-inbound.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { outboxMessageSender } from "../outbox/message-sender.js";
import type { RouteContext } from "./api-routes.js";
import { apiError, errorResponses, requireActor } from "./route-helpers.js";

const tags = ["grievance reports"];
/** A report is text typed on a phone: a few kilobytes at most. */
const SMALL_BODY = 16_384;
const limitedResponses = { ...errorResponses, 429: apiError };

declare module "fastify" {
  interface FastifyRequest {
    /** The body as received, for routes that check a signature over it. */
    rawBody?: string;
  }
}

/**
 * Reporting a grievance without an account (web page, SMS) and following it with the follow-up code; a worker's
 * signed report from the portal. Public routes are rate-limited and answer nothing but what the reporter needs:
 * never who reported, staff names or internal notes (docs/decent-work.md).
 */
export async function grievancePublicRoutes(base: FastifyInstance, { db, demo, authSecret }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const countAttempt = createReportLimiter(db, authSecret);

  app.get(
    "/api/grievance-reports/centres",
    {
      config: { action: "public" },
      schema: {
        tags,
        summary: "The centres anyone may report to: name, country and region only",
        response: { 200: z.array(publicCentre), ...errorResponses },
      },
    },
    async () => listPublicCentres(db),
  );

  app.post(
    "/api/grievance-reports",
    {
      config: { action: "public" },
      bodyLimit: SMALL_BODY,
      schema: {
        tags,
        summary: "Report a grievance without an account, anonymous or signed; answers the follow-up code once",
        body: publicReportInput,
        response: { 201: grievanceReported, ...limitedResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      await countAttempt("report", request.ip, reply);
      return withIdempotency(request, reply, db, 201, (tx) => reportGrievance(tx, request.body, new Date()));
    },
  );

  app.post(
    "/api/grievance-reports/follow",
    {
      config: { action: "public" },
      bodyLimit: SMALL_BODY,
      schema: {
        tags,
        summary: "Follow a case with its follow-up code: status and the messages with the centre",
        body: followUpInput,
        response: { 200: reporterView, ...limitedResponses },
      },
    },
    async (request, reply) => {
      const attempt = await countAttempt("follow", request.ip, reply);
      const view = await followGrievance(db, request.body.code);
      await attempt.giveBack();
      return view;
    },
  );

  app.post(
    "/api/grievance-reports/messages",
    {
      config: { action: "public" },
      bodyLimit: SMALL_BODY,
      schema: {
        tags,
        summary: "Write to the centre about a case, with its follow-up code",
        body: reporterMessageInput,
        response: { 201: reporterView, ...limitedResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      await countAttempt("message", request.ip, reply);
      const attempt = await countAttempt("follow", request.ip, reply);
      const view = await withIdempotency(request, reply, db, 201, (tx) =>
        sendReporterMessage(tx, request.body.code, request.body.body, new Date()),
      );
      await attempt.giveBack();
      return view;
    },
  );

  app.post(
    "/api/me/grievances",
    {
      config: { action: "grievance.report" },
      bodyLimit: SMALL_BODY,
      schema: {
        tags,
        summary: "A worker reports a grievance from the portal, signed; answers the follow-up code once",
        body: workerReportInput,
        response: { 201: grievanceReported, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => reportGrievanceAsWorker(tx, actor, request.body, new Date()));
    },
  );

  // The SMS gateway's webhook, in a scope of its own that keeps the raw body for the signature.
  await app.register(async (scope) => {
    const sms = scope.withTypeProvider<ZodTypeProvider>();
    const messages = outboxMessageSender(db, { demo, log: sms.log });
    sms.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
      request.rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new DomainError("validation_failed", "The body is not valid JSON."), undefined);
      }
    });
    sms.post(
      "/api/sms/inbound",
      {
        config: { action: "public" },
        bodyLimit: SMALL_BODY,
        schema: {
          tags,
          summary: "A text to the SMS number, forwarded and signed by the gateway (404 unless SMS_INBOUND_SECRET is set)",
          body: z.strictObject({ from: phoneNumber, text: z.string().max(1600, { message: "errors.tooLong" }) }),
          response: { 200: z.object({ handled: z.enum(["report", "follow", "help"]) }), ...limitedResponses },
        },
        // Before the body is validated, so that an unsigned text learns nothing. Without the setting the route does not
        // exist: the handler answers 404 (after the strict body check every route makes).
        preValidation: async (request) => {
          const secret = smsInboundSecret();
          if (!secret) return;
          const signature = { timestamp: request.headers["x-sms-timestamp"], signature: request.headers["x-sms-signature"] };
          checkSmsSignature(secret, signature, request.rawBody ?? "", new Date());
        },
      },
      async (request, reply) => {
        if (!smsInboundSecret()) throw new DomainError("not_found", "No route POST /api/sms/inbound");
        const now = new Date();
        await countAttempt("sms", request.body.from, reply, now);
        return { handled: await handleInboundSms(db, request.body, messages, now) };
      },
    );
  });
}
