// SPDX-License-Identifier: EUPL-1.2
/** The `vrijstellingen` file of interfaces.md §2: columns and the validation of one row. */
import { parseBoolean, parseDate, parseEnum } from '../fields.ts';
import {
  notBefore,
  personKey,
  readPerson,
  RowReader,
  ARTIKELEN,
  BESLUITEN,
  type KindSpec,
  type PersonRef,
} from './common.ts';

export interface ExemptionRow extends PersonRef {
  artikel: string;
  datumAanvraag: string;
  besluit: string;
  datumBesluit: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  herhalingsverzoek: boolean;
}

export const vrijstellingen: KindSpec<ExemptionRow> = {
  soort: 'vrijstellingen',
  keyColumn: 'datum_aanvraag',
  columns: [
    'bsn',
    'onderwijsnummer',
    'artikel',
    'datum_aanvraag',
    'besluit',
    'datum_besluit',
    'geldig_van',
    'geldig_tot',
    'herhalingsverzoek',
  ],
  required: ['artikel', 'datum_aanvraag', 'besluit'],
  oneOf: [['bsn', 'onderwijsnummer']],
  validate(get) {
    const r = new RowReader(get);
    const person = readPerson(r);
    const row = {
      ...person,
      artikel: r.required('artikel', (c, v) => parseEnum(c, v.toLowerCase(), ARTIKELEN)),
      datumAanvraag: r.required('datum_aanvraag', parseDate),
      besluit: r.required('besluit', (c, v) => parseEnum(c, v.toLowerCase(), BESLUITEN)),
      datumBesluit: r.optional('datum_besluit', parseDate),
      geldigVan: r.optional('geldig_van', parseDate),
      geldigTot: r.optional('geldig_tot', parseDate),
      herhalingsverzoek: r.optional('herhalingsverzoek', parseBoolean) ?? false,
    };
    if (row.besluit && row.besluit !== 'in_behandeling' && r.raw('datum_besluit') === '') {
      r.problem(
        'datum_besluit',
        'imports.decision_date_missing',
        `datum_besluit is verplicht bij besluit ${row.besluit}`,
      );
    }
    if (row.besluit === 'toegekend' && r.raw('geldig_van') === '') {
      r.problem(
        'geldig_van',
        'imports.valid_from_missing',
        'geldig_van is verplicht bij besluit toegekend',
      );
    }
    notBefore(r, 'datum_besluit', row.datumBesluit, 'datum_aanvraag', row.datumAanvraag);
    notBefore(r, 'geldig_tot', row.geldigTot, 'geldig_van', row.geldigVan);
    return { row: r.problems.length ? undefined : (row as ExemptionRow), problems: r.problems };
  },
  key: (row) => `${personKey(row)}|${row.artikel}|${row.datumAanvraag}`,
  describeKey: (row) => `vrijstelling ${row.artikel} aangevraagd op ${row.datumAanvraag}`,
};
