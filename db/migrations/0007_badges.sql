CREATE TYPE "public"."badge_role" AS ENUM('speaker', 'organiser', 'press');--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "badge_role" "badge_role";--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "photo_upload_id" integer;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_photo_upload_id_uploads_id_fk" FOREIGN KEY ("photo_upload_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;