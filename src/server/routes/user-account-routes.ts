import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { userAccount, userAccountListQuery } from "../../core/accounts/account-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { listUserAccounts } from "../../db/repositories/user-account-repository.js";
import { setAccountDisabled } from "../auth/set-account-disabled.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const accountState = z.object({ id: z.string(), disabled: z.boolean() });

export async function userAccountRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/users",
    {
      config: { action: "user.list" },
      schema: {
        tags: ["account"],
        summary: "The sign-in accounts of the centre (every centre for an administrator), workers' aside, by name",
        querystring: userAccountListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(userAccount), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const filter = requireListFilter(listFilterFor(requireActor(request), "user.list"));
      return listUserAccounts(db, filter, query, { page, pageSize });
    },
  );

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
