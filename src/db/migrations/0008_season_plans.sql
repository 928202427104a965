CREATE TABLE "season_plan_assignments" (
	"plan_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"decision" text DEFAULT 'proposed' NOT NULL,
	"referral_id" uuid,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "season_plan_assignments_plan_id_worker_id_pk" PRIMARY KEY("plan_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "season_plan_chains" (
	"plan_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"jobs" jsonb NOT NULL,
	"employed_days" integer NOT NULL,
	"idle_days" integer NOT NULL,
	"travel_km" double precision NOT NULL,
	CONSTRAINT "season_plan_chains_plan_id_worker_id_pk" PRIMARY KEY("plan_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "season_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"centre_ids" uuid[] NOT NULL,
	"season_start" date NOT NULL,
	"season_end" date NOT NULL,
	"min_score" integer NOT NULL,
	"chaining" boolean NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"stage" text,
	"progress" double precision DEFAULT 0 NOT NULL,
	"totals" jsonb,
	"fairness" jsonb,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "season_plan_assignments" ADD CONSTRAINT "season_plan_assignments_plan_id_season_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."season_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_assignments" ADD CONSTRAINT "season_plan_assignments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_assignments" ADD CONSTRAINT "season_plan_assignments_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_assignments" ADD CONSTRAINT "season_plan_assignments_offer_id_job_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."job_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_assignments" ADD CONSTRAINT "season_plan_assignments_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_chains" ADD CONSTRAINT "season_plan_chains_plan_id_season_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."season_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_chains" ADD CONSTRAINT "season_plan_chains_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plan_chains" ADD CONSTRAINT "season_plan_chains_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_plans" ADD CONSTRAINT "season_plans_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "season_plan_assignments_plan_id_decision_score_index" ON "season_plan_assignments" USING btree ("plan_id","decision","score");--> statement-breakpoint
CREATE INDEX "season_plan_assignments_worker_id_index" ON "season_plan_assignments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "season_plan_chains_worker_id_index" ON "season_plan_chains" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "season_plans_centre_id_created_at_index" ON "season_plans" USING btree ("centre_id","created_at");--> statement-breakpoint
CREATE INDEX "season_plans_status_index" ON "season_plans" USING btree ("status");--> statement-breakpoint
-- Season plans and what they propose belong to centres and are read and written by centre (docs/postgresql.md).
SELECT primacenters_protect_by_centre('season_plans'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('season_plan_assignments'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('season_plan_chains'::regclass);
