import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { UPLOAD_LIMITS } from "./read-upload.js";

/** Accepts multipart/form-data bodies, with the same tight limits as the upload route itself as the default. */
export async function registerUploads(app: FastifyInstance) {
  await app.register(multipart, { limits: UPLOAD_LIMITS });
}
