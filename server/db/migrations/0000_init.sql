CREATE TABLE "absence_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "absence_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meldingnummer" text NOT NULL,
	"person_id" integer NOT NULL,
	"school_id" integer NOT NULL,
	"verzuimsoort" text NOT NULL,
	"verzuim_van" date NOT NULL,
	"verzuim_tot" date,
	"verzuim_uren" numeric,
	"vermoedelijke_reden" text,
	"alle_lessen_verzuimd" boolean,
	"actie_school" text,
	"actie_gewenst" boolean NOT NULL,
	"gemeld_op" date NOT NULL,
	"gemeld_op_tijdstip" timestamp,
	"melder_naam" text,
	"melder_functie" text,
	"melder_email" text,
	"melder_telefoon" text,
	"case_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enrolments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"school_id" integer NOT NULL,
	"sector" text NOT NULL,
	"leerjaar" smallint,
	"opleiding" text,
	"niveau" text,
	"datum_inschrijving" date NOT NULL,
	"datum_uitschrijving" date,
	"reden_uitschrijving" text,
	"startkwalificatie_datum" date
);
--> statement-breakpoint
CREATE TABLE "exemptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exemptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"artikel" text NOT NULL,
	"datum_aanvraag" date NOT NULL,
	"besluit" text NOT NULL,
	"datum_besluit" date,
	"geldig_van" date,
	"geldig_tot" date,
	"herhalingsverzoek" boolean DEFAULT false NOT NULL,
	"case_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "schools_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"brin" text NOT NULL,
	"vestiging" text DEFAULT '00' NOT NULL,
	"naam" text NOT NULL,
	"sector" text NOT NULL,
	"gemeente_code" text NOT NULL,
	"postcode" text,
	"plaats" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"code" text PRIMARY KEY NOT NULL,
	"naam" text,
	"in_regio" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"naam" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_holidays" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "school_holidays_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"schooljaar" text NOT NULL,
	"vakantieregio" text NOT NULL,
	"naam" text NOT NULL,
	"van" date NOT NULL,
	"tot_en_met" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "settings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sleutel" text NOT NULL,
	"waarde" jsonb NOT NULL,
	"geldig_vanaf" date DEFAULT '1900-01-01' NOT NULL,
	"reden" text,
	"gewijzigd_door" text,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parent_relations" (
	"child_id" integer NOT NULL,
	"parent_id" integer NOT NULL,
	"rang" smallint NOT NULL,
	"gezag" boolean
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bsn" text,
	"onderwijsnummer" text,
	"geslachtsnaam" text NOT NULL,
	"voorvoegsel" text,
	"voornamen" text,
	"geboortedatum" date NOT NULL,
	"geslacht" text,
	"datum_overlijden" date,
	"geheimhouding" boolean DEFAULT false NOT NULL,
	"bron" text DEFAULT 'brp' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residence_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "residence_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"gemeente_code" text NOT NULL,
	"straat" text,
	"huisnummer" text,
	"huisletter" text,
	"huisnummertoevoeging" text,
	"postcode" text,
	"woonplaats" text,
	"vanaf" date,
	"tot" date,
	"rni" boolean DEFAULT false NOT NULL,
	"peildatum" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actie" text NOT NULL,
	"onderwerp_soort" text,
	"onderwerp_id" text,
	"doel" text,
	"details" jsonb,
	"vorige_hash" text,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"gegevens" jsonb,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"soort" text NOT NULL,
	"status" text NOT NULL,
	"geopend_op" date NOT NULL,
	"gesloten_op" date,
	"toegewezen_aan" integer,
	"afdoening" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_rejections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_rejections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"import_run_id" integer NOT NULL,
	"regel" integer NOT NULL,
	"kolom" text,
	"melding" text NOT NULL,
	"rij" jsonb
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"soort" text NOT NULL,
	"bestand" text NOT NULL,
	"peildatum" date,
	"gedeeltelijk" boolean DEFAULT false NOT NULL,
	"resultaat" text NOT NULL,
	"rijen" integer NOT NULL,
	"nieuw" integer NOT NULL,
	"gewijzigd" integer NOT NULL,
	"ongewijzigd" integer NOT NULL,
	"afgewezen" integer NOT NULL,
	"door" text NOT NULL,
	"gestart_op" timestamp with time zone NOT NULL,
	"klaar_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"gebruikersnaam" text NOT NULL,
	"naam" text NOT NULL,
	"rol" text NOT NULL,
	"email" text,
	"team" text,
	"actief" boolean DEFAULT true NOT NULL,
	"wachtwoord_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "absence_reports" ADD CONSTRAINT "absence_reports_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_reports" ADD CONSTRAINT "absence_reports_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemptions" ADD CONSTRAINT "exemptions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_relations" ADD CONSTRAINT "parent_relations_child_id_persons_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_relations" ADD CONSTRAINT "parent_relations_parent_id_persons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_periods" ADD CONSTRAINT "residence_periods_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_toegewezen_aan_users_id_fk" FOREIGN KEY ("toegewezen_aan") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rejections" ADD CONSTRAINT "import_rejections_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "absence_reports_key" ON "absence_reports" USING btree ("meldingnummer");--> statement-breakpoint
CREATE INDEX "absence_reports_person" ON "absence_reports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "absence_reports_gemeld_op" ON "absence_reports" USING btree ("gemeld_op");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_key" ON "enrolments" USING btree ("person_id","school_id","datum_inschrijving");--> statement-breakpoint
CREATE INDEX "enrolments_school" ON "enrolments" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exemptions_key" ON "exemptions" USING btree ("person_id","artikel","datum_aanvraag");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_key" ON "schools" USING btree ("brin","vestiging");--> statement-breakpoint
CREATE UNIQUE INDEX "school_holidays_key" ON "school_holidays" USING btree ("schooljaar","vakantieregio","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "settings_key_from" ON "settings" USING btree ("sleutel","geldig_vanaf");--> statement-breakpoint
CREATE UNIQUE INDEX "parent_relations_key" ON "parent_relations" USING btree ("child_id","rang");--> statement-breakpoint
CREATE INDEX "parent_relations_parent" ON "parent_relations" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_bsn" ON "persons" USING btree ("bsn");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_onderwijsnummer" ON "persons" USING btree ("onderwijsnummer");--> statement-breakpoint
CREATE INDEX "persons_geboortedatum" ON "persons" USING btree ("geboortedatum");--> statement-breakpoint
CREATE INDEX "persons_geslachtsnaam" ON "persons" USING btree ("geslachtsnaam");--> statement-breakpoint
CREATE INDEX "residence_periods_person" ON "residence_periods" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "residence_periods_gemeente" ON "residence_periods" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "audit_events_subject" ON "audit_events" USING btree ("onderwerp_soort","onderwerp_id");--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_person" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_status" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "import_rejections_run" ON "import_rejections" USING btree ("import_run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_gebruikersnaam" ON "users" USING btree ("gebruikersnaam");