import type { FastifyReply } from "fastify";
import { errorBody } from "./error-handler.js";

/** 503 in the API's error shape, with the seconds after which a retry should succeed. */
export function sendUnavailable(reply: FastifyReply, retryAfterSeconds: number, message: string, closeConnection = false) {
  reply.status(503).header("retry-after", String(retryAfterSeconds));
  if (closeConnection) reply.header("connection", "close");
  return reply.send(errorBody("unavailable", message));
}
