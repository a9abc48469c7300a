// SPDX-License-Identifier: EUPL-1.2
/** The `brp` file of interfaces.md §2: columns and the validation of one row. */
import {
  parseBoolean,
  parseBsn,
  parseDate,
  parseEnum,
  parsePattern,
  parsePostcode,
} from '../fields.ts';
import { gemeentecode, notBefore, RowReader, text, type KindSpec } from './common.ts';

export interface BrpRow {
  bsn: string;
  geslachtsnaam: string;
  voorvoegsel: string | null;
  voornamen: string | null;
  geboortedatum: string;
  geslacht: string | null;
  gemeentecode: string;
  straat: string | null;
  huisnummer: string | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  datumVestiging: string | null;
  datumVertrek: string | null;
  datumOverlijden: string | null;
  rni: boolean;
  geheimhouding: boolean;
  ouder1Bsn: string | null;
  ouder2Bsn: string | null;
}

/** The columns of a brp file (interfaces.md §2.2), in their order; the demo generator writes these. */
export const BRP_FILE_COLUMNS = [
  'bsn',
  'geslachtsnaam',
  'voorvoegsel',
  'voornamen',
  'geboortedatum',
  'geslacht',
  'gemeentecode',
  'straat',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
  'datum_vestiging',
  'datum_vertrek',
  'datum_overlijden',
  'rni',
  'geheimhouding',
  'ouder1_bsn',
  'ouder2_bsn',
] as const;

export const brp: KindSpec<BrpRow> = {
  soort: 'brp',
  keyColumn: 'bsn',
  columns: BRP_FILE_COLUMNS,
  required: ['bsn', 'geslachtsnaam', 'geboortedatum', 'gemeentecode'],
  oneOf: [],
  validate(get, today) {
    const r = new RowReader(get);
    const row = {
      bsn: r.required('bsn', parseBsn),
      geslachtsnaam: r.required('geslachtsnaam', text),
      voorvoegsel: r.optional('voorvoegsel', text),
      voornamen: r.optional('voornamen', text),
      geboortedatum: r.required('geboortedatum', parseDate),
      geslacht: r.optional('geslacht', (c, v) =>
        parseEnum(c, v.toUpperCase(), ['M', 'V', 'X', 'O'] as const),
      ),
      gemeentecode: r.required('gemeentecode', gemeentecode),
      straat: r.optional('straat', text),
      huisnummer: r.optional('huisnummer', (c, v) => parsePattern(c, v, /^\d{1,5}$/, '12')),
      huisletter: r.optional('huisletter', (c, v) => parsePattern(c, v, /^[A-Za-z]$/, 'A')),
      huisnummertoevoeging: r.optional('huisnummertoevoeging', text),
      postcode: r.optional('postcode', parsePostcode),
      woonplaats: r.optional('woonplaats', text),
      datumVestiging: r.optional('datum_vestiging', parseDate),
      datumVertrek: r.optional('datum_vertrek', parseDate),
      datumOverlijden: r.optional('datum_overlijden', parseDate),
      rni: r.optional('rni', parseBoolean) ?? false,
      geheimhouding: r.optional('geheimhouding', parseBoolean) ?? false,
      ouder1Bsn: r.optional('ouder1_bsn', parseBsn),
      ouder2Bsn: r.optional('ouder2_bsn', parseBsn),
    };
    if (row.geboortedatum && row.geboortedatum > today) {
      r.problem(
        'geboortedatum',
        'imports.birth_in_future',
        `geboortedatum ${row.geboortedatum} ligt in de toekomst`,
      );
    }
    notBefore(r, 'datum_vertrek', row.datumVertrek, 'datum_vestiging', row.datumVestiging);
    notBefore(r, 'datum_overlijden', row.datumOverlijden, 'geboortedatum', row.geboortedatum);
    if (row.bsn && (row.ouder1Bsn === row.bsn || row.ouder2Bsn === row.bsn)) {
      r.problem(
        row.ouder1Bsn === row.bsn ? 'ouder1_bsn' : 'ouder2_bsn',
        'imports.own_parent',
        'een persoon kan niet zijn eigen ouder zijn',
      );
    }
    return { row: r.problems.length ? undefined : (row as BrpRow), problems: r.problems };
  },
  key: (row) => row.bsn,
  // Never the BSN itself in a message: the line number already points at the row.
  describeKey: () => 'dezelfde bsn',
};
