import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  eraseInput,
  erasureResult,
  recordOfProcessingResponse,
  retentionApplyInput,
  retentionApplyResult,
  retentionReport,
  workerExport,
} from "../../core/privacy/privacy-schemas.js";
import { eraseWorker } from "../privacy/erase-worker.js";
import { exportWorker } from "../privacy/export-worker.js";
import { readRecordOfProcessing } from "../privacy/record-of-processing.js";
import { applyRetention, readRetentionSchedule } from "../privacy/retention-schedule.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor } from "./route-helpers.js";

const tags = ["privacy"];

/** GDPR: the record of processing, the retention schedule, a person's export and erasure (docs/privacy.md). */
export async function privacyRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/privacy/record-of-processing",
    {
      config: { action: "privacy.read" },
      schema: {
        tags,
        summary: "The record of processing activities (GDPR art. 30), generated from the data classification",
        response: { 200: recordOfProcessingResponse, ...errorResponses },
      },
    },
    async (request) => readRecordOfProcessing(db, requireActor(request)),
  );

  app.get(
    "/api/privacy/retention",
    {
      config: { action: "privacy.read" },
      schema: {
        tags,
        summary: "Retention period of each data category and how many records are past it",
        response: { 200: retentionReport, ...errorResponses },
      },
    },
    async (request) => readRetentionSchedule(db, requireActor(request)),
  );

  app.post(
    "/api/privacy/retention/apply",
    {
      config: { action: "retention.apply" },
      schema: {
        tags,
        summary: "Erase what is past its retention period; `dryRun: true` only counts",
        body: retentionApplyInput,
        response: { 200: retentionApplyResult, ...errorResponses },
      },
    },
    async (request) => applyRetention(db, requireActor(request), request.body.dryRun),
  );

  app.get(
    "/api/workers/:id/export",
    {
      config: { action: "worker.export" },
      schema: {
        tags,
        summary: "Everything held about a worker (GDPR art. 15 and 20), staff by role only; the export is audited",
        params: idParams,
        response: { 200: workerExport, ...errorResponses },
      },
    },
    async (request) => exportWorker(db, requireActor(request), request.params.id),
  );

  app.post(
    "/api/workers/:id/erase",
    {
      config: { action: "worker.erase" },
      schema: {
        tags,
        summary: "Erase a worker's personal data (GDPR art. 17); confirm with their full name or file reference",
        params: idParams,
        body: eraseInput,
        response: { 200: erasureResult, ...errorResponses },
      },
    },
    async (request) => eraseWorker(db, requireActor(request), request.params.id, request.body),
  );
}
