import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../../db/database.js";
import { SYSTEM_SCOPE, withDatabaseScope } from "../../db/database-scope.js";
import {
  claimNextQueuedPlan,
  failPlan,
  failUnfinishedPlans,
  type SeasonPlanRow,
  storePlanResults,
} from "../../db/repositories/season-plan-repository.js";
import { todayIso } from "../clock.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { PlanProgress } from "./plan-progress.js";
import { PlanInterrupted, runSeasonPlan } from "./run-season-plan.js";

/** The translation keys a failed plan carries (never a stack trace: the log has the details). */
export const PLAN_ERRORS = {
  /** The server stopped (or crashed) while the plan was queued or running. */
  interrupted: "planning.errors.interrupted",
  runFailed: "planning.errors.runFailed",
} as const;

/**
 * Runs season plans in the background of this process, one at a time, oldest first; the others wait queued. Plans
 * are claimed from the database, so a plan queued by any request (or left queued) is found, and two processes never
 * run the same one. Work runs under the system's database scope, never a request's: the plan says which centres.
 */
export class PlanRunner {
  private draining: Promise<void> | null = null;
  private wokenWhileDraining = false;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly knowledge: ReferenceKnowledge,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * At start-up: plans a stopped process left queued or running can never finish, so they are marked failed
   * (interrupted) and the coordinator runs them again. With several server processes on one database, one starting
   * also fails the plans another is running, so plans are meant to run on one process.
   */
  async start(): Promise<void> {
    const interrupted = await withDatabaseScope(SYSTEM_SCOPE, () => failUnfinishedPlans(this.db, PLAN_ERRORS.interrupted));
    if (interrupted > 0) this.log.warn({ plans: interrupted }, "season plans interrupted by a restart marked failed");
  }

  /** A plan was queued: run it (and any other waiting) unless a run is already under way, which will find it. */
  wake(): void {
    if (this.stopping) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = withDatabaseScope(SYSTEM_SCOPE, () => this.drain()).finally(() => {
      this.draining = null;
    });
  }

  /** Stops after the current slice of work; the plan under way is marked interrupted. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.draining;
  }

  private async drain(): Promise<void> {
    do {
      this.wokenWhileDraining = false;
      for (let plan = await this.claim(); plan && !this.stopping; plan = await this.claim()) await this.run(plan);
    } while (this.wokenWhileDraining && !this.stopping);
  }

  private async claim(): Promise<SeasonPlanRow | null> {
    try {
      return await claimNextQueuedPlan(this.db);
    } catch (error) {
      this.log.error({ err: error }, "claiming a queued season plan failed");
      return null;
    }
  }

  private async run(plan: SeasonPlanRow): Promise<void> {
    try {
      const results = await runSeasonPlan(this.db, this.knowledge, plan, {
        today: todayIso(),
        progress: new PlanProgress(this.db, plan.id),
        stopping: () => this.stopping,
      });
      await this.db.transaction((tx) => storePlanResults(tx, plan.id, results));
    } catch (error) {
      const interrupted = error instanceof PlanInterrupted;
      if (!interrupted) this.log.error({ err: error, planId: plan.id }, "season plan failed");
      await failPlan(this.db, plan.id, interrupted ? PLAN_ERRORS.interrupted : PLAN_ERRORS.runFailed).catch((failure: unknown) =>
        this.log.error({ err: failure, planId: plan.id }, "marking a season plan failed did not work"),
      );
    }
  }
}
