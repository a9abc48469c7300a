// SPDX-License-Identifier: EUPL-1.2
import type { EnrolmentRow } from '../kinds/index.ts';
import { col, loadSchools } from './lookups.sql.ts';
import { personKeyedApplier } from './person-keyed.sql.ts';

/** Enrolments are keyed by person + school location + datum_inschrijving; person and school must be known. */
export const applyEnrolments = personKeyedApplier<EnrolmentRow, Map<string, number>>({
  table: 'enrolments',
  columns: [
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
  ],
  key: ['person_id', 'school_id', 'datum_inschrijving'],
  lookups: loadSchools,
  resolve(row, schools) {
    const schoolId = schools.get(`${row.brin}-${row.vestiging}`);
    if (schoolId === undefined) {
      return {
        problems: [
          {
            kolom: 'brin',
            code: 'imports.unknown_school',
            melding: `school ${row.brin}-${row.vestiging} is onbekend: importeer eerst de scholen`,
          },
        ],
      };
    }
    return {
      values: [
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
    };
  },
});
