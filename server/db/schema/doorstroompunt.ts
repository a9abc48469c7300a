// SPDX-License-Identifier: EUPL-1.2
/** The Doorstroompunt (domain.md §2.17, W7): DUO's vsv list, contact attempts, first contact, trajectories. */
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';
import { cases } from './work.ts';

/**
 * One registration on DUO's early-school-leaver list (import kind `vsv`), keyed by person +
 * datum_uitval. `caseId` is the doorstroompunt case it opened; null when the person was outside
 * the target group on the list date (`buitenDoelgroep` says why).
 */
export const vsvRegistrations = pgTable(
  'vsv_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    datumUitval: date('datum_uitval', { mode: 'string' }).notNull(),
    /** BRIN as text: the last school may lie outside the region (mbo serves several regions). */
    laatsteBrin: text('laatste_brin').notNull(),
    laatsteVestiging: text('laatste_vestiging'),
    opleiding: text('opleiding'),
    niveau: text('niveau'),
    /** `nieuw` (left this school year) or `oud` (left in an earlier year). */
    cohort: text('cohort').notNull(),
    lijstdatum: date('lijstdatum', { mode: 'string' }).notNull(),
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'set null' }),
    buitenDoelgroep: text('buiten_doelgroep'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('vsv_registrations_key').on(t.personId, t.datumUitval),
    index('vsv_registrations_case').on(t.caseId),
  ],
);

/** A contact attempt in a doorstroompunt case (R75): channel, date and whether the youth was reached. */
export const doorstroompuntContacts = pgTable(
  'doorstroompunt_contacts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** whatsapp, bellen, brief, email, huisbezoek, kaart */
    kanaal: text('kanaal').notNull(),
    /** bereikt, niet_bereikt */
    resultaat: text('resultaat').notNull(),
    door: text('door').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('doorstroompunt_contacts_case').on(t.caseId)],
);

/** What the first successful contact records: dagbesteding (seed 002) and the SUWI income category. */
export const doorstroompuntFirstContacts = pgTable(
  'doorstroompunt_first_contacts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    datum: date('datum', { mode: 'string' }).notNull(),
    dagbesteding: text('dagbesteding').notNull(),
    inkomenscategorie: text('inkomenscategorie').notNull(),
    inkomenPeildatum: date('inkomen_peildatum', { mode: 'string' }).notNull(),
    door: text('door').notNull(),
  },
  (t) => [uniqueIndex('doorstroompunt_first_contacts_case').on(t.caseId)],
);

/** A begeleidingstraject (R77: 2-5 appointments) with its outcome (seed 002's seven reasons). */
export const doorstroompuntTrajectories = pgTable(
  'doorstroompunt_trajectories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gestartOp: date('gestart_op', { mode: 'string' }).notNull(),
    afspraken: integer('afspraken').notNull().default(0),
    beeindigdOp: date('beeindigd_op', { mode: 'string' }),
    uitstroomreden: text('uitstroomreden'),
    bestemming: text('bestemming'),
    door: text('door').notNull(),
  },
  (t) => [index('doorstroompunt_trajectories_case').on(t.caseId)],
);

/** Follow-up of a PRO/VSO leaver (X11): visited or monitored with the school, per person. */
export const proVsoFollowUps = pgTable(
  'pro_vso_follow_ups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** gemonitord, bezocht, werk, opleiding, dagbesteding, niet_bereikt */
    status: text('status').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    door: text('door').notNull(),
  },
  (t) => [uniqueIndex('pro_vso_follow_ups_person').on(t.personId)],
);
