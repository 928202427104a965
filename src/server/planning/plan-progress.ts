import type { PLAN_STAGES } from "../../core/planning/plan-schemas.js";
import type { Database } from "../../db/database.js";
import { setPlanProgress } from "../../db/repositories/season-plan-repository.js";

export type PlanStage = (typeof PLAN_STAGES)[number];

/** Where each stage starts and ends on the plan's progress bar, roughly as long as each takes. */
const STAGE_SPANS: Record<PlanStage, readonly [number, number]> = {
  loading: [0, 0.05],
  scoring: [0.05, 0.6],
  allocating: [0.6, 0.8],
  chaining: [0.8, 0.95],
  reporting: [0.95, 1],
};

/** A stage's progress is written at most this often (and whenever the stage changes). */
const WRITE_EVERY_MS = 250;

/**
 * The run's stage and progress on the plan row, for the progress bar. The solvers report synchronously through
 * `note`; the row is written at the run's next pause (`save`), never more often than every quarter second.
 */
export class PlanProgress {
  private stage: PlanStage = "loading";
  private fraction = 0;
  private savedStage: PlanStage | null = null;
  private savedAt = 0;

  constructor(
    private readonly db: Database,
    private readonly planId: string,
  ) {}

  note(stage: PlanStage, fraction: number): void {
    this.stage = stage;
    this.fraction = Math.min(1, Math.max(0, fraction));
  }

  /** Notes and writes at once (when due). */
  async at(stage: PlanStage, fraction: number): Promise<void> {
    this.note(stage, fraction);
    await this.save();
  }

  async save(): Promise<void> {
    const now = performance.now();
    if (this.savedStage === this.stage && now - this.savedAt < WRITE_EVERY_MS) return;
    const [from, to] = STAGE_SPANS[this.stage];
    await setPlanProgress(this.db, this.planId, this.stage, from + (to - from) * this.fraction);
    this.savedStage = this.stage;
    this.savedAt = now;
  }
}
