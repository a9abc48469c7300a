// SPDX-License-Identifier: EUPL-1.2
/**
 * Office work beyond single cases (issue #9): meetings (MDOs), prevention and voorlichting,
 * jaargesprekken with schools, advice questions, the VO→MBO transfer and time spent.
 */
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';
import { schools } from './schools.ts';
import { cases, users } from './work.ts';

/** A request to join a meeting (MDO, VIOS, ZAT, thuiszitterstafel …) and what became of it (W11). */
export const officeMeetings = pgTable(
  'office_meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    soort: text('soort').notNull(),
    titel: text('titel').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** `essentieel`, `belangrijk`, `laag_urgent` (seed 003 proposal 8). */
    categorie: text('categorie').notNull(),
    directBetrokken: boolean('direct_betrokken').notNull(),
    /** Optional: the case discussed, when the office is directly involved. */
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'set null' }),
    concreteAanleiding: boolean('concrete_aanleiding').notNull().default(false),
    schriftelijkVolstaat: boolean('schriftelijk_volstaat').notNull().default(false),
    grondslag: text('grondslag'),
    /** `open`, `akkoord`, `niet_toegestaan`: the privacy officer confirms (R70). */
    juridischeToets: text('juridische_toets').notNull().default('open'),
    toetsDoor: text('toets_door'),
    toetsOp: date('toets_op', { mode: 'string' }),
    gemeenteCode: text('gemeente_code'),
    schoolId: integer('school_id').references(() => schools.id),
    /** The advice from the attendance criteria when the request came in. */
    advies: text('advies').notNull(),
    adviesReden: text('advies_reden').notNull(),
    ring: integer('ring').notNull(),
    modus: text('modus').notNull(),
    /** `online`, `fysiek`, `schriftelijk`, `vertegenwoordiger`, `afgewezen`; null while open. */
    besluit: text('besluit'),
    besluitReden: text('besluit_reden'),
    besluitDoor: text('besluit_door'),
    deelnemerIds: jsonb('deelnemer_ids').$type<number[]>().notNull().default([]),
    deelgenomen: boolean('deelgenomen').notNull().default(false),
    minuten: integer('minuten'),
    acties: text('acties'),
    aangevraagdDoor: text('aangevraagd_door').notNull(),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_meetings_datum').on(t.datum)],
);

/**
 * A preventive or voorlichting activity, counted per school, sector and gemeente. Deliberately
 * without any person field: vertrouwelijke preventie registers no individuals (seed 002).
 */
export const officeActivities = pgTable(
  'office_activities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    soort: text('soort').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    schoolId: integer('school_id').references(() => schools.id),
    sector: text('sector'),
    gemeenteCode: text('gemeente_code'),
    /** `online` or `fysiek` (preventive conversations: ring 1 online, ring 2 physical). */
    vorm: text('vorm').notNull().default('fysiek'),
    aantalBereikt: integer('aantal_bereikt').notNull().default(0),
    aantalKlassen: integer('aantal_klassen'),
    minuten: integer('minuten'),
    notitie: text('notitie'),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_activities_datum').on(t.datum)],
);

/** A short advice or consultation question from a school, partner or parent. */
export const officeAdviceQuestions = pgTable(
  'office_advice_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** `school`, `partner`, `ouder`, `jeugdige`, `anders`. */
    van: text('van').notNull(),
    onderwerp: text('onderwerp').notNull(),
    personId: integer('person_id').references(() => persons.id, { onDelete: 'set null' }),
    schoolId: integer('school_id').references(() => schools.id),
    gemeenteCode: text('gemeente_code'),
    minuten: integer('minuten'),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_advice_datum').on(t.datum)],
);

/** The yearly meeting with a school location: the fixed agenda's notes and the agreements. */
export const officeSchoolMeetings = pgTable('office_school_meetings', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  schoolId: integer('school_id')
    .notNull()
    .references(() => schools.id),
  schooljaar: text('schooljaar').notNull(),
  datum: date('datum', { mode: 'string' }).notNull(),
  agenda: jsonb('agenda').$type<Record<string, string>>().notNull(),
  afspraken: text('afspraken'),
  minuten: integer('minuten'),
  userId: integer('user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One of the three overstaptafel reviews (VO→MBO) for a final-year pupil, with agreements. */
export const officeTransferReviews = pgTable(
  'office_transfer_reviews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schooljaar: text('schooljaar').notNull(),
    moment: integer('moment').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    afspraken: text('afspraken'),
    /** Null while open; e.g. `ingeschreven_mbo`, `ander_vervolg`, `geen_vervolg`, `onbekend`. */
    resultaat: text('resultaat'),
    minuten: integer('minuten'),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_transfer_person').on(t.personId)],
);

/** Minutes spent, optionally on a case: casework time and anything not registered elsewhere. */
export const officeTimeEntries = pgTable(
  'office_time_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    datum: date('datum', { mode: 'string' }).notNull(),
    minuten: integer('minuten').notNull(),
    /** `casus`, `mdo`, `preventie`, `advies`, `scholen`, `overstap`, `overig`. */
    soort: text('soort').notNull(),
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'set null' }),
    notitie: text('notitie'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_time_user').on(t.userId, t.datum)],
);
