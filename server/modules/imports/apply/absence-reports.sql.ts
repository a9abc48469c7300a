// SPDX-License-Identifier: EUPL-1.2
import { personKey, type AbsenceReportRow, type PersonRef } from '../kinds/index.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import {
  col,
  createPersons,
  findPerson,
  loadPersons,
  loadSchools,
  personColumn,
} from './lookups.sql.ts';
import { addProblem, type Applier } from './types.ts';

const COLUMNS = [
  col('meldingnummer', 'text'),
  col('person_id', 'int'),
  col('school_id', 'int'),
  col('verzuimsoort', 'text'),
  col('verzuim_van', 'date'),
  col('verzuim_tot', 'date'),
  col('verzuim_uren', 'numeric'),
  col('vermoedelijke_reden', 'text'),
  col('alle_lessen_verzuimd', 'boolean'),
  col('actie_school', 'text'),
  col('actie_gewenst', 'boolean'),
  col('gemeld_op', 'date'),
  col('gemeld_op_tijdstip', 'timestamp'),
  col('melder_naam', 'text'),
  col('melder_functie', 'text'),
  col('melder_email', 'text'),
  col('melder_telefoon', 'text'),
];

/**
 * Meldingen are keyed by meldingnummer. A melding for a person the system does not know yet creates
 * that person from the name and date of birth in the row (interfaces.md §2.4); without them it is refused.
 */
export const applyAbsenceReports: Applier<AbsenceReportRow> = async (tx, rows) => {
  const schools = await loadSchools(tx);
  const persons = await loadPersons(
    tx,
    rows.map((r) => r.row),
  );
  const problems = new Map();
  const toCreate = new Map<string, AbsenceReportRow>();
  const accepted: { row: AbsenceReportRow; schoolId: number }[] = [];
  // First pass: persons this file can create, so every melding of such a person is accepted.
  for (const { row } of rows) {
    if (
      findPerson(persons, row) === undefined &&
      row.geslachtsnaam &&
      row.geboortedatum &&
      !toCreate.has(personKey(row))
    ) {
      toCreate.set(personKey(row), row);
    }
  }
  for (const { regel, row } of rows) {
    const schoolId = schools.get(`${row.brin}-${row.vestiging}`);
    const known = findPerson(persons, row) !== undefined || toCreate.has(personKey(row));
    if (schoolId === undefined) {
      addProblem(problems, {
        regel,
        kolom: 'brin',
        code: 'imports.unknown_school',
        melding: `school ${row.brin}-${row.vestiging} is onbekend: importeer eerst de scholen`,
      });
    }
    if (!known && (!row.geslachtsnaam || !row.geboortedatum)) {
      addProblem(problems, {
        regel,
        kolom: personColumn(row),
        code: 'imports.unknown_person',
        melding: `onbekende persoon (geen ${personColumn(row)} in de brp): vul geslachtsnaam en geboortedatum in of importeer eerst de brp`,
      });
      continue;
    }
    if (schoolId === undefined) continue;
    accepted.push({ row, schoolId });
  }
  return {
    problems,
    async write() {
      await createPersons(tx, toCreate.values(), persons, 'verzuimmelding');
      const existing = await tx.query<
        Record<string, unknown> & { id: number; meldingnummer: string }
      >(
        // The moment comes back as the same text the file gave, so a re-import compares equal.
        `select id, ${COLUMNS.map((c) => (c.type === 'timestamp' ? `to_char(${c.name}, 'YYYY-MM-DD"T"HH24:MI:SS') as ${c.name}` : c.name)).join(', ')}
         from absence_reports where meldingnummer = any($1::text[])`,
        [accepted.map((a) => a.row.meldingnummer)],
      );
      return diffAndWrite(
        tx,
        'absence_reports',
        COLUMNS,
        accepted.map(({ row: r, schoolId }) => ({
          key: r.meldingnummer,
          values: [
            r.meldingnummer,
            findPerson(persons, r as PersonRef),
            schoolId,
            r.verzuimsoort,
            r.verzuimVan,
            r.verzuimTot,
            r.verzuimUren,
            r.vermoedelijkeReden,
            r.alleLessenVerzuimd,
            r.actieSchool,
            r.actieGewenst,
            r.gemeldOp,
            r.gemeldOpTijdstip,
            r.melderNaam,
            r.melderFunctie,
            r.melderEmail,
            r.melderTelefoon,
          ],
        })),
        new Map(existing.map((e) => [e.meldingnummer, e])),
      );
    },
  };
};
