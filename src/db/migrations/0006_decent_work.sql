CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"sent_at" timestamp with time zone,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_via" text,
	"recorded_by" text,
	"grievance_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "check_ins_placementId_kind_unique" UNIQUE("placement_id","kind")
);
--> statement-breakpoint
CREATE TABLE "grievance_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"grievance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visible_to_reporter" boolean DEFAULT false NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"from_status" text,
	"to_status" text,
	"by_user_id" text,
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievance_reporters" (
	"grievance_id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"worker_id" uuid,
	"name" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"shared_with_caseworkers" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"follow_up_code_hash" text NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text NOT NULL,
	"employer_id" uuid,
	"site_id" uuid,
	"workplace_given" text DEFAULT '' NOT NULL,
	"region_code" text,
	"anonymous" boolean NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"severity" text,
	"due_at" timestamp with time zone,
	"assigned_to" text,
	"escalated_at" timestamp with time zone,
	"escalated_to" text DEFAULT '' NOT NULL,
	"outcome" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"matching_reviewed_at" timestamp with time zone,
	"matching_reviewed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "grievances_followUpCodeHash_unique" UNIQUE("follow_up_code_hash"),
	CONSTRAINT "grievances_centreId_reference_unique" UNIQUE("centre_id","reference")
);
--> statement-breakpoint
CREATE TABLE "corrective_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"finding_id" uuid,
	"description" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"employer_response" text DEFAULT '' NOT NULL,
	"responded_at" timestamp with time zone,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"finding_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"area" text NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"site_id" uuid,
	"kind" text NOT NULL,
	"follow_up_of" uuid,
	"grievance_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"scheduled_for" date NOT NULL,
	"visited_at" timestamp with time zone,
	"inspector_id" text NOT NULL,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labour_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country" text NOT NULL,
	"sector" text DEFAULT 'all' NOT NULL,
	"contract_type" text,
	"kind" text NOT NULL,
	"pay_unit" text,
	"amount_cents" integer,
	"value" real,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_vetting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"declarations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"collective_agreement" text DEFAULT '' NOT NULL,
	"declared_by" text,
	"declared_at" timestamp with time zone,
	"self_assessment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"self_assessed_at" timestamp with time zone,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "employer_vetting_employerId_unique" UNIQUE("employer_id")
);
--> statement-breakpoint
CREATE TABLE "vetting_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" text NOT NULL,
	"by_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_events" ADD CONSTRAINT "grievance_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_events" ADD CONSTRAINT "grievance_events_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_reporters" ADD CONSTRAINT "grievance_reporters_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_reporters" ADD CONSTRAINT "grievance_reporters_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_reporters" ADD CONSTRAINT "grievance_reporters_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_site_id_employer_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."employer_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_site_id_employer_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."employer_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_documents" ADD CONSTRAINT "employer_documents_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_documents" ADD CONSTRAINT "employer_documents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_vetting" ADD CONSTRAINT "employer_vetting_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_vetting" ADD CONSTRAINT "employer_vetting_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_events" ADD CONSTRAINT "vetting_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_events" ADD CONSTRAINT "vetting_events_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_centre_id_status_due_on_index" ON "check_ins" USING btree ("centre_id","status","due_on");--> statement-breakpoint
CREATE INDEX "check_ins_worker_id_index" ON "check_ins" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "check_ins_employer_id_index" ON "check_ins" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "grievance_events_grievance_id_at_index" ON "grievance_events" USING btree ("grievance_id","at");--> statement-breakpoint
CREATE INDEX "grievance_reporters_worker_id_index" ON "grievance_reporters" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "grievances_centre_id_status_created_at_index" ON "grievances" USING btree ("centre_id","status","created_at");--> statement-breakpoint
CREATE INDEX "grievances_employer_id_index" ON "grievances" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "corrective_actions_employer_id_status_index" ON "corrective_actions" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "corrective_actions_inspection_id_index" ON "corrective_actions" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_evidence_inspection_id_index" ON "inspection_evidence" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_inspection_id_index" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_centre_id_status_scheduled_for_index" ON "inspections" USING btree ("centre_id","status","scheduled_for");--> statement-breakpoint
CREATE INDEX "inspections_employer_id_index" ON "inspections" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "labour_rules_country_kind_valid_from_index" ON "labour_rules" USING btree ("country","kind","valid_from");--> statement-breakpoint
CREATE INDEX "employer_documents_employer_id_created_at_index" ON "employer_documents" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "vetting_events_employer_id_at_index" ON "vetting_events" USING btree ("employer_id","at");--> statement-breakpoint
-- Every decent-work record belongs to a centre and is read and written by centre (docs/postgresql.md).
SELECT primacenters_protect_by_centre('employer_vetting'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('vetting_events'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('employer_documents'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('grievances'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('grievance_reporters'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('grievance_events'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('inspections'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('inspection_findings'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('inspection_evidence'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('corrective_actions'::regclass);--> statement-breakpoint
SELECT primacenters_protect_by_centre('check_ins'::regclass);
