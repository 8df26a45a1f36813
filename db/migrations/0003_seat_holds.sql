ALTER TYPE "public"."registration_status" ADD VALUE 'unconfirmed';--> statement-breakpoint
ALTER TYPE "public"."registration_status" ADD VALUE 'expired';--> statement-breakpoint
DROP INDEX "registrations_event_email_active_key";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "hold_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_unconfirmed_holds" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "holds_ceiling_hit_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "pending_manage_token_hash" text;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "email_confirmed_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_pending_manage_token_key" ON "registrations" USING btree ("pending_manage_token_hash");--> statement-breakpoint
CREATE INDEX "registrations_status_hold_idx" ON "registrations" USING btree ("status","hold_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_active_key" ON "registrations" USING btree ("event_id",lower("email")) WHERE "registrations"."status" <> 'cancelled' and "registrations"."cancelled_at" is null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_hold_minutes_range" CHECK ("events"."hold_minutes" between 5 and 10080);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_unconfirmed_holds_positive" CHECK ("events"."max_unconfirmed_holds" >= 1);