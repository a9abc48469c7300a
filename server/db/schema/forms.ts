// SPDX-License-Identifier: EUPL-1.2
/** Web forms (issue #8): submissions, their uploaded documents, and single-use form tokens. */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';
import { appointments, cases, tasks, users } from './work.ts';

/**
 * A confirmed form submission. `versie` is the form definition it was filled in with, so an old
 * submission is always shown with its own questions. Unmatched (`person_id` null) submissions wait
 * in the staff worklist "Niet gekoppelde inzendingen".
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Reference number on the receipt, e.g. `VL-7K3M9Q`. */
    referentie: text('referentie').notNull(),
    formulier: text('formulier').notNull(),
    versie: integer('versie').notNull(),
    /** The answers, keyed by field name of that version (BSN included: it is person data). */
    antwoorden: jsonb('antwoorden').notNull(),
    personId: integer('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'set null' }),
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    /** `gekoppeld` (in the work) or `niet_gekoppeld` (waits to be linked by hand). */
    status: text('status').notNull(),
    /** Who submitted: a school user's name, or `formulier` for the public. */
    door: text('door').notNull(),
    ingediendOp: timestamp('ingediend_op', { withTimezone: true, mode: 'string' }).notNull(),
    gekoppeldDoor: integer('gekoppeld_door').references(() => users.id),
    gekoppeldOp: timestamp('gekoppeld_op', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('form_submissions_referentie').on(t.referentie),
    index('form_submissions_status').on(t.status, t.ingediendOp),
    index('form_submissions_case').on(t.caseId),
  ],
);

/** A document sent with a submission; the bytes live under the data folder, not in the web root. */
export const formUploads = pgTable(
  'form_uploads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    veld: text('veld').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    /** The type found by content sniffing, not the one the browser claimed. */
    mediatype: text('mediatype').notNull(),
    grootte: integer('grootte').notNull(),
    sha256: text('sha256').notNull(),
    /** File name inside `<AANWEZIG_DATA_DIR>/formulieren/`. */
    opslagnaam: text('opslagnaam').notNull(),
  },
  (t) => [index('form_uploads_submission').on(t.submissionId)],
);

/**
 * An expiring token behind a form link: feedback after a conversation (works once), or the QR code
 * on an invitation letter (`afspraak`: works while the appointment is open).
 */
export const formTokens = pgTable(
  'form_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** SHA-256 of the token: a copy of the database cannot be used to answer. */
    tokenHash: text('token_hash').notNull(),
    formulier: text('formulier').notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true, mode: 'string' }).notNull(),
    /** For `afspraak` tokens (the QR code on an invitation letter): the appointment it answers. */
    appointmentId: integer('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    gebruiktOp: timestamp('gebruikt_op', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('form_tokens_hash').on(t.tokenHash)],
);
