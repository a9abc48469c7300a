CREATE TABLE "objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"besluit" text NOT NULL,
	"vorige_status" text NOT NULL,
	"datum_besluit" date NOT NULL,
	"ontvangen_op" date NOT NULL,
	"gepost_op" date,
	"indiener" text NOT NULL,
	"gronden" text NOT NULL,
	"tijdig" boolean NOT NULL,
	"verschoonbaar" boolean DEFAULT false NOT NULL,
	"termijn_einde" date NOT NULL,
	"adviescommissie" boolean DEFAULT false NOT NULL,
	"beslistermijn" date NOT NULL,
	"verdaagd_op" date,
	"gehoord_op" date,
	"horen_uitzondering" text,
	"uitkomst" text,
	"beslist_op" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objections_case" ON "objections" USING btree ("case_id");