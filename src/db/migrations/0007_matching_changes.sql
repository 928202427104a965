CREATE TABLE "matching_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "matching_changes_changed_at_index" ON "matching_changes" USING btree ("changed_at");--> statement-breakpoint
-- Every write to what matching reads notes the worker or offer it changes, in the same transaction
-- (src/server/matching/match-index-feed.ts reads the notes). Arguments: the entity, the column holding its id, and
-- optionally a column and the value it must have (erasures of workers only).
CREATE FUNCTION note_matching_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
  IF TG_NARGS > 2 AND (changed ->> TG_ARGV[2]) IS DISTINCT FROM TG_ARGV[3] THEN RETURN NULL; END IF;
  INSERT INTO matching_changes (entity, entity_id) VALUES (TG_ARGV[0], (changed ->> TG_ARGV[1])::uuid);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An employer's sector or a site's place changes every offer made there.
CREATE FUNCTION note_offers_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO matching_changes (entity, entity_id) SELECT ''offer'', id FROM job_offers WHERE %I = $1', TG_ARGV[0])
    USING NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER workers_matching_change AFTER INSERT OR UPDATE OR DELETE ON workers
  FOR EACH ROW EXECUTE FUNCTION note_matching_change('worker', 'id');
--> statement-breakpoint
CREATE TRIGGER consents_matching_change AFTER INSERT OR UPDATE OR DELETE ON consents
  FOR EACH ROW EXECUTE FUNCTION note_matching_change('worker', 'worker_id');
--> statement-breakpoint
CREATE TRIGGER erasures_matching_change AFTER INSERT OR UPDATE OR DELETE ON erasures
  FOR EACH ROW EXECUTE FUNCTION note_matching_change('worker', 'subject_id', 'subject_type', 'worker');
--> statement-breakpoint
CREATE TRIGGER job_offers_matching_change AFTER INSERT OR UPDATE OR DELETE ON job_offers
  FOR EACH ROW EXECUTE FUNCTION note_matching_change('offer', 'id');
--> statement-breakpoint
CREATE TRIGGER employer_sites_matching_change AFTER UPDATE ON employer_sites
  FOR EACH ROW EXECUTE FUNCTION note_offers_change('site_id');
--> statement-breakpoint
CREATE TRIGGER employers_matching_change AFTER UPDATE ON employers
  FOR EACH ROW EXECUTE FUNCTION note_offers_change('employer_id');
