// SPDX-License-Identifier: EUPL-1.2
/** The `scholen` file of interfaces.md §2: columns and the validation of one row. */
import { parseEmail, parsePostcode } from '../fields.ts';
import { brin, gemeentecode, RowReader, sector, text, vestiging, type KindSpec } from './common.ts';

export interface SchoolRow {
  brin: string;
  vestiging: string;
  naam: string;
  sector: string;
  gemeentecode: string;
  postcode: string | null;
  plaats: string | null;
  email: string | null;
}

export const scholen: KindSpec<SchoolRow> = {
  soort: 'scholen',
  keyColumn: 'brin',
  columns: ['brin', 'vestiging', 'naam', 'sector', 'gemeentecode', 'postcode', 'plaats', 'email'],
  required: ['brin', 'naam', 'sector', 'gemeentecode'],
  oneOf: [],
  validate(get) {
    const r = new RowReader(get);
    const row = {
      brin: r.required('brin', brin),
      vestiging: r.optional('vestiging', vestiging) ?? '00',
      naam: r.required('naam', text),
      sector: r.required('sector', sector),
      gemeentecode: r.required('gemeentecode', gemeentecode),
      postcode: r.optional('postcode', parsePostcode),
      plaats: r.optional('plaats', text),
      email: r.optional('email', parseEmail),
    };
    return { row: r.problems.length ? undefined : (row as SchoolRow), problems: r.problems };
  },
  key: (row) => `${row.brin}-${row.vestiging}`,
  describeKey: (row) => `school ${row.brin}-${row.vestiging}`,
};
