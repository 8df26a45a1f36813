CREATE TABLE "user_dialogues" (
	"user_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "user_dialogues_user_id_event_id_pk" PRIMARY KEY("user_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "all_dialogues" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "user_dialogues" ADD CONSTRAINT "user_dialogues_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_dialogues" ADD CONSTRAINT "user_dialogues_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_dialogues_event_idx" ON "user_dialogues" USING btree ("event_id");