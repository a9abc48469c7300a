// SPDX-License-Identifier: EUPL-1.2
/**
 * The `vsv` file: DUO's list of early school leavers (voortijdig schoolverlaters, domain.md §2.17),
 * key person + `datum_uitval`. Like `verzuimmeldingen`, a row may name a person the system does not
 * know yet by name and date of birth.
 */
import { parseDate, parseEnum, parseText } from '../fields.ts';
import {
  brin,
  notBefore,
  personKey,
  readPerson,
  RowReader,
  text,
  vestiging,
  type KindSpec,
  type PersonRef,
} from './common.ts';

export const VSV_COHORTEN = ['nieuw', 'oud'] as const;

export interface VsvRow extends PersonRef {
  geslachtsnaam: string | null;
  voornamen: string | null;
  geboortedatum: string | null;
  datumUitval: string;
  laatsteBrin: string;
  laatsteVestiging: string | null;
  opleiding: string | null;
  niveau: string | null;
  cohort: (typeof VSV_COHORTEN)[number];
  /** The list date (`lijstdatum`, or `peildatum`); null = the import's peildatum. */
  lijstdatum: string | null;
}

export const vsv: KindSpec<VsvRow> = {
  soort: 'vsv',
  keyColumn: 'datum_uitval',
  columns: [
    'bsn',
    'onderwijsnummer',
    'geslachtsnaam',
    'voornamen',
    'geboortedatum',
    'datum_uitval',
    'laatste_brin',
    'laatste_vestiging',
    'opleiding',
    'niveau',
    'cohort',
    'peildatum',
    'lijstdatum',
  ],
  required: ['datum_uitval', 'laatste_brin', 'cohort'],
  oneOf: [['bsn', 'onderwijsnummer']],
  validate(get, today) {
    const r = new RowReader(get);
    const person = readPerson(r);
    const peildatum = r.optional('peildatum', parseDate);
    const lijstdatum = r.optional('lijstdatum', parseDate);
    const row = {
      ...person,
      geslachtsnaam: r.optional('geslachtsnaam', text),
      voornamen: r.optional('voornamen', text),
      geboortedatum: r.optional('geboortedatum', parseDate),
      datumUitval: r.required('datum_uitval', parseDate),
      laatsteBrin: r.required('laatste_brin', brin),
      laatsteVestiging: r.optional('laatste_vestiging', vestiging),
      opleiding: r.optional('opleiding', (c, v) => parseText(c, v, 200)),
      niveau: r.optional('niveau', (c, v) => parseText(c, v, 50)),
      cohort: r.required('cohort', (c, v) => parseEnum(c, v.toLowerCase(), VSV_COHORTEN)),
      lijstdatum: lijstdatum ?? peildatum,
    };
    if (peildatum && lijstdatum && peildatum !== lijstdatum) {
      r.problem(
        'lijstdatum',
        'imports.list_date_conflict',
        `peildatum ${peildatum} en lijstdatum ${lijstdatum} verschillen: vul er één in`,
      );
    }
    notBefore(r, 'lijstdatum', row.lijstdatum, 'datum_uitval', row.datumUitval);
    notBefore(r, 'datum_uitval', row.datumUitval, 'geboortedatum', row.geboortedatum);
    if (row.datumUitval && row.datumUitval > today) {
      r.problem(
        'datum_uitval',
        'imports.date_in_future',
        `datum_uitval ${row.datumUitval} ligt in de toekomst`,
      );
    }
    if (row.geboortedatum && row.geboortedatum > today) {
      r.problem(
        'geboortedatum',
        'imports.birth_in_future',
        `geboortedatum ${row.geboortedatum} ligt in de toekomst`,
      );
    }
    return { row: r.problems.length ? undefined : (row as VsvRow), problems: r.problems };
  },
  key: (row) => `${personKey(row)}|${row.datumUitval}`,
  describeKey: (row) => `uitval op ${row.datumUitval}`,
};
