// SPDX-License-Identifier: EUPL-1.2
import type { ExemptionRow } from '../kinds/index.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import { col, findPerson, loadPersons, personColumn } from './lookups.sql.ts';
import { addProblem, type Applier } from './types.ts';

const COLUMNS = [
  col('person_id', 'int'),
  col('artikel', 'text'),
  col('datum_aanvraag', 'date'),
  col('besluit', 'text'),
  col('datum_besluit', 'date'),
  col('geldig_van', 'date'),
  col('geldig_tot', 'date'),
  col('herhalingsverzoek', 'boolean'),
];

/** Exemptions are keyed by person + artikel + datum_aanvraag; the person must be known. */
export const applyExemptions: Applier<ExemptionRow> = async (tx, rows) => {
  const persons = await loadPersons(
    tx,
    rows.map((r) => r.row),
  );
  const problems = new Map();
  const resolved: { key: string; values: unknown[] }[] = [];
  for (const { regel, row } of rows) {
    const personId = findPerson(persons, row);
    if (personId === undefined) {
      addProblem(problems, {
        regel,
        kolom: personColumn(row),
        code: 'imports.unknown_person',
        melding: `onbekende persoon (geen ${personColumn(row)} in de brp): importeer eerst de brp`,
      });
      continue;
    }
    resolved.push({
      key: `${personId}|${row.artikel}|${row.datumAanvraag}`,
      values: [
        personId,
        row.artikel,
        row.datumAanvraag,
        row.besluit,
        row.datumBesluit,
        row.geldigVan,
        row.geldigTot,
        row.herhalingsverzoek,
      ],
    });
  }
  return {
    problems,
    async write() {
      const existing = await tx.query<
        Record<string, unknown> & {
          id: number;
          person_id: number;
          artikel: string;
          datum_aanvraag: string;
        }
      >(
        `select id, ${COLUMNS.map((c) => c.name).join(', ')} from exemptions where person_id = any($1::int[])`,
        [[...new Set(resolved.map((r) => r.values[0]))]],
      );
      return diffAndWrite(
        tx,
        'exemptions',
        COLUMNS,
        resolved,
        new Map(existing.map((e) => [`${e.person_id}|${e.artikel}|${e.datum_aanvraag}`, e])),
      );
    },
  };
};
