// SPDX-License-Identifier: EUPL-1.2
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * A person from the BRP (jeugdige or ouder) or created from a verzuimmelding.
 * Identified by `bsn` or, for pupils without one, DUO's `onderwijsnummer`. URLs and logs use `id`, never the BSN.
 */
export const persons = pgTable(
  'persons',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    bsn: text('bsn'),
    onderwijsnummer: text('onderwijsnummer'),
    geslachtsnaam: text('geslachtsnaam').notNull(),
    voorvoegsel: text('voorvoegsel'),
    voornamen: text('voornamen'),
    geboortedatum: date('geboortedatum', { mode: 'string' }).notNull(),
    geslacht: text('geslacht'),
    datumOverlijden: date('datum_overlijden', { mode: 'string' }),
    geheimhouding: boolean('geheimhouding').notNull().default(false),
    /** Where the row came from: `brp` or `verzuimmelding` (created from a report before the BRP knew it). */
    bron: text('bron').notNull().default('brp'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_bsn').on(t.bsn),
    uniqueIndex('persons_onderwijsnummer').on(t.onderwijsnummer),
    index('persons_geboortedatum').on(t.geboortedatum),
    index('persons_geslachtsnaam').on(t.geslachtsnaam),
  ],
);

/**
 * Where a person lived: one row per gemeente-and-address period (interfaces.md §2.2).
 * The person lives in `gemeenteCode` on day d when `vanaf` is empty or ≤ d, `tot` is empty or > d,
 * `rni` is false and the person had not died on or before d. `tot` is exclusive: the vertrek date,
 * or the start of the next period.
 */
export const residencePeriods = pgTable(
  'residence_periods',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    gemeenteCode: text('gemeente_code').notNull(),
    straat: text('straat'),
    huisnummer: text('huisnummer'),
    huisletter: text('huisletter'),
    huisnummertoevoeging: text('huisnummertoevoeging'),
    postcode: text('postcode'),
    woonplaats: text('woonplaats'),
    vanaf: date('vanaf', { mode: 'string' }),
    tot: date('tot', { mode: 'string' }),
    rni: boolean('rni').notNull().default(false),
    /** Date of the BRP snapshot that last confirmed this period. */
    peildatum: date('peildatum', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('residence_periods_person').on(t.personId),
    index('residence_periods_gemeente').on(t.gemeenteCode),
  ],
);

/** A child's parent (ouder1/ouder2 in the BRP file). `gezag` is unknown (null) until recorded. */
export const parentRelations = pgTable(
  'parent_relations',
  {
    childId: integer('child_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    rang: smallint('rang').notNull(),
    gezag: boolean('gezag'),
  },
  (t) => [
    uniqueIndex('parent_relations_key').on(t.childId, t.rang),
    index('parent_relations_parent').on(t.parentId),
  ],
);
