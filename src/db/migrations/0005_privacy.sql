CREATE TABLE "erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"by_role" text,
	"erased_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "erasures_subject_type_subject_id_index" ON "erasures" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "erasures_centre_id_erased_at_index" ON "erasures" USING btree ("centre_id","erased_at");--> statement-breakpoint
-- The erasure list is read and written by centre like the records it names (docs/postgresql.md).
SELECT primacenters_protect_by_centre('erasures'::regclass);
