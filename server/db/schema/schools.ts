// SPDX-License-Identifier: EUPL-1.2
import {
  date,
  index,
  integer,
  numeric,
  boolean,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';

/** A school location: BRIN plus vestiging (interfaces.md §2.1). */
export const schools = pgTable(
  'schools',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    brin: text('brin').notNull(),
    vestiging: text('vestiging').notNull().default('00'),
    naam: text('naam').notNull(),
    sector: text('sector').notNull(),
    gemeenteCode: text('gemeente_code').notNull(),
    postcode: text('postcode'),
    plaats: text('plaats'),
    email: text('email'),
  },
  (t) => [uniqueIndex('schools_key').on(t.brin, t.vestiging)],
);

/** An enrolment as DUO's register delivers it; `datumUitschrijving` is the last day enrolled (inclusive). */
export const enrolments = pgTable(
  'enrolments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schoolId: integer('school_id')
      .notNull()
      .references(() => schools.id),
    sector: text('sector').notNull(),
    leerjaar: smallint('leerjaar'),
    opleiding: text('opleiding'),
    niveau: text('niveau'),
    datumInschrijving: date('datum_inschrijving', { mode: 'string' }).notNull(),
    datumUitschrijving: date('datum_uitschrijving', { mode: 'string' }),
    redenUitschrijving: text('reden_uitschrijving'),
    startkwalificatieDatum: date('startkwalificatie_datum', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('enrolments_key').on(t.personId, t.schoolId, t.datumInschrijving),
    index('enrolments_school').on(t.schoolId),
  ],
);

/** An absence report (verzuimmelding) from a school, as DUO routes it (interfaces.md §2.4). */
export const absenceReports = pgTable(
  'absence_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meldingnummer: text('meldingnummer').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schoolId: integer('school_id')
      .notNull()
      .references(() => schools.id),
    verzuimsoort: text('verzuimsoort').notNull(),
    verzuimVan: date('verzuim_van', { mode: 'string' }).notNull(),
    verzuimTot: date('verzuim_tot', { mode: 'string' }),
    verzuimUren: numeric('verzuim_uren', { mode: 'number' }),
    vermoedelijkeReden: text('vermoedelijke_reden'),
    alleLessenVerzuimd: boolean('alle_lessen_verzuimd'),
    actieSchool: text('actie_school'),
    actieGewenst: boolean('actie_gewenst').notNull(),
    /** The calendar day the school reported; reports count on this date. */
    gemeldOp: date('gemeld_op', { mode: 'string' }).notNull(),
    /** The moment of reporting when the file gave a time (local time, as delivered). */
    gemeldOpTijdstip: timestamp('gemeld_op_tijdstip', { mode: 'string' }),
    melderNaam: text('melder_naam'),
    melderFunctie: text('melder_functie'),
    melderEmail: text('melder_email'),
    melderTelefoon: text('melder_telefoon'),
    caseId: integer('case_id'),
    /** DUO status to send back: in_behandeling, afgesloten, ter_kennisgeving (anchors-mission §d1). */
    duoStatus: text('duo_status'),
    /** One of the seven DUO closing reasons, on closure. */
    duoSluitreden: text('duo_sluitreden'),
    /** One of the three DUO closing explanations, on closure. */
    duoToelichting: text('duo_toelichting'),
    duoGewijzigdOp: timestamp('duo_gewijzigd_op', { withTimezone: true, mode: 'string' }),
    /** When the current DUO status was sent back (null: still to send). */
    duoVerzondenOp: timestamp('duo_verzonden_op', { withTimezone: true, mode: 'string' }),
    /** The outcome (afdoening) of this melding, from the controlled list. */
    afdoening: text('afdoening'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('absence_reports_key').on(t.meldingnummer),
    index('absence_reports_person').on(t.personId),
    index('absence_reports_gemeld_op').on(t.gemeldOp),
    index('absence_reports_case').on(t.caseId),
  ],
);

/** An exemption (vrijstelling) or vervangende leerplicht, with its decision (interfaces.md §2.5). */
export const exemptions = pgTable(
  'exemptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    artikel: text('artikel').notNull(),
    datumAanvraag: date('datum_aanvraag', { mode: 'string' }).notNull(),
    besluit: text('besluit').notNull(),
    datumBesluit: date('datum_besluit', { mode: 'string' }),
    geldigVan: date('geldig_van', { mode: 'string' }),
    geldigTot: date('geldig_tot', { mode: 'string' }),
    herhalingsverzoek: boolean('herhalingsverzoek').notNull().default(false),
    caseId: integer('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exemptions_key').on(t.personId, t.artikel, t.datumAanvraag)],
);

export { persons };
