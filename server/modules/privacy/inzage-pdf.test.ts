// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { hasPdftotext, pdfText } from '../letters/test-pdf-text.ts';
import { cellText, datumNl } from './inzage-pdf-content.ts';
import { renderInzagePdf } from './inzage-pdf.ts';
import type { Inzage } from './inzage-types.ts';

const inzage: Inzage = {
  exportdatum: '2026-03-05',
  persoon: {
    id: 42,
    bsn: '111222333',
    onderwijsnummer: null,
    voornamen: 'Sanne',
    voorvoegsel: 'van',
    geslachtsnaam: 'Dijk',
    geboortedatum: '2010-05-15',
    geslacht: 'V',
    datumOverlijden: null,
    geheimhouding: false,
    bron: 'brp',
    aangemaaktOp: '2025-01-01T10:00:00Z',
    gewijzigdOp: '2025-01-01T10:00:00Z',
  },
  woonhistorie: [
    {
      gemeenteCode: '0546',
      gemeente: 'Leiden',
      straat: 'Breestraat',
      huisnummer: '12',
      huisletter: 'a',
      huisnummertoevoeging: null,
      postcode: '2311CS',
      woonplaats: 'Leiden',
      vanaf: '2010-05-15',
      tot: null,
      rni: false,
      peildatum: '2025-01-01',
    },
  ],
  ouders: [{ naam: 'Petra van Dijk', rang: 1, gezag: true }],
  kinderen: [],
  inschrijvingen: [],
  verzuimmeldingen: [
    {
      meldingnummer: 'M-001',
      school: 'De Kring',
      verzuimsoort: 'relatief',
      verzuimVan: '2025-02-03',
      verzuimTot: null,
      verzuimUren: 16,
      vermoedelijkeReden: null,
      alleLessenVerzuimd: null,
      actieSchool: null,
      actieGewenst: true,
      gemeldOp: '2025-02-28',
      melderFunctie: 'mentor',
      zaakId: 7,
    },
  ],
  vrijstellingen: [],
  zaken: [
    {
      id: 7,
      soort: 'leerplicht',
      status: 'gesloten',
      geopendOp: '2025-03-01',
      geslotenOp: '2025-06-01',
      behandelaar: 'Consulent A',
      afdoening: null,
      juridischeBlokkade: false,
      gebeurtenissen: [
        { soort: 'notitie', datum: '2025-03-02', gegevens: { tekst: 'gesprek' }, medewerker: null },
      ],
      brieven: [
        {
          id: 3,
          titel: 'Uitnodiging voor een gesprek',
          gemaaktOp: '2025-03-03',
          door: 'consulent',
        },
      ],
      afspraken: [
        { id: 4, tijdstip: '2025-03-10 10:00:00+01', locatie: 'Stadhuis', status: 'no_show' },
      ],
    },
  ],
  auditregels: [
    {
      tijdstip: '2025-03-02T09:00:00Z',
      actor: 'consulent.a',
      actie: 'persons.viewed',
      doel: 'casework',
      categorie: 'avg',
      details: null,
    },
  ],
  afgewezenImportregels: [],
  vrijstellingsaanvragen: [],
  verlofaanvragen: [
    {
      id: 11,
      zaakId: 7,
      school: 'De Kring',
      van: '2025-05-12',
      totEnMet: '2025-05-16',
      schooldagen: 5,
      reden: 'bruiloft in Marokko',
      beslisser: 'leerplichtambtenaar',
      bron: 'formulier',
      schoolGehoordOp: null,
      schoolStandpunt: null,
      besluit: 'geweigerd',
      datumBesluit: '2025-04-20',
    },
  ],
  bezwaren: [],
  thuiszitperiodes: [],
  taken: [
    {
      id: 5,
      zaakId: 7,
      soort: 'huisbezoek',
      omschrijving: 'Huisbezoek afleggen',
      vervaltOp: '2025-03-20',
      gedaanOp: null,
    },
  ],
  vsvRegistraties: [],
  contactpogingen: [
    {
      id: 8,
      zaakId: 7,
      datum: '2025-04-01',
      kanaal: 'whatsapp',
      resultaat: 'bereikt',
      door: 'consulent.b',
    },
  ],
  eersteContacten: [],
  trajecten: [],
  proVsoNazorg: [],
  formulieren: [
    {
      id: 9,
      zaakId: 7,
      referentie: 'VL-7K3M9Q',
      formulier: 'verlof',
      versie: 1,
      status: 'gekoppeld',
      door: 'formulier',
      ingediendOp: '2025-04-02T08:00:00Z',
      gekoppeldOp: null,
      antwoorden: { reden: 'bruiloft' },
      bijlagen: [
        {
          id: 1,
          veld: 'bewijs',
          bestandsnaam: 'uitnodiging.pdf',
          mediatype: 'application/pdf',
          grootte: 2048,
        },
      ],
    },
  ],
  overleggen: [],
  adviesvragen: [],
  overstapgesprekken: [],
  bestedeTijd: [],
  berichten: [
    {
      id: 12,
      zaakId: 7,
      kanaal: 'email',
      onderwerp: 'Uitnodiging voor een gesprek',
      status: 'verzonden',
      aangemaaktOp: '2025-03-03T08:00:00Z',
      verzondenOp: null,
    },
  ],
  bewaartermijn: {
    verwijderen: false,
    bewarenTot: '2033-05-14',
    regel: 'doorstroompunt',
    reden: 'Bewaren tot en met 2033-05-14 (Doorstroompunt).',
  },
};

describe('renderInzagePdf', () => {
  it('writes a PDF', async () => {
    const pdf = await renderInzagePdf(inzage);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it.runIf(hasPdftotext())(
    'shows the heading, the export date, every section and page numbers',
    async () => {
      const text = pdfText(await renderInzagePdf(inzage));
      for (const expected of [
        'Overzicht van gegevens — inzageverzoek art. 15 AVG',
        'Datum van export: 5 maart 2026',
        '111222333',
        'Breestraat 12 a',
        'Petra van Dijk',
        'Kinderen',
        'Geen gegevens.',
        'M-001',
        'Gebeurtenissen in zaak 7',
        'Brieven in zaak 7',
        'Uitnodiging voor een gesprek',
        'Afspraken in zaak 7',
        'Wie heeft uw gegevens bekeken of gewijzigd',
        'persons.viewed',
        'Aanvragen verlof',
        'bruiloft in Marokko',
        'Taken in uw zaken',
        'Huisbezoek afleggen',
        'Doorstroompunt: contactpogingen',
        'Ingevulde formulieren',
        'VL-7K3M9Q',
        'uitnodiging.pdf (application/pdf, 2048 bytes)',
        'Overleggen over uw zaak',
        'Berichten (e-mail en sms)',
        'Bewaren tot en met 2033-05-14',
        'Pagina 1 van',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );
});

describe('cell texts', () => {
  it.each([
    [null, '–'],
    [true, 'ja'],
    ['2026-12-01', '1 december 2026'],
    ['2025-03-02T09:05:00Z', '2 maart 2025 09:05 UTC'],
    [{ a: 1 }, '{"a":1}'],
    [16, '16'],
  ])('shows %j as %s', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });

  it('leaves text that is not a date alone', () => {
    expect(datumNl('2026-13')).toBe('2026-13');
  });
});
