import underPressure from "@fastify/under-pressure";
import type { FastifyInstance } from "fastify";
import type { InFlightRequests } from "./in-flight-requests.js";
import { sendUnavailable } from "./unavailable.js";

export interface LoadReport {
  underPressure: boolean;
  eventLoopDelayMs: number;
  inFlight: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The load figures /api/health reports. */
    loadReport(): LoadReport;
  }
}

export interface OverloadOptions {
  /** Mean event-loop delay (ms) above which new requests are refused; 0 turns the check off. */
  maxEventLoopDelayMs: number;
  /** Requests answered at once above which new ones are refused; 0 turns the cap off. */
  maxInFlight: number;
  /** What the 503 tells the client. */
  retryAfterSeconds: number;
  /** How often the event loop is sampled (ms). */
  sampleIntervalMs: number;
}

export const DEFAULT_OVERLOAD: OverloadOptions = {
  maxEventLoopDelayMs: 1_000,
  maxInFlight: 500,
  retryAfterSeconds: 5,
  sampleIntervalMs: 1_000,
};

const MESSAGE = "The server is busy; try again shortly.";

/**
 * Overload answered early and cheaply: 503 + Retry-After in the API's error shape when the event loop lags
 * (@fastify/under-pressure) or too many requests are in flight, before any work or database access is done.
 * Every request admitted is counted in `inFlight`.
 */
export async function registerOverloadGuard(app: FastifyInstance, inFlight: InFlightRequests, options: OverloadOptions) {
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    sampleInterval: options.sampleIntervalMs,
    pressureHandler: (_request, reply) => {
      sendUnavailable(reply, options.retryAfterSeconds, MESSAGE);
    },
  });
  app.addHook("onRequest", async (_request, reply) => {
    if (options.maxInFlight > 0 && inFlight.count >= options.maxInFlight) return sendUnavailable(reply, options.retryAfterSeconds, MESSAGE);
    inFlight.admit(reply);
  });
  app.decorate("loadReport", () => {
    const delay = app.memoryUsage().eventLoopDelay;
    // Before the first sample the delay is unknown (Infinity): reported as 0.
    return {
      underPressure: app.isUnderPressure(),
      eventLoopDelayMs: Number.isFinite(delay) ? Math.round(delay) : 0,
      inFlight: inFlight.count,
    };
  });
}
