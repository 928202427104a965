import type { FastifyInstance } from "fastify";

/**
 * Runs `sweep` every `everyMs` in the background while the app is open. It never keeps the process alive, and a
 * failure is logged (with the sweep's name, never its data) and tried again next time.
 */
export function registerBackgroundSweep(app: FastifyInstance, name: string, everyMs: number, sweep: () => Promise<unknown>) {
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => app.log.error({ err: error }, `${name} failed`));
  }, everyMs);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}
