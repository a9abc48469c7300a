CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"laatste_hash" text NOT NULL,
	"aantal" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"volledig" boolean NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "categorie" text DEFAULT 'avg' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "juridische_blokkade" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_geheim" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "gemeenten" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "brin" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mislukte_pogingen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "geblokkeerd_tot" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor" ON "audit_events" USING btree ("actor","tijdstip");--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_subject" ON "users" USING btree ("oidc_subject");--> statement-breakpoint
INSERT INTO "audit_head" ("id", "laatste_hash", "aantal") SELECT 1, "hash", (SELECT count(*) FROM "audit_events") FROM "audit_events" ORDER BY "id" DESC LIMIT 1;
