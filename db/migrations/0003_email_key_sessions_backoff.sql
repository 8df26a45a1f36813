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
ALTER TABLE "registrations" ADD COLUMN "email_key" text GENERATED ALWAYS AS (lower(regexp_replace(btrim("registrations"."email"), '\+[^@]*@', '@'))) STORED;--> statement-breakpoint
ALTER TABLE "organiser_sessions" ADD CONSTRAINT "organiser_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organiser_sessions_user_idx" ON "organiser_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_active_key" ON "registrations" USING btree ("event_id","email_key") WHERE "registrations"."status" <> 'cancelled';