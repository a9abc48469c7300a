// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns people with a residence history into rows of BRP snapshot files (interfaces.md §2.2).
 * The first snapshot holds everyone in the extract on that day; each later snapshot holds the
 * people who joined the extract or changed since the previous one (moved, left, died, RNI), as
 * the office would receive mutations. Every person appears in at least one file.
 */
import { BRP_FILE_COLUMNS } from '../imports/kinds/brp.ts';
import { isoDay } from './days.ts';
import { goneFrom, periodOn, RNI_GEMEENTE, type DemoPerson } from './model.ts';

/** Columns of a brp file, in the order the generator writes them: the import's own list. */
export const BRP_COLUMNS = BRP_FILE_COLUMNS;

export type BrpRow = Partial<Record<(typeof BRP_COLUMNS)[number], string>>;

/**
 * Index of the first snapshot that lists the person, or -1 when the person left or died before
 * entering the extract (then nobody may refer to them).
 */
export function firstSnapshot(person: DemoPerson, snapshots: readonly number[]): number {
  if (goneFrom(person) <= person.inExtractVanaf) return -1;
  return snapshots.findIndex((s) => s >= person.inExtractVanaf);
}

/** Whether anything in the person's record changed after `after` up to and including `upTo`. */
function changed(person: DemoPerson, after: number, upTo: number): boolean {
  const within = (d: number | undefined) => d !== undefined && d > after && d <= upTo;
  return (
    within(person.vertrek) ||
    within(person.overlijden) ||
    person.periods.some((p) => within(p.vanaf))
  );
}

/** Whether the person is listed in snapshot `k` (first appearance, or a change since k-1). */
export function listedIn(
  person: DemoPerson,
  k: number,
  snapshots: readonly number[],
  first: number,
): boolean {
  if (first < 0 || k < first) return false;
  if (k === first) return true;
  return changed(person, snapshots[k - 1]!, snapshots[k]!);
}

/** The person's row as of peildatum `on` (run `pruneParents` on the family first). */
export function brpRow(person: DemoPerson, on: number): BrpRow {
  const stop = Math.min(on, (person.overlijden ?? Infinity) - 1, (person.vertrek ?? Infinity) - 1);
  const period = periodOn(person, stop) ?? person.periods[0]!;
  const address = period.address;
  const row: BrpRow = {
    bsn: person.bsn,
    geslachtsnaam: person.geslachtsnaam,
    voorvoegsel: person.voorvoegsel,
    voornamen: person.voornamen,
    geboortedatum: isoDay(person.geboortedatum),
    geslacht: person.geslacht,
    gemeentecode: period.gemeente,
    datum_vestiging: isoDay(period.vanaf),
  };
  if (address) {
    row.straat = address.straat;
    row.huisnummer = address.huisnummer;
    row.huisletter = address.huisletter;
    row.huisnummertoevoeging = address.toevoeging;
    row.postcode = address.postcode;
    row.woonplaats = address.woonplaats;
  }
  if (person.vertrek !== undefined && person.vertrek <= on) {
    row.datum_vertrek = isoDay(person.vertrek);
  }
  if (person.overlijden !== undefined && person.overlijden <= on) {
    row.datum_overlijden = isoDay(person.overlijden);
  }
  if (period.rni || period.gemeente === RNI_GEMEENTE) row.rni = 'ja';
  if (person.geheimhouding) row.geheimhouding = 'ja';
  if (person.ouder1) row.ouder1_bsn = person.ouder1;
  if (person.ouder2) row.ouder2_bsn = person.ouder2;
  return row;
}

/**
 * Drops parent references a child may not carry: a parent who is never listed, or who is first
 * listed after the child (the importer needs the parent in the same file or already known).
 */
export function pruneParents(group: readonly DemoPerson[], snapshots: readonly number[]): void {
  const first = new Map(group.map((p) => [p.bsn, firstSnapshot(p, snapshots)]));
  for (const person of group) {
    const own = first.get(person.bsn) ?? -1;
    for (const key of ['ouder1', 'ouder2'] as const) {
      const parent = person[key];
      if (parent === undefined) continue;
      const at = first.get(parent);
      if (at === undefined || at < 0 || at > own) delete person[key];
    }
    if (person.ouder1 === undefined && person.ouder2 !== undefined) {
      person.ouder1 = person.ouder2;
      delete person.ouder2;
    }
  }
}
