import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { setAccountDisabled } from "../auth/set-account-disabled.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor } from "./route-helpers.js";

const accountState = z.object({ id: z.string(), disabled: z.boolean() });

export async function userAccountRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.put(
    "/api/users/:id/disabled",
    {
      config: { action: "user.disable" },
      schema: {
        tags: ["account"],
        summary: "Disable a sign-in (ending all its sessions at once) or enable it again",
        params: idParams,
        body: z.strictObject({ disabled: z.boolean() }),
        response: { 200: accountState, ...errorResponses },
      },
    },
    async (request) => setAccountDisabled(db, requireActor(request), request.params.id, request.body.disabled),
  );
}
