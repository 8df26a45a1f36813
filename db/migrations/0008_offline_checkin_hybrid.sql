CREATE TYPE "public"."attendance_mode" AS ENUM('in_person', 'remote');--> statement-breakpoint
CREATE TYPE "public"."participation_mode" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TABLE "remote_joins" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "remote_joins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"registration_id" integer NOT NULL,
	"session_id" integer,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "participation_mode" "participation_mode" DEFAULT 'in_person' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "remote_capacity" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "remote_link" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "participation_mode" "participation_mode";--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "remote_link" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "walk_ins" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "device_id" text;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "admitted_without_signup" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "attendance" "attendance_mode" DEFAULT 'in_person' NOT NULL;--> statement-breakpoint
ALTER TABLE "remote_joins" ADD CONSTRAINT "remote_joins_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_joins" ADD CONSTRAINT "remote_joins_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_joins_registration_idx" ON "remote_joins" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "remote_joins_session_idx" ON "remote_joins" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_client_id_key" ON "check_ins" USING btree ("client_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_remote_capacity_positive" CHECK ("events"."remote_capacity" is null or "events"."remote_capacity" > 0);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_remote_link_https" CHECK ("events"."remote_link" is null or "events"."remote_link" like 'https://%');--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_remote_link_https" CHECK ("sessions"."remote_link" is null or "sessions"."remote_link" like 'https://%');