ALTER TABLE "sessions" ADD COLUMN "walk_ins" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "device_id" text;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "admitted_without_signup" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_client_id_key" ON "check_ins" USING btree ("client_id");