// SPDX-License-Identifier: EUPL-1.2
/**
 * Applies a BRP snapshot (interfaces.md §2.2): persons, their parents, and where they live. A person
 * keeps a history of residence periods: a new gemeente or address starts a new period on
 * `datum_vestiging` (or the snapshot's peildatum when empty) and closes the previous one on that day.
 */
import type { Queryable } from '../../../db/connect.ts';
import type { BrpRow } from '../kinds/index.ts';
import { bulkInsert, bulkUpdate, same } from '../bulk.sql.ts';
import { col, ensureGemeenten } from './lookups.sql.ts';
import { addProblem, type ApplyContext, type Applier } from './types.ts';

const PERSON = [
  col('bsn', 'text'),
  col('geslachtsnaam', 'text'),
  col('voorvoegsel', 'text'),
  col('voornamen', 'text'),
  col('geboortedatum', 'date'),
  col('geslacht', 'text'),
  col('datum_overlijden', 'date'),
  col('geheimhouding', 'boolean'),
];
const ADDRESS = [
  'gemeente_code',
  'straat',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
] as const;
const PERIOD = [
  col('person_id', 'int'),
  ...ADDRESS.map((a) => col(a, 'text')),
  col('vanaf', 'date'),
  col('tot', 'date'),
  col('rni', 'boolean'),
  col('peildatum', 'date'),
];

type Stored = Record<string, unknown> & { id: number };
const personValues = (r: BrpRow) => [
  r.bsn,
  r.geslachtsnaam,
  r.voorvoegsel,
  r.voornamen,
  r.geboortedatum,
  r.geslacht,
  r.datumOverlijden,
  r.geheimhouding,
];
const addressValues = (r: BrpRow) => [
  r.gemeentecode,
  r.straat,
  r.huisnummer,
  r.huisletter,
  r.huisnummertoevoeging,
  r.postcode,
  r.woonplaats,
];

export const applyBrp: Applier<BrpRow> = async (tx, rows, ctx) => {
  const inFile = new Set(rows.map((r) => r.row.bsn));
  const parentBsns = rows
    .flatMap((r) => [r.row.ouder1Bsn, r.row.ouder2Bsn])
    .filter((b): b is string => !!b);
  const existing = await tx.query<Stored & { bsn: string }>(
    `select id, ${PERSON.map((c) => c.name).join(', ')} from persons where bsn = any($1::text[])`,
    [[...new Set([...inFile, ...parentBsns])]],
  );
  const byBsn = new Map(existing.map((p) => [p.bsn, p]));
  const problems = new Map();
  for (const { regel, row } of rows) {
    for (const [kolom, bsn] of [
      ['ouder1_bsn', row.ouder1Bsn],
      ['ouder2_bsn', row.ouder2Bsn],
    ] as const) {
      if (bsn && !inFile.has(bsn) && !byBsn.has(bsn)) {
        addProblem(problems, {
          regel,
          kolom,
          code: 'imports.unknown_parent',
          melding: `${kolom} ${bsn} is onbekend: niet in dit bestand en niet eerder geïmporteerd`,
        });
      }
    }
  }
  return {
    problems,
    write: () =>
      writeBrp(
        tx,
        rows.map((r) => r.row).filter((_, i) => !problems.has(rows[i]!.regel)),
        byBsn,
        ctx,
      ),
  };
};

async function writeBrp(
  tx: Queryable,
  rows: BrpRow[],
  byBsn: Map<string, Stored>,
  ctx: ApplyContext,
) {
  const changed = new Set<string>();
  const inserts = rows.filter((r) => !byBsn.has(r.bsn));
  const updates = rows.filter((r) => {
    const current = byBsn.get(r.bsn);
    return current && PERSON.some((c, i) => !same(current[c.name], personValues(r)[i]));
  });
  updates.forEach((r) => changed.add(r.bsn));
  const created = await bulkInsert<{ id: number; bsn: string }>(
    tx,
    'persons',
    PERSON,
    inserts.map(personValues),
    'id, bsn',
  );
  const ids = new Map<string, number>([...byBsn].map(([bsn, p]) => [bsn, p.id]));
  created.forEach((p) => ids.set(p.bsn, p.id));
  await bulkUpdate(
    tx,
    'persons',
    [...PERSON, col('updated_at', 'timestamp')],
    updates.map((r) => [ids.get(r.bsn), ...personValues(r), new Date().toISOString()]),
  );
  await ensureGemeenten(
    tx,
    rows.map((r) => r.gemeentecode),
  );
  for (const bsn of await writePeriods(tx, rows, ids, ctx)) changed.add(bsn);
  for (const bsn of await writeParents(tx, rows, ids)) changed.add(bsn);
  const nieuw = inserts.length;
  const newSet = new Set(inserts.map((r) => r.bsn));
  const gewijzigd = [...changed].filter((bsn) => !newSet.has(bsn)).length;
  return { nieuw, gewijzigd, ongewijzigd: rows.length - nieuw - gewijzigd };
}

/** Returns the BSNs whose residence changed. */
async function writePeriods(
  tx: Queryable,
  rows: BrpRow[],
  ids: Map<string, number>,
  ctx: ApplyContext,
): Promise<string[]> {
  const stored = await tx.query<
    Stored & { person_id: number; vanaf: string | null; tot: string | null }
  >(
    `select id, ${PERIOD.map((c) => c.name).join(', ')} from residence_periods where person_id = any($1::int[])
     order by person_id, vanaf nulls first, id`,
    [[...new Set(rows.map((r) => ids.get(r.bsn)))]],
  );
  const current = new Map<number, Stored & { vanaf: string | null; tot: string | null }>();
  for (const period of stored) current.set(period.person_id, period);
  const inserts: unknown[][] = [];
  const updates: unknown[][] = [];
  const changed: string[] = [];
  for (const row of rows) {
    const personId = ids.get(row.bsn)!;
    const period = current.get(personId);
    const address = addressValues(row);
    if (!period) {
      inserts.push([
        personId,
        ...address,
        row.datumVestiging,
        row.datumVertrek,
        row.rni,
        ctx.peildatum,
      ]);
      continue;
    }
    const sameAddress = ADDRESS.every((a, i) => same(period[a], address[i]));
    if (sameAddress) {
      const vanaf = row.datumVestiging ?? period.vanaf;
      if (
        !same(period.vanaf, vanaf) ||
        !same(period.tot, row.datumVertrek) ||
        !same(period.rni, row.rni)
      ) {
        updates.push([period.id, ...address, vanaf, row.datumVertrek, row.rni, ctx.peildatum]);
        changed.push(row.bsn);
      }
      continue;
    }
    const start = row.datumVestiging ?? ctx.peildatum;
    const closeAt = period.tot === null || period.tot > start ? start : period.tot;
    updates.push([
      period.id,
      ...ADDRESS.map((a) => period[a]),
      period.vanaf,
      closeAt,
      period.rni,
      period.peildatum,
    ]);
    inserts.push([personId, ...address, start, row.datumVertrek, row.rni, ctx.peildatum]);
    changed.push(row.bsn);
  }
  const [, ...updatable] = PERIOD;
  await bulkInsert(tx, 'residence_periods', PERIOD, inserts);
  await bulkUpdate(tx, 'residence_periods', updatable, updates);
  return changed;
}

/** Replaces the parent relations of children whose parents differ; returns their BSNs. */
async function writeParents(
  tx: Queryable,
  rows: BrpRow[],
  ids: Map<string, number>,
): Promise<string[]> {
  const childIds = rows.map((r) => ids.get(r.bsn)!);
  const stored = await tx.query<{ child_id: number; parent_id: number; rang: number }>(
    'select child_id, parent_id, rang from parent_relations where child_id = any($1::int[]) order by child_id, rang',
    [childIds],
  );
  const byChild = new Map<number, string>();
  for (const s of stored) {
    byChild.set(s.child_id, `${byChild.get(s.child_id) ?? ''}${s.rang}:${s.parent_id};`);
  }
  const changedChildren: number[] = [];
  const inserts: unknown[][] = [];
  const changed: string[] = [];
  for (const row of rows) {
    const childId = ids.get(row.bsn)!;
    const parents = (
      [
        [1, row.ouder1Bsn],
        [2, row.ouder2Bsn],
      ] as const
    )
      .filter(([, b]) => !!b)
      .map(([rang, b]) => [rang, ids.get(b!)!] as const);
    const wanted = parents.map(([rang, id]) => `${rang}:${id};`).join('');
    if ((byChild.get(childId) ?? '') === wanted) continue;
    changedChildren.push(childId);
    parents.forEach(([rang, parentId]) => inserts.push([childId, parentId, rang]));
    changed.push(row.bsn);
  }
  if (changedChildren.length) {
    await tx.query('delete from parent_relations where child_id = any($1::int[])', [
      changedChildren,
    ]);
    await bulkInsert(
      tx,
      'parent_relations',
      [col('child_id', 'int'), col('parent_id', 'int'), col('rang', 'smallint')],
      inserts,
    );
  }
  return changed;
}
