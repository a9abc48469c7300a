CREATE TABLE "appointments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"duur_minuten" integer DEFAULT 45 NOT NULL,
	"locatie" text,
	"consulent_id" integer,
	"status" text DEFAULT 'gepland' NOT NULL,
	"link_token_hash" text,
	"herinnering_verstuurd_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignment_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assignment_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"school_id" integer,
	"postcode_van" text,
	"postcode_tot" text,
	"taak" text DEFAULT 'alle' NOT NULL,
	"user_id" integer NOT NULL,
	"team" text
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"laatste_hash" text NOT NULL,
	"aantal" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "letter_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sleutel" text NOT NULL,
	"versie" integer NOT NULL,
	"titel" text NOT NULL,
	"inhoud" text NOT NULL,
	"gewijzigd_door" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "letters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"template_id" integer NOT NULL,
	"geadresseerden" jsonb NOT NULL,
	"gegevens" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"door" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kanaal" text NOT NULL,
	"aan" text NOT NULL,
	"onderwerp" text,
	"inhoud" text NOT NULL,
	"case_id" integer,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"fout" text,
	"verzenden_vanaf" timestamp with time zone,
	"verzonden_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_modes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_modes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"modus" text NOT NULL,
	"ringen" jsonb NOT NULL,
	"zomeractie" boolean DEFAULT false NOT NULL,
	"reden" text NOT NULL,
	"vanaf" date NOT NULL,
	"tot" date,
	"door" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"soort" text NOT NULL,
	"omschrijving" text NOT NULL,
	"vervalt_op" date NOT NULL,
	"toegewezen_aan" integer,
	"gedaan_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "duo_status" text;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "duo_sluitreden" text;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "duo_toelichting" text;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "duo_gewijzigd_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "duo_verzonden_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD COLUMN "afdoening" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "categorie" text DEFAULT 'avg' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "team" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "gemeente_code" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "regie" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "monitoring_tot" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "juridische_blokkade" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_geheim" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "gemeenten" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "brin" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mislukte_pogingen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "geblokkeerd_tot" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_consulent_id_users_id_fk" FOREIGN KEY ("consulent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_rules" ADD CONSTRAINT "assignment_rules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_template_id_letter_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."letter_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_toegewezen_aan_users_id_fk" FOREIGN KEY ("toegewezen_aan") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_case" ON "appointments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appointments_time" ON "appointments" USING btree ("tijdstip");--> statement-breakpoint
CREATE INDEX "assignment_rules_school" ON "assignment_rules" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_key" ON "letter_templates" USING btree ("sleutel","versie");--> statement-breakpoint
CREATE INDEX "letters_case" ON "letters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "outbox_status" ON "outbox_messages" USING btree ("status");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "tasks_case" ON "tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tasks_open" ON "tasks" USING btree ("toegewezen_aan","vervalt_op");--> statement-breakpoint
CREATE INDEX "absence_reports_case" ON "absence_reports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor" ON "audit_events" USING btree ("actor","tijdstip");--> statement-breakpoint
CREATE INDEX "cases_assignee" ON "cases" USING btree ("toegewezen_aan","status");--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_subject" ON "users" USING btree ("oidc_subject");--> statement-breakpoint
INSERT INTO "audit_head" ("id", "laatste_hash", "aantal") SELECT 1, "hash", (SELECT count(*) FROM "audit_events") FROM "audit_events" ORDER BY "id" DESC LIMIT 1;
