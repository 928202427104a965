-- The application's database role, row-level security by centre and the append-only audit table
-- (docs/postgresql.md). The owner (the user that runs the migrations) bypasses row-level security; the server runs
-- its queries as primacenters_app, which owns nothing and is subject to every policy below. PGlite runs all of this
-- too, but as its single superuser, so there only the audit trigger has an effect.

-- Roles belong to the whole cluster, not to one database: create it once, whichever database migrates first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'primacenters_app') THEN
    CREATE ROLE primacenters_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
-- The migrating user may SET ROLE to it (a superuser always may).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'primacenters_app', 'MEMBER') THEN
    EXECUTE format('GRANT primacenters_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO primacenters_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO primacenters_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO primacenters_app;
--> statement-breakpoint
-- Tables and sequences that later migrations create (as the same owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO primacenters_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO primacenters_app;
--> statement-breakpoint
-- The scope of the current transaction or session, set by the server before each query (src/db/postgres-scope.ts):
-- 'all' for network-wide roles and system work, 'centre' with primacenters.centre_id, anything else sees nothing.
CREATE OR REPLACE FUNCTION primacenters_in_scope(row_centre_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('primacenters.scope', true)
    WHEN 'all' THEN true
    WHEN 'centre' THEN row_centre_id = nullif(current_setting('primacenters.centre_id', true), '')::uuid
    ELSE false
  END
$$;
--> statement-breakpoint
-- Puts a table with a centre_id column under row-level security by centre: one call per table, in a migration.
CREATE OR REPLACE FUNCTION primacenters_protect_by_centre(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS by_centre ON %s', target);
  EXECUTE format(
    'CREATE POLICY by_centre ON %s USING (primacenters_in_scope(centre_id)) WITH CHECK (primacenters_in_scope(centre_id))',
    target
  );
END $$;
--> statement-breakpoint
SELECT primacenters_protect_by_centre(t::regclass) FROM unnest(ARRAY[
  'workers', 'consents', 'employers', 'employer_sites', 'job_offers', 'offer_status_events', 'referrals',
  'referral_events', 'placements', 'outbox_messages', 'attachments', 'breaches'
]) AS t;
--> statement-breakpoint
-- Stored answers to retried writes hold the created records: only the user who sent the request reads them back.
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY by_actor ON idempotency_keys
  USING (current_setting('primacenters.scope', true) = 'all' OR actor_user_id = current_setting('primacenters.user_id', true))
  WITH CHECK (current_setting('primacenters.scope', true) = 'all' OR actor_user_id = current_setting('primacenters.user_id', true));
--> statement-breakpoint
-- Audit entries: read by centre like the records, written by anyone (a refusal is recorded whoever is refused).
ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY read_by_centre ON audit_entries FOR SELECT USING (primacenters_in_scope(centre_id));
--> statement-breakpoint
CREATE POLICY append ON audit_entries FOR INSERT WITH CHECK (true);
--> statement-breakpoint
-- Append-only for everyone, owner included (the owner would have to drop this trigger first, itself a schema change).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM primacenters_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION primacenters_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION primacenters_refuse_audit_change();
--> statement-breakpoint
-- Which of these ids name a record outside the current scope, and in which table. Row-level security makes another
-- centre's record look missing; the server asks this (ids only, never contents) to audit the attempt as denied.
CREATE OR REPLACE FUNCTION primacenters_hidden_records(ids uuid[]) RETURNS TABLE (table_name text, id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  protected text;
BEGIN
  FOR protected IN
    SELECT p.tablename FROM pg_policies p
    JOIN information_schema.columns c ON c.table_schema = p.schemaname AND c.table_name = p.tablename
    WHERE p.schemaname = 'public' AND p.policyname = 'by_centre' AND c.column_name = 'id' AND c.data_type = 'uuid'
  LOOP
    RETURN QUERY EXECUTE format(
      'SELECT %L::text, t.id FROM %I t WHERE t.id = ANY($1) AND NOT primacenters_in_scope(t.centre_id)',
      protected, protected
    ) USING ids;
  END LOOP;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION primacenters_hidden_records(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION primacenters_hidden_records(uuid[]) TO primacenters_app;
