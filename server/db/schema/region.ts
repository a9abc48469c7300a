// SPDX-License-Identifier: EUPL-1.2
import {
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The office's region (one row, id 1); `aanwezig regio` sets it. Absent: the region is every gemeente a brp row lives in. */
export const regions = pgTable('regions', {
  id: integer('id').primaryKey().default(1),
  naam: text('naam').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Gemeenten known to the system, by CBS code; `inRegio` marks those the office serves. */
export const gemeenten = pgTable('gemeenten', {
  code: text('code').primaryKey(),
  naam: text('naam'),
  inRegio: boolean('in_regio').notNull().default(false),
});

/**
 * Regional settings of the rules engine and the office, with history: a setting applies from
 * `geldigVanaf` (inclusive) until a later row for the same key takes over.
 */
export const settings = pgTable(
  'settings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sleutel: text('sleutel').notNull(),
    waarde: jsonb('waarde').notNull(),
    geldigVanaf: date('geldig_vanaf', { mode: 'string' }).notNull().default('1900-01-01'),
    reden: text('reden'),
    gewijzigdDoor: text('gewijzigd_door'),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('settings_key_from').on(t.sleutel, t.geldigVanaf)],
);

/** National school holidays per region (noord/midden/zuid); shipped as data, editable by the functioneel beheerder. */
export const schoolHolidays = pgTable(
  'school_holidays',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schooljaar: text('schooljaar').notNull(),
    vakantieregio: text('vakantieregio').notNull(),
    naam: text('naam').notNull(),
    van: date('van', { mode: 'string' }).notNull(),
    totEnMet: date('tot_en_met', { mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('school_holidays_key').on(t.schooljaar, t.vakantieregio, t.naam)],
);
