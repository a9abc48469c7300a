// SPDX-License-Identifier: EUPL-1.2
/**
 * The five import file kinds of interfaces.md §2: their columns and the validation of one row.
 * Pure: reference checks against the database (unknown school, unknown person) happen when applying.
 */
import {
  parseBoolean,
  parseBsn,
  parseDate,
  parseDateOrDateTime,
  parseEmail,
  parseEnum,
  parseHours,
  parseInteger,
  parseNineDigits,
  parsePattern,
  parsePostcode,
  parseText,
  type FieldResult,
} from './fields.ts';

export const IMPORT_SOORTEN = [
  'scholen',
  'brp',
  'inschrijvingen',
  'verzuimmeldingen',
  'vrijstellingen',
] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

export const SECTOREN = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'VAVO', 'ISK'] as const;
export const VERZUIMSOORTEN = [
  '16_uur',
  '18_plus',
  'langdurig',
  'luxe',
  'beginnend',
  'signaal',
  'overig',
] as const;
export const ARTIKELEN = ['3a', '3b', '5a', '5b', '5c', '11g', '15'] as const;
export const BESLUITEN = ['in_behandeling', 'toegekend', 'afgewezen', 'ingetrokken'] as const;

/** A problem with one field (or the row, when `kolom` is null). */
export interface RowProblem {
  kolom: string | null;
  code: string;
  melding: string;
}

/** Who a row is about: a BSN or, without one, DUO's onderwijsnummer. */
export interface PersonRef {
  bsn: string | null;
  onderwijsnummer: string | null;
}

export const personKey = (p: PersonRef): string => (p.bsn ? `b${p.bsn}` : `o${p.onderwijsnummer}`);

export interface KindSpec<R> {
  soort: ImportSoort;
  /** Every column the file may have. */
  columns: readonly string[];
  /** Columns the header must contain. */
  required: readonly string[];
  /** Groups of which the header must contain at least one (bsn / onderwijsnummer). */
  oneOf: readonly (readonly string[])[];
  validate(
    get: (column: string) => string,
    today: string,
  ): { row: R | undefined; problems: RowProblem[] };
  /** The import key (§2): the same key twice in one file is refused. */
  key(row: R): string;
  /** The key in the words a user reads, for the duplicate message. */
  describeKey(row: R): string;
  /** The column a duplicate key is reported on. */
  keyColumn: string;
}

/** Collects field results of one row: `take` returns the value or records the problem. */
class RowReader {
  problems: RowProblem[] = [];
  constructor(private readonly get: (column: string) => string) {}

  raw(column: string): string {
    return this.get(column);
  }

  required<T>(
    column: string,
    parse: (column: string, raw: string) => FieldResult<T>,
  ): T | undefined {
    const raw = this.get(column);
    if (raw === '') {
      this.problems.push({
        kolom: column,
        code: 'imports.required_empty',
        melding: `${column} is verplicht maar leeg`,
      });
      return undefined;
    }
    return this.take(column, parse(column, raw));
  }

  optional<T>(column: string, parse: (column: string, raw: string) => FieldResult<T>): T | null {
    const raw = this.get(column);
    return raw === '' ? null : (this.take(column, parse(column, raw)) ?? null);
  }

  problem(kolom: string | null, code: string, melding: string): void {
    this.problems.push({ kolom, code, melding });
  }

  private take<T>(column: string, result: FieldResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push({ kolom: column, code: result.code, melding: result.melding });
    return undefined;
  }
}

const brin = (c: string, r: string) => parsePattern(c, r, /^\d{2}[A-Z]{2}$/, '12AB');
const vestiging = (c: string, r: string) => parsePattern(c, r, /^\d{2}$/, '00');
const gemeentecode = (c: string, r: string) => parsePattern(c, r, /^\d{4}$/, '0546');
const text = (c: string, r: string) => parseText(c, r);
const sector = (c: string, r: string) => parseEnum(c, r.toUpperCase(), SECTOREN);

function readPerson(reader: RowReader): PersonRef | undefined {
  const bsn = reader.optional('bsn', parseBsn);
  const onderwijsnummer = reader.optional('onderwijsnummer', parseNineDigits);
  if (reader.raw('bsn') === '' && reader.raw('onderwijsnummer') === '') {
    reader.problem('bsn', 'imports.person_missing', 'bsn of onderwijsnummer is verplicht');
    return undefined;
  }
  return bsn || onderwijsnummer ? { bsn, onderwijsnummer } : undefined;
}

function notBefore(
  reader: RowReader,
  laterColumn: string,
  later: string | null | undefined,
  earlierColumn: string,
  earlier: string | null | undefined,
): void {
  if (later && earlier && later < earlier) {
    reader.problem(
      laterColumn,
      'imports.date_order',
      `${laterColumn} ${later} ligt voor ${earlierColumn} ${earlier}`,
    );
  }
}

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

export const brp: KindSpec<BrpRow> = {
  soort: 'brp',
  keyColumn: 'bsn',
  columns: [
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
  ],
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
  describeKey: (row) => `bsn ${row.bsn}`,
};

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

/** Spec per kind. */
export const KINDS = { scholen, brp, inschrijvingen, verzuimmeldingen, vrijstellingen } as const;
