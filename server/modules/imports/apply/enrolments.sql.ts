// SPDX-License-Identifier: EUPL-1.2
import type { EnrolmentRow } from '../kinds/index.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import { col, findPerson, loadPersons, loadSchools, personColumn } from './lookups.sql.ts';
import { addProblem, type Applier } from './types.ts';

const COLUMNS = [
  col('person_id', 'int'),
  col('school_id', 'int'),
  col('sector', 'text'),
  col('leerjaar', 'smallint'),
  col('opleiding', 'text'),
  col('niveau', 'text'),
  col('datum_inschrijving', 'date'),
  col('datum_uitschrijving', 'date'),
  col('reden_uitschrijving', 'text'),
  col('startkwalificatie_datum', 'date'),
];

/** Enrolments are keyed by person + school location + datum_inschrijving; person and school must be known. */
export const applyEnrolments: Applier<EnrolmentRow> = async (tx, rows) => {
  const schools = await loadSchools(tx);
  const persons = await loadPersons(
    tx,
    rows.map((r) => r.row),
  );
  const problems = new Map();
  const resolved: { key: string; values: unknown[] }[] = [];
  for (const { regel, row } of rows) {
    const personId = findPerson(persons, row);
    const schoolId = schools.get(`${row.brin}-${row.vestiging}`);
    if (personId === undefined) {
      addProblem(problems, {
        regel,
        kolom: personColumn(row),
        code: 'imports.unknown_person',
        melding: `onbekende persoon (geen ${personColumn(row)} in de brp): importeer eerst de brp`,
      });
    }
    if (schoolId === undefined) {
      addProblem(problems, {
        regel,
        kolom: 'brin',
        code: 'imports.unknown_school',
        melding: `school ${row.brin}-${row.vestiging} is onbekend: importeer eerst de scholen`,
      });
    }
    if (personId === undefined || schoolId === undefined) continue;
    resolved.push({
      key: `${personId}|${schoolId}|${row.datumInschrijving}`,
      values: [
        personId,
        schoolId,
        row.sector,
        row.leerjaar,
        row.opleiding,
        row.niveau,
        row.datumInschrijving,
        row.datumUitschrijving,
        row.redenUitschrijving,
        row.startkwalificatieDatum,
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
          school_id: number;
          datum_inschrijving: string;
        }
      >(
        `select id, ${COLUMNS.map((c) => c.name).join(', ')} from enrolments where person_id = any($1::int[])`,
        [[...new Set(resolved.map((r) => r.values[0]))]],
      );
      return diffAndWrite(
        tx,
        'enrolments',
        COLUMNS,
        resolved,
        new Map(existing.map((e) => [`${e.person_id}|${e.school_id}|${e.datum_inschrijving}`, e])),
      );
    },
  };
};
