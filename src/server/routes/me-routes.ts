import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ROLES } from "../../core/access/roles.js";
import { UI_LANGUAGES } from "../../core/reference/codes.js";
import { users } from "../../db/schema/auth.js";
import { centres } from "../../db/schema/centres.js";
import { recordAudit } from "../audit/record-audit.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor } from "./route-helpers.js";

const me = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  centreId: z.string().nullable(),
  centreName: z.string().nullable(),
  workerId: z.string().nullable(),
  employerId: z.string().nullable(),
  locale: z.string(),
  twoFactorEnabled: z.boolean(),
});

export async function meRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/me",
    {
      config: { action: "signed-in" },
      schema: { tags: ["account"], summary: "Who is signed in", response: { 200: me, ...errorResponses } },
    },
    async (request) => {
      const actor = requireActor(request);
      const [row] = await db
        .select({ user: users, centreName: centres.name })
        .from(users)
        .leftJoin(centres, eq(centres.id, users.centreId))
        .where(eq(users.id, actor.userId));
      if (!row) throw new Error("signed-in user not found");
      const { user } = row;
      return {
        id: user.id,
        name: user.name,
        email: user.email.endsWith(".invalid") ? null : user.email,
        role: actor.role,
        centreId: user.centreId,
        centreName: row.centreName,
        workerId: user.workerId,
        employerId: user.employerId,
        locale: user.locale,
        twoFactorEnabled: user.twoFactorEnabled ?? false,
      };
    },
  );

  app.put(
    "/api/me/locale",
    {
      config: { action: "signed-in" },
      schema: {
        tags: ["account"],
        summary: "Remember the interface language",
        body: z.strictObject({ locale: z.enum(UI_LANGUAGES) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ locale: request.body.locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
        await recordAudit(tx, {
          actor,
          action: "account.locale",
          entityType: "user",
          entityId: actor.userId,
          centreId: actor.centreId,
          outcome: "allowed",
          details: { locale: request.body.locale },
        });
      });
      return reply.status(204).send(null);
    },
  );
}
