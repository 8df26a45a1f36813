ALTER TYPE "public"."email_status" ADD VALUE 'unsent';--> statement-breakpoint
ALTER TYPE "public"."registration_status" ADD VALUE 'unconfirmed';--> statement-breakpoint
ALTER TYPE "public"."registration_status" ADD VALUE 'expired';--> statement-breakpoint
CREATE TABLE "organiser_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_backoff" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"last_attempt_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "registrations_event_email_active_key";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "hold_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_unconfirmed_holds" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "holds_ceiling_hit_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "pending_manage_token_hash" text;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "email_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "email_key" text GENERATED ALWAYS AS (lower(regexp_replace(btrim("registrations"."email"), '\+[^@]*@', '@'))) STORED;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "sealed_secrets" text;--> statement-breakpoint
ALTER TABLE "organiser_sessions" ADD CONSTRAINT "organiser_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organiser_sessions_user_idx" ON "organiser_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_pending_manage_token_key" ON "registrations" USING btree ("pending_manage_token_hash");--> statement-breakpoint
CREATE INDEX "registrations_status_hold_idx" ON "registrations" USING btree ("status","hold_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_active_key" ON "registrations" USING btree ("event_id","email_key") WHERE "registrations"."status" <> 'cancelled' and "registrations"."cancelled_at" is null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_hold_minutes_range" CHECK ("events"."hold_minutes" between 5 and 10080);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_unconfirmed_holds_positive" CHECK ("events"."max_unconfirmed_holds" >= 1);