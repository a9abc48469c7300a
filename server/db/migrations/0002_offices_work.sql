CREATE TABLE "thuiszitter_episodes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "thuiszitter_episodes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"school_id" integer,
	"startdatum" date NOT NULL,
	"type" text NOT NULL,
	"onderwijsdeelname" text DEFAULT 'geen' NOT NULL,
	"onderwijsdeelname_vanaf" date,
	"oorzaak" text NOT NULL,
	"regie" text NOT NULL,
	"wachtlijst" text,
	"wachtlijst_sinds" date,
	"einddatum" date,
	"eindsituatie" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thuiszitter_tasks" (
	"task_id" integer PRIMARY KEY NOT NULL,
	"episode_id" integer NOT NULL,
	"drempel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doorstroompunt_contacts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "doorstroompunt_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"datum" date NOT NULL,
	"kanaal" text NOT NULL,
	"resultaat" text NOT NULL,
	"door" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doorstroompunt_first_contacts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "doorstroompunt_first_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"datum" date NOT NULL,
	"dagbesteding" text NOT NULL,
	"inkomenscategorie" text NOT NULL,
	"inkomen_peildatum" date NOT NULL,
	"door" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doorstroompunt_trajectories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "doorstroompunt_trajectories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"gestart_op" date NOT NULL,
	"afspraken" integer DEFAULT 0 NOT NULL,
	"beeindigd_op" date,
	"uitstroomreden" text,
	"bestemming" text,
	"door" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pro_vso_follow_ups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pro_vso_follow_ups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"status" text NOT NULL,
	"datum" date NOT NULL,
	"door" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vsv_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vsv_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"datum_uitval" date NOT NULL,
	"laatste_brin" text NOT NULL,
	"laatste_vestiging" text,
	"opleiding" text,
	"niveau" text,
	"cohort" text NOT NULL,
	"lijstdatum" date NOT NULL,
	"case_id" integer,
	"buiten_doelgroep" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"school_id" integer,
	"sector" text,
	"gemeente_code" text,
	"vorm" text DEFAULT 'fysiek' NOT NULL,
	"aantal_bereikt" integer DEFAULT 0 NOT NULL,
	"aantal_klassen" integer,
	"minuten" integer,
	"notitie" text,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_advice_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_advice_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"datum" date NOT NULL,
	"van" text NOT NULL,
	"onderwerp" text NOT NULL,
	"person_id" integer,
	"school_id" integer,
	"gemeente_code" text,
	"minuten" integer,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"soort" text NOT NULL,
	"titel" text NOT NULL,
	"datum" date NOT NULL,
	"categorie" text NOT NULL,
	"direct_betrokken" boolean NOT NULL,
	"case_id" integer,
	"concrete_aanleiding" boolean DEFAULT false NOT NULL,
	"schriftelijk_volstaat" boolean DEFAULT false NOT NULL,
	"grondslag" text,
	"juridische_toets" text DEFAULT 'open' NOT NULL,
	"toets_door" text,
	"toets_op" date,
	"gemeente_code" text,
	"school_id" integer,
	"advies" text NOT NULL,
	"advies_reden" text NOT NULL,
	"ring" integer NOT NULL,
	"modus" text NOT NULL,
	"besluit" text,
	"besluit_reden" text,
	"besluit_door" text,
	"deelnemer_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deelgenomen" boolean DEFAULT false NOT NULL,
	"minuten" integer,
	"acties" text,
	"aangevraagd_door" text NOT NULL,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_school_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_school_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"school_id" integer NOT NULL,
	"schooljaar" text NOT NULL,
	"datum" date NOT NULL,
	"agenda" jsonb NOT NULL,
	"afspraken" text,
	"minuten" integer,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_time_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_time_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"datum" date NOT NULL,
	"minuten" integer NOT NULL,
	"soort" text NOT NULL,
	"case_id" integer,
	"notitie" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_transfer_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "office_transfer_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"schooljaar" text NOT NULL,
	"moment" integer NOT NULL,
	"datum" date NOT NULL,
	"afspraken" text,
	"resultaat" text,
	"minuten" integer,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"schooljaar" text NOT NULL,
	"versie" integer NOT NULL,
	"inhoud" jsonb NOT NULL,
	"controles" jsonb NOT NULL,
	"gepubliceerd_door" text NOT NULL,
	"gepubliceerd_op" timestamp with time zone NOT NULL,
	"overschreven_door" text,
	"overschrijf_reden" text
);
--> statement-breakpoint
CREATE TABLE "vsv_percentages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vsv_percentages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"gemeente_code" text NOT NULL,
	"schooljaar" text NOT NULL,
	"sector" text NOT NULL,
	"percentage" numeric NOT NULL,
	"teller" integer,
	"noemer" integer,
	"status" text NOT NULL,
	"import_run_id" integer,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "form_submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"referentie" text NOT NULL,
	"formulier" text NOT NULL,
	"versie" integer NOT NULL,
	"antwoorden" jsonb NOT NULL,
	"person_id" integer,
	"case_id" integer,
	"task_id" integer,
	"status" text NOT NULL,
	"door" text NOT NULL,
	"ingediend_op" timestamp with time zone NOT NULL,
	"gekoppeld_door" integer,
	"gekoppeld_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "form_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "form_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"formulier" text NOT NULL,
	"case_id" integer NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"appointment_id" integer,
	"gebruikt_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_uploads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "form_uploads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"veld" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"mediatype" text NOT NULL,
	"grootte" integer NOT NULL,
	"sha256" text NOT NULL,
	"opslagnaam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exemption_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exemption_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"soort" text NOT NULL,
	"ontvangen_op" date
);
--> statement-breakpoint
CREATE TABLE "exemption_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exemption_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"artikel" text NOT NULL,
	"datum_aanvraag" date NOT NULL,
	"herhalingsverzoek" boolean DEFAULT false NOT NULL,
	"toelichting" text,
	"bron" text NOT NULL,
	"adviseur" text,
	"advies_gevraagd_op" date,
	"advies_uiterlijk" date,
	"advies_ontvangen_op" date,
	"advies_uitkomst" text,
	"besluit" text,
	"datum_besluit" date,
	"geldig_van" date,
	"geldig_tot" date,
	"exemption_id" integer,
	"duo_verzonden_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leave_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "leave_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"school_id" integer,
	"van" date NOT NULL,
	"tot_en_met" date NOT NULL,
	"schooldagen" integer NOT NULL,
	"reden" text NOT NULL,
	"beslisser" text NOT NULL,
	"bron" text NOT NULL,
	"school_gehoord_op" date,
	"school_standpunt" text,
	"besluit" text,
	"datum_besluit" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "thuiszitter_episodes" ADD CONSTRAINT "thuiszitter_episodes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thuiszitter_episodes" ADD CONSTRAINT "thuiszitter_episodes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thuiszitter_episodes" ADD CONSTRAINT "thuiszitter_episodes_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thuiszitter_tasks" ADD CONSTRAINT "thuiszitter_tasks_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thuiszitter_tasks" ADD CONSTRAINT "thuiszitter_tasks_episode_id_thuiszitter_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."thuiszitter_episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorstroompunt_contacts" ADD CONSTRAINT "doorstroompunt_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorstroompunt_first_contacts" ADD CONSTRAINT "doorstroompunt_first_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorstroompunt_trajectories" ADD CONSTRAINT "doorstroompunt_trajectories_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_vso_follow_ups" ADD CONSTRAINT "pro_vso_follow_ups_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vsv_registrations" ADD CONSTRAINT "vsv_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vsv_registrations" ADD CONSTRAINT "vsv_registrations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_activities" ADD CONSTRAINT "office_activities_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_activities" ADD CONSTRAINT "office_activities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_advice_questions" ADD CONSTRAINT "office_advice_questions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_advice_questions" ADD CONSTRAINT "office_advice_questions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_advice_questions" ADD CONSTRAINT "office_advice_questions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_meetings" ADD CONSTRAINT "office_meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_meetings" ADD CONSTRAINT "office_meetings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_meetings" ADD CONSTRAINT "office_meetings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_school_meetings" ADD CONSTRAINT "office_school_meetings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_school_meetings" ADD CONSTRAINT "office_school_meetings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_time_entries" ADD CONSTRAINT "office_time_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_time_entries" ADD CONSTRAINT "office_time_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_transfer_reviews" ADD CONSTRAINT "office_transfer_reviews_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_transfer_reviews" ADD CONSTRAINT "office_transfer_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_gekoppeld_door_users_id_fk" FOREIGN KEY ("gekoppeld_door") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_tokens" ADD CONSTRAINT "form_tokens_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_tokens" ADD CONSTRAINT "form_tokens_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_uploads" ADD CONSTRAINT "form_uploads_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_documents" ADD CONSTRAINT "exemption_documents_request_id_exemption_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."exemption_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_requests" ADD CONSTRAINT "exemption_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_requests" ADD CONSTRAINT "exemption_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_requests" ADD CONSTRAINT "exemption_requests_exemption_id_exemptions_id_fk" FOREIGN KEY ("exemption_id") REFERENCES "public"."exemptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "thuiszitter_episodes_person" ON "thuiszitter_episodes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "thuiszitter_episodes_case" ON "thuiszitter_episodes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "thuiszitter_episodes_start" ON "thuiszitter_episodes" USING btree ("startdatum");--> statement-breakpoint
CREATE INDEX "thuiszitter_tasks_episode" ON "thuiszitter_tasks" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "doorstroompunt_contacts_case" ON "doorstroompunt_contacts" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "doorstroompunt_first_contacts_case" ON "doorstroompunt_first_contacts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "doorstroompunt_trajectories_case" ON "doorstroompunt_trajectories" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pro_vso_follow_ups_person" ON "pro_vso_follow_ups" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vsv_registrations_key" ON "vsv_registrations" USING btree ("person_id","datum_uitval");--> statement-breakpoint
CREATE INDEX "vsv_registrations_case" ON "vsv_registrations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "office_activities_datum" ON "office_activities" USING btree ("datum");--> statement-breakpoint
CREATE INDEX "office_advice_datum" ON "office_advice_questions" USING btree ("datum");--> statement-breakpoint
CREATE INDEX "office_meetings_datum" ON "office_meetings" USING btree ("datum");--> statement-breakpoint
CREATE INDEX "office_time_user" ON "office_time_entries" USING btree ("user_id","datum");--> statement-breakpoint
CREATE INDEX "office_transfer_person" ON "office_transfer_reviews" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_snapshots_year_version" ON "report_snapshots" USING btree ("schooljaar","versie");--> statement-breakpoint
CREATE UNIQUE INDEX "vsv_percentages_key" ON "vsv_percentages" USING btree ("gemeente_code","schooljaar","sector");--> statement-breakpoint
CREATE INDEX "vsv_percentages_year" ON "vsv_percentages" USING btree ("schooljaar");--> statement-breakpoint
CREATE UNIQUE INDEX "form_submissions_referentie" ON "form_submissions" USING btree ("referentie");--> statement-breakpoint
CREATE INDEX "form_submissions_status" ON "form_submissions" USING btree ("status","ingediend_op");--> statement-breakpoint
CREATE INDEX "form_submissions_case" ON "form_submissions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "form_tokens_hash" ON "form_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "form_uploads_submission" ON "form_uploads" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exemption_documents_key" ON "exemption_documents" USING btree ("request_id","soort");--> statement-breakpoint
CREATE UNIQUE INDEX "exemption_requests_case" ON "exemption_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "exemption_requests_person" ON "exemption_requests" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leave_requests_case" ON "leave_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "leave_requests_person" ON "leave_requests" USING btree ("person_id");