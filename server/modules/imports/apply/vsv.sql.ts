// SPDX-License-Identifier: EUPL-1.2
import { intakeVsvRegistrations } from '../../doorstroompunt/intake.sql.ts';
import { personKey, type PersonRef, type VsvRow } from '../kinds/index.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import { col, createPersons, findPerson, loadPersons, personColumn } from './lookups.sql.ts';
import { addProblem, type Applier } from './types.ts';

const COLUMNS = [
  col('person_id', 'int'),
  col('datum_uitval', 'date'),
  col('laatste_brin', 'text'),
  col('laatste_vestiging', 'text'),
  col('opleiding', 'text'),
  col('niveau', 'text'),
  col('cohort', 'text'),
  col('lijstdatum', 'date'),
];

/**
 * Vsv registrations are keyed by person + datum_uitval. An unknown person is created from the name
 * and date of birth in the row (as for verzuimmeldingen); each new registration of a person in the
 * target group opens a doorstroompunt case in the same transaction (doorstroompunt/intake.sql.ts).
 * The last school is kept as text and not checked: mbo schools serve several regions.
 */
export const applyVsv: Applier<VsvRow> = async (tx, rows, ctx) => {
  const persons = await loadPersons(
    tx,
    rows.map((r) => r.row),
  );
  const problems = new Map();
  const toCreate = new Map<string, VsvRow>();
  for (const { row } of rows) {
    if (findPerson(persons, row) === undefined && row.geslachtsnaam && row.geboortedatum) {
      if (!toCreate.has(personKey(row))) toCreate.set(personKey(row), row);
    }
  }
  const accepted: VsvRow[] = [];
  for (const { regel, row } of rows) {
    if (findPerson(persons, row) === undefined && !toCreate.has(personKey(row))) {
      addProblem(problems, {
        regel,
        kolom: personColumn(row),
        code: 'imports.unknown_person',
        melding: `onbekende persoon (geen ${personColumn(row)} in de brp): vul geslachtsnaam en geboortedatum in of importeer eerst de brp`,
      });
      continue;
    }
    accepted.push(row);
  }
  return {
    problems,
    async write() {
      await createPersons(tx, toCreate.values(), persons, 'vsv');
      const resolved = accepted.map((r) => {
        const personId = findPerson(persons, r as PersonRef)!;
        return {
          key: `${personId}|${r.datumUitval}`,
          values: [
            personId,
            r.datumUitval,
            r.laatsteBrin,
            r.laatsteVestiging,
            r.opleiding,
            r.niveau,
            r.cohort,
            r.lijstdatum ?? ctx.peildatum,
          ],
        };
      });
      const existing = await tx.query<
        Record<string, unknown> & { id: number; person_id: number; datum_uitval: string }
      >(
        `select id, ${COLUMNS.map((c) => c.name).join(', ')} from vsv_registrations where person_id = any($1::int[])`,
        [[...new Set(resolved.map((r) => r.values[0]))]],
      );
      const counts = await diffAndWrite(
        tx,
        'vsv_registrations',
        COLUMNS,
        resolved,
        new Map(existing.map((e) => [`${e.person_id}|${e.datum_uitval}`, e])),
      );
      await intakeVsvRegistrations(tx, ctx.today);
      return counts;
    },
  };
};
