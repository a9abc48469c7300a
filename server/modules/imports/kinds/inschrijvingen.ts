// SPDX-License-Identifier: EUPL-1.2
/** The `inschrijvingen` file of interfaces.md §2: columns and the validation of one row. */
import { parseDate, parseInteger } from '../fields.ts';
import {
  brin,
  notBefore,
  personKey,
  readPerson,
  RowReader,
  sector,
  text,
  vestiging,
  type KindSpec,
  type PersonRef,
} from './common.ts';

export interface EnrolmentRow extends PersonRef {
  brin: string;
  vestiging: string;
  sector: string;
  leerjaar: number | null;
  opleiding: string | null;
  niveau: string | null;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
  startkwalificatieDatum: string | null;
}

export const inschrijvingen: KindSpec<EnrolmentRow> = {
  soort: 'inschrijvingen',
  keyColumn: 'datum_inschrijving',
  columns: [
    'bsn',
    'onderwijsnummer',
    'brin',
    'vestiging',
    'sector',
    'leerjaar',
    'opleiding',
    'niveau',
    'datum_inschrijving',
    'datum_uitschrijving',
    'reden_uitschrijving',
    'startkwalificatie_datum',
  ],
  required: ['brin', 'sector', 'datum_inschrijving'],
  oneOf: [['bsn', 'onderwijsnummer']],
  validate(get) {
    const r = new RowReader(get);
    const person = readPerson(r);
    const row = {
      ...person,
      brin: r.required('brin', brin),
      vestiging: r.optional('vestiging', vestiging) ?? '00',
      sector: r.required('sector', sector),
      leerjaar: r.optional('leerjaar', parseInteger),
      opleiding: r.optional('opleiding', text),
      niveau: r.optional('niveau', text),
      datumInschrijving: r.required('datum_inschrijving', parseDate),
      datumUitschrijving: r.optional('datum_uitschrijving', parseDate),
      redenUitschrijving: r.optional('reden_uitschrijving', text),
      startkwalificatieDatum: r.optional('startkwalificatie_datum', parseDate),
    };
    notBefore(
      r,
      'datum_uitschrijving',
      row.datumUitschrijving,
      'datum_inschrijving',
      row.datumInschrijving,
    );
    return { row: r.problems.length ? undefined : (row as EnrolmentRow), problems: r.problems };
  },
  key: (row) => `${personKey(row)}|${row.brin}-${row.vestiging}|${row.datumInschrijving}`,
  describeKey: (row) => `inschrijving bij ${row.brin}-${row.vestiging} op ${row.datumInschrijving}`,
};
