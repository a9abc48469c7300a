// SPDX-License-Identifier: EUPL-1.2
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * A published annual report (art. 25 Lpw): the figures as they were on publication, frozen.
 * Year-on-year comparisons read these, and they survive when retention deletes the persons
 * behind them. A correction is a new `versie`; the latest version is the published one.
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schooljaar: text('schooljaar').notNull(),
    versie: integer('versie').notNull(),
    /** The report JSON of interfaces.md §1.5 for the whole region (exact counts). */
    inhoud: jsonb('inhoud').notNull(),
    /** The validation checks as they ran at publication. */
    controles: jsonb('controles').notNull(),
    gepubliceerdDoor: text('gepubliceerd_door').notNull(),
    gepubliceerdOp: timestamp('gepubliceerd_op', { withTimezone: true, mode: 'string' }).notNull(),
    /** Set when a named person published despite a failed check, with the reason. */
    overschrevenDoor: text('overschreven_door'),
    overschrijfReden: text('overschrijf_reden'),
  },
  (t) => [uniqueIndex('report_snapshots_year_version').on(t.schooljaar, t.versie)],
);

/**
 * Official vsv percentages per gemeente (DUO/OCW, indicator C17): the system cannot derive the
 * rate from its own cases, so it is imported, provisional (`voorlopig`) or `definitief`.
 */
export const vsvPercentages = pgTable(
  'vsv_percentages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    gemeenteCode: text('gemeente_code').notNull(),
    schooljaar: text('schooljaar').notNull(),
    /** `totaal`, `vo` or `mbo`. */
    sector: text('sector').notNull(),
    percentage: numeric('percentage', { mode: 'number' }).notNull(),
    /** Number of new early school leavers (teller) and of pupils counted (noemer), when given. */
    teller: integer('teller'),
    noemer: integer('noemer'),
    /** `voorlopig` or `definitief`. */
    status: text('status').notNull(),
    importRunId: integer('import_run_id'),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex('vsv_percentages_key').on(t.gemeenteCode, t.schooljaar, t.sector),
    index('vsv_percentages_year').on(t.schooljaar),
  ],
);
