// SPDX-License-Identifier: EUPL-1.2
/** The pdfmake content of an inzage export (pure): a heading, an introduction and a table per section. */
import type { Content } from 'pdfmake/interfaces';
import { workContent } from './inzage-pdf-work.ts';
import { col, datumNl, section } from './inzage-pdf-table.ts';
import type { Inzage } from './inzage-types.ts';

export { cellText, datumNl } from './inzage-pdf-table.ts';

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
    ...workContent(inzage),
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
