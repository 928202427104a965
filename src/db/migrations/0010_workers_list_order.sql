DROP INDEX "workers_centre_id_family_name_index";--> statement-breakpoint
CREATE INDEX "workers_list_order" ON "workers" USING btree ("centre_id","family_name","given_name","id");