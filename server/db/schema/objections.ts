// SPDX-License-Identifier: EUPL-1.2
import { boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { cases } from './work.ts';

/**
 * One bezwaar (objection) against the beschikking of a vrijstelling or verlof case (Awb, domain.md
 * W4 4.15): when it came in and whether in time (art. 6:9), the decision term (7:10), the hearing
 * (7:2, 7:3) and the beslissing op bezwaar. The case returns to `vorige_status` unless the outcome
 * changes the decision. Open while `uitkomst` is null; at most one open per case (checked in code).
 */
export const objections = pgTable(
  'objections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The decision objected to: toegekend, afgewezen (vrijstelling), verleend, geweigerd (verlof). */
    besluit: text('besluit').notNull(),
    /** The case state before the objection, to return to after it. */
    vorigeStatus: text('vorige_status').notNull(),
    /** The day the decision was sent (bekendgemaakt); the objection term starts the day after. */
    datumBesluit: date('datum_besluit', { mode: 'string' }).notNull(),
    ontvangenOp: date('ontvangen_op', { mode: 'string' }).notNull(),
    /** Postmark, when it came by post (art. 6:9 lid 2 Awb). */
    gepostOp: date('gepost_op', { mode: 'string' }),
    /** ouder, andere_ouder, jeugdige, school, gemachtigde. */
    indiener: text('indiener').notNull(),
    gronden: text('gronden').notNull(),
    tijdig: boolean('tijdig').notNull(),
    verschoonbaar: boolean('verschoonbaar').notNull().default(false),
    termijnEinde: date('termijn_einde', { mode: 'string' }).notNull(),
    adviescommissie: boolean('adviescommissie').notNull().default(false),
    beslistermijn: date('beslistermijn', { mode: 'string' }).notNull(),
    verdaagdOp: date('verdaagd_op', { mode: 'string' }),
    gehoordOp: date('gehoord_op', { mode: 'string' }),
    /** A ground of art. 7:3 Awb for not hearing (HOREN_UITZONDERINGEN). */
    horenUitzondering: text('horen_uitzondering'),
    /** gegrond, ongegrond, niet_ontvankelijk or ingetrokken; null while open. */
    uitkomst: text('uitkomst'),
    beslistOp: date('beslist_op', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('objections_case').on(t.caseId)],
);
