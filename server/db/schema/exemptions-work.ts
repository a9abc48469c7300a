// SPDX-License-Identifier: EUPL-1.2
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';
import { exemptions, schools } from './schools.ts';
import { cases } from './work.ts';

/**
 * The handling of one exemption request (domain.md §2.13, W4): the case it opened, the advice
 * asked and received, and the decision. The decided exemption itself is the `exemptions` row
 * (register, signals, reports); this row keeps what only the handling needs.
 */
export const exemptionRequests = pgTable(
  'exemption_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** 3a, 3b, 5a, 5b, 5c, 15 or maatwerk (gedoogbeschikking, not a legal ground). */
    artikel: text('artikel').notNull(),
    datumAanvraag: date('datum_aanvraag', { mode: 'string' }).notNull(),
    herhalingsverzoek: boolean('herhalingsverzoek').notNull().default(false),
    toelichting: text('toelichting'),
    /** medewerker or formulier. */
    bron: text('bron').notNull(),
    /** swv, ggd, jgz, arts or school. */
    adviseur: text('adviseur'),
    adviesGevraagdOp: date('advies_gevraagd_op', { mode: 'string' }),
    adviesUiterlijk: date('advies_uiterlijk', { mode: 'string' }),
    adviesOntvangenOp: date('advies_ontvangen_op', { mode: 'string' }),
    /** positief or negatief. */
    adviesUitkomst: text('advies_uitkomst'),
    /** toegekend or afgewezen; null while undecided. */
    besluit: text('besluit'),
    datumBesluit: date('datum_besluit', { mode: 'string' }),
    geldigVan: date('geldig_van', { mode: 'string' }),
    geldigTot: date('geldig_tot', { mode: 'string' }),
    exemptionId: integer('exemption_id').references(() => exemptions.id, { onDelete: 'set null' }),
    /** When the DUO register record of the decision was delivered (null: still to send). */
    duoVerzondenOp: timestamp('duo_verzonden_op', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('exemption_requests_case').on(t.caseId),
    index('exemption_requests_person').on(t.personId),
  ],
);

/** One required document of a request's checklist, with the day it came in (null: missing). */
export const exemptionDocuments = pgTable(
  'exemption_documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => exemptionRequests.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    ontvangenOp: date('ontvangen_op', { mode: 'string' }),
  },
  (t) => [uniqueIndex('exemption_documents_key').on(t.requestId, t.soort)],
);

/** A leave request beyond the school head's mandate (domain.md §2.14, W8), handled as a case. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schoolId: integer('school_id').references(() => schools.id),
    van: date('van', { mode: 'string' }).notNull(),
    totEnMet: date('tot_en_met', { mode: 'string' }).notNull(),
    schooldagen: integer('schooldagen').notNull(),
    reden: text('reden').notNull(),
    /** directeur or leerplichtambtenaar, by the rules engine (art. 14 Lpw). */
    beslisser: text('beslisser').notNull(),
    bron: text('bron').notNull(),
    schoolGehoordOp: date('school_gehoord_op', { mode: 'string' }),
    schoolStandpunt: text('school_standpunt'),
    /** verleend or geweigerd; null while undecided. */
    besluit: text('besluit'),
    datumBesluit: date('datum_besluit', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('leave_requests_case').on(t.caseId),
    index('leave_requests_person').on(t.personId),
  ],
);
