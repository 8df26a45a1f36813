CREATE TYPE "public"."theme_term" AS ENUM('theme', 'pillar');--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "theme_term" "theme_term" DEFAULT 'theme' NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower("registrations"."given_name" || ' ' || "registrations"."family_name" || ' ' || "registrations"."email" || ' ' || "registrations"."organisation")) STORED;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "credentials_changed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "registrations_event_family_name_idx" ON "registrations" USING btree ("event_id",lower("family_name"));--> statement-breakpoint
CREATE INDEX "registrations_event_group_idx" ON "registrations" USING btree ("event_id","stakeholder_group");--> statement-breakpoint
CREATE INDEX "registrations_event_country_idx" ON "registrations" USING btree ("event_id","country_code");--> statement-breakpoint
-- Santo Domingo speaks of pillars (databases seeded before this column existed).
UPDATE "events" SET "theme_term" = 'pillar' WHERE "slug" = 'cybersecurity-dialogue-2024';