import type { FastifyInstance } from "fastify";
import type { InFlightRequests } from "./in-flight-requests.js";
import { sendUnavailable } from "./unavailable.js";

export interface ShutdownOptions {
  /** Longest wait for the requests in flight before connections are cut, in milliseconds. */
  deadlineMs: number;
  /** What the 503 of a request that arrives meanwhile tells the client (a load balancer retries elsewhere). */
  retryAfterSeconds: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /**
     * Drains, then closes the server: requests already admitted finish while new ones get 503 + Retry-After in the
     * API's error shape (and `Connection: close`); then the server closes (idle keep-alive connections included).
     * Past the deadline the remaining connections are cut. Resolves true when everything finished in time.
     */
    drainAndClose(options?: Partial<ShutdownOptions>): Promise<boolean>;
  }
}

export const DEFAULT_SHUTDOWN: ShutdownOptions = { deadlineMs: 25_000, retryAfterSeconds: 5 };

/**
 * Graceful shutdown. Registered before the routes, with Fastify's own `return503OnClosing` switched off: this hook
 * answers in our error shape instead, from the moment draining starts (the server still listens meanwhile, so a
 * request on a new connection gets the 503 rather than a refused connection).
 */
export function registerShutdown(app: FastifyInstance, inFlight: InFlightRequests) {
  let draining: ShutdownOptions | null = null;
  app.addHook("onRequest", async (_request, reply) => {
    if (draining) return sendUnavailable(reply, draining.retryAfterSeconds, "The server is restarting; try again shortly.", true);
  });
  app.decorate("drainAndClose", async (options: Partial<ShutdownOptions> = {}) => {
    draining = { ...DEFAULT_SHUTDOWN, ...options };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), draining?.deadlineMs);
    });
    const drained = await Promise.race([inFlight.idle().then(() => true as const), deadline]);
    if (!drained) app.server.closeAllConnections();
    const closed = await Promise.race([app.close().then(() => true as const), deadline]);
    clearTimeout(timer);
    if (!closed) app.server.closeAllConnections();
    return drained && closed;
  });
}
