CREATE TABLE "sign_in_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "two_factors" ADD COLUMN "last_used_time_step" integer;--> statement-breakpoint
CREATE INDEX "sign_in_limits_reset_at_index" ON "sign_in_limits" USING btree ("reset_at");