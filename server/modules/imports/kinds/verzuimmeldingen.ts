// SPDX-License-Identifier: EUPL-1.2
/** The `verzuimmeldingen` file of interfaces.md §2: columns and the validation of one row. */
import {
  parseBoolean,
  parseDate,
  parseDateOrDateTime,
  parseEmail,
  parseEnum,
  parseHours,
  parseText,
} from '../fields.ts';
import {
  brin,
  notBefore,
  readPerson,
  RowReader,
  text,
  vestiging,
  VERZUIMSOORTEN,
  type KindSpec,
  type PersonRef,
} from './common.ts';

export interface AbsenceReportRow extends PersonRef {
  meldingnummer: string;
  geslachtsnaam: string | null;
  voornamen: string | null;
  geboortedatum: string | null;
  brin: string;
  vestiging: string;
  verzuimsoort: string;
  verzuimVan: string;
  verzuimTot: string | null;
  verzuimUren: number | null;
  vermoedelijkeReden: string | null;
  alleLessenVerzuimd: boolean | null;
  actieSchool: string | null;
  actieGewenst: boolean;
  gemeldOp: string;
  gemeldOpTijdstip: string | null;
  melderNaam: string | null;
  melderFunctie: string | null;
  melderEmail: string | null;
  melderTelefoon: string | null;
}

export const verzuimmeldingen: KindSpec<AbsenceReportRow> = {
  soort: 'verzuimmeldingen',
  keyColumn: 'meldingnummer',
  columns: [
    'meldingnummer',
    'bsn',
    'onderwijsnummer',
    'geslachtsnaam',
    'voornamen',
    'geboortedatum',
    'brin',
    'vestiging',
    'verzuimsoort',
    'verzuim_van',
    'verzuim_tot',
    'verzuim_uren',
    'vermoedelijke_reden',
    'alle_lessen_verzuimd',
    'actie_school',
    'actie_gewenst',
    'gemeld_op',
    'melder_naam',
    'melder_functie',
    'melder_email',
    'melder_telefoon',
  ],
  required: ['meldingnummer', 'brin', 'verzuimsoort', 'verzuim_van', 'actie_gewenst', 'gemeld_op'],
  oneOf: [['bsn', 'onderwijsnummer']],
  validate(get, today) {
    const r = new RowReader(get);
    const person = readPerson(r);
    const gemeld = r.required('gemeld_op', parseDateOrDateTime);
    const row = {
      ...person,
      meldingnummer: r.required('meldingnummer', (c, v) => parseText(c, v, 100)),
      geslachtsnaam: r.optional('geslachtsnaam', text),
      voornamen: r.optional('voornamen', text),
      geboortedatum: r.optional('geboortedatum', parseDate),
      brin: r.required('brin', brin),
      vestiging: r.optional('vestiging', vestiging) ?? '00',
      verzuimsoort: r.required('verzuimsoort', (c, v) =>
        parseEnum(c, v.toLowerCase(), VERZUIMSOORTEN),
      ),
      verzuimVan: r.required('verzuim_van', parseDate),
      verzuimTot: r.optional('verzuim_tot', parseDate),
      verzuimUren: r.optional('verzuim_uren', parseHours),
      vermoedelijkeReden: r.optional('vermoedelijke_reden', (c, v) => parseText(c, v, 200)),
      alleLessenVerzuimd: r.optional('alle_lessen_verzuimd', parseBoolean),
      actieSchool: r.optional('actie_school', (c, v) => parseText(c, v, 2000)),
      actieGewenst: r.required('actie_gewenst', parseBoolean),
      gemeldOp: gemeld?.datum,
      gemeldOpTijdstip: gemeld?.tijdstip ?? null,
      melderNaam: r.optional('melder_naam', text),
      melderFunctie: r.optional('melder_functie', text),
      melderEmail: r.optional('melder_email', parseEmail),
      melderTelefoon: r.optional('melder_telefoon', text),
    };
    notBefore(r, 'verzuim_tot', row.verzuimTot, 'verzuim_van', row.verzuimVan);
    if (row.geboortedatum && row.geboortedatum > today) {
      r.problem(
        'geboortedatum',
        'imports.birth_in_future',
        `geboortedatum ${row.geboortedatum} ligt in de toekomst`,
      );
    }
    return { row: r.problems.length ? undefined : (row as AbsenceReportRow), problems: r.problems };
  },
  key: (row) => row.meldingnummer,
  describeKey: (row) => `meldingnummer ${row.meldingnummer}`,
};
