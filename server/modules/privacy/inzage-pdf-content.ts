// SPDX-License-Identifier: EUPL-1.2
/** The pdfmake content of an inzage export (pure): a heading, an introduction and a table per section. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Inzage } from './inzage-types.ts';

/** A column of a section: Dutch label and how to read it from a row. */
interface Column<T> {
  label: string;
  value: (row: T) => unknown;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2026-03-05` → `5 maart 2026`, `2026-03-05T09:30:00Z` → `5 maart 2026 09:30 UTC`; other text unchanged. */
export function datumNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}):\d{2}Z)?$/.exec(iso);
  if (!m) return iso;
  const datum = `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
  return m[4] ? `${datum} ${m[4]} UTC` : datum;
}

/** A cell's text: dates in Dutch, yes/no in Dutch, objects as compact JSON, empty as a dash. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return datumNl(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Wide sections (more columns than fit) are shown as one label/value table per record. */
const MAX_COLUMNS = 7;

function section<T>(titel: string, rows: readonly T[], columns: Column<T>[]): Content[] {
  const heading: Content = { text: titel, style: 'sectie' };
  if (rows.length === 0) return [heading, { text: 'Geen gegevens.', style: 'leeg' }];
  if (columns.length > MAX_COLUMNS) {
    return [heading, ...rows.map((row) => recordTable(columns, row))];
  }
  const header: TableCell[] = columns.map((c) => ({ text: c.label, style: 'kop' }));
  const body: TableCell[][] = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  return [
    heading,
    {
      table: { headerRows: 1, widths: columns.map(() => '*'), body: [header, ...body] },
      layout: 'lightHorizontalLines',
    },
  ];
}

function recordTable<T>(columns: Column<T>[], row: T): Content {
  return {
    table: {
      widths: [150, '*'],
      body: columns.map((c) => [{ text: c.label, style: 'kop' }, cellText(c.value(row))]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

/** Columns named after the row's keys, for sections whose keys are already readable Dutch. */
const col = <T>(label: string, key: keyof T): Column<T> => ({ label, value: (r) => r[key] });

/** The document body: title, export date, introduction, every section and the retention period. */
export function inzageContent(inzage: Inzage): Content[] {
  const p = inzage.persoon;
  return [
    { text: 'Overzicht van gegevens — inzageverzoek art. 15 AVG', style: 'titel' },
    { text: `Datum van export: ${datumNl(inzage.exportdatum)}`, margin: [0, 0, 0, 6] },
    {
      text:
        'Dit overzicht bevat alle gegevens die het bureau leerplicht en Doorstroompunt over u heeft vastgelegd. ' +
        'Wij gebruiken deze gegevens om de Leerplichtwet 1969 en de taken van het Doorstroompunt uit te voeren. ' +
        'Klopt er iets niet? Dan kunt u de privacy-officer vragen het te verbeteren of te verwijderen.',
      margin: [0, 0, 0, 6],
    },
    ...section(
      'Persoonsgegevens',
      [p],
      [
        col('Registratienummer', 'id'),
        col('BSN', 'bsn'),
        col('Onderwijsnummer', 'onderwijsnummer'),
        col('Voornamen', 'voornamen'),
        col('Voorvoegsel', 'voorvoegsel'),
        col('Geslachtsnaam', 'geslachtsnaam'),
        col('Geboortedatum', 'geboortedatum'),
        col('Geslacht', 'geslacht'),
        col('Datum overlijden', 'datumOverlijden'),
        col('Geheimhouding', 'geheimhouding'),
        col('Bron', 'bron'),
        col('Vastgelegd op', 'aangemaaktOp'),
        col('Laatst gewijzigd op', 'gewijzigdOp'),
      ],
    ),
    ...section('Woonhistorie', inzage.woonhistorie, [
      { label: 'Gemeente', value: (r) => `${r.gemeente ?? ''} (${r.gemeenteCode})`.trim() },
      {
        label: 'Adres',
        value: (r) =>
          [r.straat, [r.huisnummer, r.huisletter, r.huisnummertoevoeging].filter(Boolean).join(' ')]
            .filter(Boolean)
            .join(' '),
      },
      {
        label: 'Postcode en plaats',
        value: (r) => [r.postcode, r.woonplaats].filter(Boolean).join(' '),
      },
      col('Vanaf', 'vanaf'),
      col('Tot', 'tot'),
      col('RNI (buitenland)', 'rni'),
      col('Peildatum BRP', 'peildatum'),
    ]),
    ...section('Ouders', inzage.ouders, [
      col('Naam', 'naam'),
      col('Ouder', 'rang'),
      col('Gezag', 'gezag'),
    ]),
    ...section('Kinderen', inzage.kinderen, [
      col('Naam', 'naam'),
      col('Ouder', 'rang'),
      col('Gezag', 'gezag'),
    ]),
    ...section('Inschrijvingen', inzage.inschrijvingen, [
      { label: 'School', value: (r) => `${r.school} (${r.brin}${r.vestiging})` },
      col('Sector', 'sector'),
      {
        label: 'Leerjaar / niveau',
        value: (r) => [r.leerjaar, r.niveau, r.opleiding].filter((x) => x != null).join(' '),
      },
      col('Ingeschreven', 'datumInschrijving'),
      col('Uitgeschreven', 'datumUitschrijving'),
      col('Reden uitschrijving', 'redenUitschrijving'),
      col('Startkwalificatie', 'startkwalificatieDatum'),
    ]),
    ...section('Verzuimmeldingen', inzage.verzuimmeldingen, [
      col('Meldingnummer', 'meldingnummer'),
      col('School', 'school'),
      col('Soort verzuim', 'verzuimsoort'),
      col('Verzuim van', 'verzuimVan'),
      col('Verzuim tot', 'verzuimTot'),
      col('Uren', 'verzuimUren'),
      col('Vermoedelijke reden', 'vermoedelijkeReden'),
      col('Alle lessen verzuimd', 'alleLessenVerzuimd'),
      col('Actie school', 'actieSchool'),
      col('Actie gewenst', 'actieGewenst'),
      col('Gemeld op', 'gemeldOp'),
      col('Functie melder', 'melderFunctie'),
      col('Zaak', 'zaakId'),
    ]),
    ...section('Vrijstellingen', inzage.vrijstellingen, [
      col('Artikel', 'artikel'),
      col('Aangevraagd', 'datumAanvraag'),
      col('Besluit', 'besluit'),
      col('Datum besluit', 'datumBesluit'),
      col('Geldig van', 'geldigVan'),
      col('Geldig tot', 'geldigTot'),
      col('Herhaling', 'herhalingsverzoek'),
    ]),
    ...zakenContent(inzage),
    ...section('Wie heeft uw gegevens bekeken of gewijzigd', inzage.auditregels, [
      col('Tijdstip', 'tijdstip'),
      col('Door', 'actor'),
      col('Handeling', 'actie'),
      col('Doel', 'doel'),
      col('Details', 'details'),
    ]),
    ...section('Afgewezen importregels met uw BSN', inzage.afgewezenImportregels, [
      col('Bestand', 'bestand'),
      col('Soort', 'soort'),
      col('Importdatum', 'importdatum'),
      col('Regel', 'regel'),
      col('Melding', 'melding'),
      col('Inhoud', 'rij'),
    ]),
    { text: 'Bewaartermijn', style: 'sectie' },
    { text: inzage.bewaartermijn.reden },
  ];
}

function zakenContent(inzage: Inzage): Content[] {
  const zaken = section('Zaken', inzage.zaken, [
    col('Zaak', 'id'),
    col('Soort', 'soort'),
    col('Status', 'status'),
    col('Geopend', 'geopendOp'),
    col('Gesloten', 'geslotenOp'),
    col('Behandelaar', 'behandelaar'),
    col('Afdoening', 'afdoening'),
  ]);
  const events = inzage.zaken.flatMap((z) =>
    section(`Gebeurtenissen in zaak ${z.id}`, z.gebeurtenissen, [
      col('Datum', 'datum'),
      col('Soort', 'soort'),
      col('Medewerker', 'medewerker'),
      col('Gegevens', 'gegevens'),
    ]),
  );
  const letters = inzage.zaken.flatMap((z) =>
    z.brieven.length
      ? section(`Brieven in zaak ${z.id}`, z.brieven, [
          col('Gemaakt', 'gemaaktOp'),
          col('Brief', 'titel'),
          col('Door', 'door'),
        ])
      : [],
  );
  const appointments = inzage.zaken.flatMap((z) =>
    z.afspraken.length
      ? section(`Afspraken in zaak ${z.id}`, z.afspraken, [
          col('Tijdstip', 'tijdstip'),
          col('Locatie', 'locatie'),
          col('Status', 'status'),
        ])
      : [],
  );
  return [...zaken, ...events, ...letters, ...appointments];
}
