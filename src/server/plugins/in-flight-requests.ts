import type { FastifyReply } from "fastify";

/** The requests the server has admitted and not yet answered; shutdown waits for them, the overload guard caps them. */
export class InFlightRequests {
  #count = 0;
  #waiters: (() => void)[] = [];

  get count(): number {
    return this.#count;
  }

  /** Counts the request until its response is finished or its connection is gone. */
  admit(reply: FastifyReply): void {
    this.#count += 1;
    reply.raw.once("close", () => {
      this.#count -= 1;
      if (this.#count === 0) for (const resolve of this.#waiters.splice(0)) resolve();
    });
  }

  /** Resolves once no admitted request is left. */
  idle(): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
