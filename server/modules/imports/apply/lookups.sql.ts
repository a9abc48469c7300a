// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../../db/connect.ts';
import { personKey, type PersonRef } from '../kinds/index.ts';
import { bulkInsert, type BulkColumn } from '../bulk.sql.ts';

/** School ids by `BRIN-vestiging`. */
export async function loadSchools(tx: Queryable): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: number; brin: string; vestiging: string }>(
    'select id, brin, vestiging from schools',
  );
  return new Map(rows.map((r) => [`${r.brin}-${r.vestiging}`, r.id]));
}

/** Person ids by `personKey` for the persons the rows name (only those, so large registers stay cheap). */
export async function loadPersons(tx: Queryable, refs: PersonRef[]): Promise<Map<string, number>> {
  const bsns = [...new Set(refs.map((r) => r.bsn).filter((v): v is string => !!v))];
  const onderwijsnummers = [
    ...new Set(refs.map((r) => r.onderwijsnummer).filter((v): v is string => !!v)),
  ];
  const rows = await tx.query<{ id: number; bsn: string | null; onderwijsnummer: string | null }>(
    'select id, bsn, onderwijsnummer from persons where bsn = any($1::text[]) or onderwijsnummer = any($2::text[])',
    [bsns, onderwijsnummers],
  );
  const map = new Map<string, number>();
  for (const row of rows) {
    if (row.bsn) map.set(`b${row.bsn}`, row.id);
    if (row.onderwijsnummer) map.set(`o${row.onderwijsnummer}`, row.id);
  }
  return map;
}

/** The person a row names, trying the BSN first and then the onderwijsnummer. */
export function findPerson(persons: Map<string, number>, ref: PersonRef): number | undefined {
  return (
    (ref.bsn ? persons.get(personKey({ bsn: ref.bsn, onderwijsnummer: null })) : undefined) ??
    (ref.onderwijsnummer ? persons.get(`o${ref.onderwijsnummer}`) : undefined)
  );
}

/** Which column to blame when a person is unknown. */
export const personColumn = (ref: PersonRef): string => (ref.bsn ? 'bsn' : 'onderwijsnummer');

/** Makes sure every gemeente code exists in `gemeenten` (names follow from `aanwezig regio`). */
export async function ensureGemeenten(tx: Queryable, codes: Iterable<string>): Promise<void> {
  const list = [...new Set(codes)];
  if (list.length) {
    await tx.query(
      'insert into gemeenten (code) select unnest($1::text[]) on conflict (code) do nothing',
      [list],
    );
  }
}

export const col = (name: string, type: BulkColumn['type']): BulkColumn => ({ name, type });

/** The name and birth date of a person a file row names but the system does not know yet. */
export interface NewPerson extends PersonRef {
  geslachtsnaam: string | null;
  voornamen: string | null;
  geboortedatum: string | null;
}

/**
 * Creates the unknown persons a file names (meldingen, vsv lists) with `bron` as their source,
 * and adds them to the look-up map so the rows that follow find them.
 */
export async function createPersons(
  tx: Queryable,
  rows: Iterable<NewPerson>,
  persons: Map<string, number>,
  bron: string,
): Promise<void> {
  const created = await bulkInsert<{
    id: number;
    bsn: string | null;
    onderwijsnummer: string | null;
  }>(
    tx,
    'persons',
    [
      col('bsn', 'text'),
      col('onderwijsnummer', 'text'),
      col('geslachtsnaam', 'text'),
      col('voornamen', 'text'),
      col('geboortedatum', 'date'),
      col('bron', 'text'),
    ],
    [...rows].map((r) => [
      r.bsn,
      r.bsn ? null : r.onderwijsnummer,
      r.geslachtsnaam,
      r.voornamen,
      r.geboortedatum,
      bron,
    ]),
    'id, bsn, onderwijsnummer',
  );
  for (const p of created) {
    if (p.bsn) persons.set(`b${p.bsn}`, p.id);
    if (p.onderwijsnummer) persons.set(`o${p.onderwijsnummer}`, p.id);
  }
}
