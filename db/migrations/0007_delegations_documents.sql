CREATE TYPE "public"."badge_role" AS ENUM('speaker', 'organiser', 'press');--> statement-breakpoint
CREATE TABLE "visa_letterheads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "visa_letterheads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"issuing_body" text NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_title" text NOT NULL,
	"logo_upload_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visa_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "visa_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"registration_id" integer NOT NULL,
	"passport_number" text NOT NULL,
	"nationality" char(2) NOT NULL,
	"date_of_birth" date NOT NULL,
	"passport_expiry" date NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"letter_issued_at" timestamp with time zone,
	"letter_issued_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visa_requests_passport_shape" CHECK ("visa_requests"."passport_number" ~ '^[A-Z0-9]{5,20}$')
);
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "badge_role" "badge_role";--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "photo_upload_id" integer;--> statement-breakpoint
ALTER TABLE "visa_letterheads" ADD CONSTRAINT "visa_letterheads_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letterheads" ADD CONSTRAINT "visa_letterheads_logo_upload_id_uploads_id_fk" FOREIGN KEY ("logo_upload_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_requests" ADD CONSTRAINT "visa_requests_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_requests" ADD CONSTRAINT "visa_requests_letter_issued_by_id_users_id_fk" FOREIGN KEY ("letter_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "visa_letterheads_event_key" ON "visa_letterheads" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "visa_letterheads_logo_idx" ON "visa_letterheads" USING btree ("logo_upload_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visa_requests_registration_key" ON "visa_requests" USING btree ("registration_id");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_photo_upload_id_uploads_id_fk" FOREIGN KEY ("photo_upload_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_delegation_head_key" ON "registrations" USING btree ("delegation_id") WHERE "registrations"."head_of_delegation";