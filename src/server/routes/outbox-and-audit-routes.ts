import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { DomainError } from "../../core/shared/api-error.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { listAuditEntries } from "../../db/repositories/audit-repository.js";
import { listOutboxMessages } from "../../db/repositories/outbox-repository.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor, requireListFilter } from "./route-helpers.js";

const outboxMessage = z.object({
  id: z.string(),
  channel: z.string(),
  recipient: z.string(),
  purpose: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  centreId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  outcome: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export async function outboxAndAuditRoutes(base: FastifyInstance, { db, demo }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/outbox",
    {
      config: { action: "outbox.read" },
      schema: {
        tags: ["messages"],
        summary: "Messages sent to people (the local SMS/e-mail provider's outbox)",
        querystring: pageQuery,
        response: { 200: pageOf(outboxMessage), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // Outside demo mode a real gateway delivers messages; their text (one-time codes) is not for staff eyes.
      if (!demo && actor.role !== "admin") throw new DomainError("forbidden", "The outbox is readable by staff only in demo mode.");
      return listOutboxMessages(db, requireListFilter(listFilterFor(actor, "outbox.read")), request.query);
    },
  );

  app.get(
    "/api/audit",
    {
      config: { action: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "Who did what to which record",
        querystring: pageQuery.extend({
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(60).optional(),
          outcome: z.enum(["allowed", "denied"]).optional(),
        }),
        response: { 200: pageOf(auditEntry), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filters } = request.query;
      return listAuditEntries(db, requireListFilter(listFilterFor(actor, "audit.read")), filters, { page, pageSize });
    },
  );
}
