-- Row-level security that costs one comparison per row. The policies of 0004 called primacenters_in_scope(centre_id)
-- for every row read, and with it current_setting twice: a workers list of a few thousand rows spent most of its
-- time there. The scope is the same for the whole query, so the policies now read it in scalar subqueries, which
-- PostgreSQL runs once per query (init plans), and compare each row's centre_id with the result. What each role
-- sees is unchanged: scope 'all' sees every row, scope 'centre' the rows of primacenters.centre_id, anything else
-- nothing (a null result hides the row and fails a WITH CHECK, as false does).
CREATE OR REPLACE FUNCTION primacenters_scope_is_all() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('primacenters.scope', true) = 'all', false)
$$;
--> statement-breakpoint
-- The centre whose rows the current scope sees, or null when it is not a centre scope.
CREATE OR REPLACE FUNCTION primacenters_scope_centre() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('primacenters.scope', true)
    WHEN 'centre' THEN nullif(current_setting('primacenters.centre_id', true), '')::uuid
  END
$$;
--> statement-breakpoint
-- Still used where one row is judged at a time (primacenters_hidden_records): the same rule in one function.
CREATE OR REPLACE FUNCTION primacenters_in_scope(row_centre_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT primacenters_scope_is_all() OR coalesce(row_centre_id = primacenters_scope_centre(), false)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION primacenters_protect_by_centre(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  rule text := '(SELECT primacenters_scope_is_all()) OR centre_id = (SELECT primacenters_scope_centre())';
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS by_centre ON %s', target);
  EXECUTE format('CREATE POLICY by_centre ON %s USING (%s) WITH CHECK (%s)', target, rule, rule);
END $$;
--> statement-breakpoint
SELECT primacenters_protect_by_centre(format('%I', tablename)::regclass)
FROM pg_policies WHERE schemaname = 'public' AND policyname = 'by_centre';
--> statement-breakpoint
DROP POLICY IF EXISTS read_by_centre ON audit_entries;
--> statement-breakpoint
CREATE POLICY read_by_centre ON audit_entries FOR SELECT
  USING ((SELECT primacenters_scope_is_all()) OR centre_id = (SELECT primacenters_scope_centre()));
--> statement-breakpoint
DROP POLICY IF EXISTS by_actor ON idempotency_keys;
--> statement-breakpoint
CREATE POLICY by_actor ON idempotency_keys
  USING ((SELECT primacenters_scope_is_all()) OR actor_user_id = (SELECT current_setting('primacenters.user_id', true)))
  WITH CHECK ((SELECT primacenters_scope_is_all()) OR actor_user_id = (SELECT current_setting('primacenters.user_id', true)));
