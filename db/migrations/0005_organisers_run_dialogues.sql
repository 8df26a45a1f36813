CREATE TYPE "public"."mailing_status" AS ENUM('draft', 'sent');--> statement-breakpoint
ALTER TYPE "public"."registration_status" ADD VALUE 'waitlisted';--> statement-breakpoint
CREATE TABLE "invitees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invitees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text GENERATED ALWAYS AS (lower(regexp_replace(btrim("invitees"."email"), '\+[^@]*@', '@'))) STORED NOT NULL,
	"organisation" text,
	"preferred_language" text NOT NULL,
	"stakeholder_group" "stakeholder_group",
	"token_hash" text,
	"invited_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"registration_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitees_language" CHECK ("invitees"."preferred_language" in ('en', 'es', 'pt', 'fr'))
);
--> statement-breakpoint
CREATE TABLE "event_reminders" (
	"registration_id" integer PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mailings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mailings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "mailing_status" DEFAULT 'draft' NOT NULL,
	"audience" jsonb NOT NULL,
	"subject" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"recipient_count" integer,
	"created_by_id" integer,
	"sent_by_id" integer,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mailings_sent_has_time" CHECK (("mailings"."status" = 'sent') = ("mailings"."sent_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "user_dialogues" (
	"user_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "user_dialogues_user_id_event_id_pk" PRIMARY KEY("user_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "invite_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "reminder_days_before" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "all_dialogues" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "invitees" ADD CONSTRAINT "invitees_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitees" ADD CONSTRAINT "invitees_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reminders" ADD CONSTRAINT "event_reminders_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_dialogues" ADD CONSTRAINT "user_dialogues_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_dialogues" ADD CONSTRAINT "user_dialogues_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitees_event_email_key" ON "invitees" USING btree ("event_id","email_key");--> statement-breakpoint
CREATE UNIQUE INDEX "invitees_token_hash_key" ON "invitees" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitees_registration_idx" ON "invitees" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailings_idempotency_key" ON "mailings" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "mailings_event_created_idx" ON "mailings" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "user_dialogues_event_idx" ON "user_dialogues" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_reminder_days_range" CHECK ("events"."reminder_days_before" is null or "events"."reminder_days_before" between 1 and 60);