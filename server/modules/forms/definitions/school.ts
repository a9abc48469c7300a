// SPDX-License-Identifier: EUPL-1.2
/**
 * PURE: the preventive melding by a school ("beginnend verzuim"), with the criteria of seed 003
 * proposal 5 ([003 L2257-2330]) as questions and a mandatory "what has the school already done".
 */
import type { Veld } from '../fields.ts';
import type { FormDefinition } from './types.ts';

/** Seed 003's criteria for the preventive approach (criterion 5, once a year, is checked by the rules). */
export const CRITERIA: readonly Veld[] = [
  {
    naam: 'verwijtbaar',
    soort: 'janee',
    label: 'Is het verzuim verwijtbaar aan de leerling?',
    verplicht: true,
  },
  {
    naam: 'herhaald',
    soort: 'janee',
    label: 'Verzuimt de leerling herhaald ongeoorloofd, in een aaneengesloten periode?',
    verplicht: true,
  },
  {
    naam: 'zorg',
    soort: 'janee',
    label: 'Geeft het verzuim aanleiding tot zorg?',
    verplicht: true,
  },
  {
    naam: 'doelmatig',
    soort: 'janee',
    label: 'Is de kans reëel dat een preventief gesprek het gedrag verandert?',
    verplicht: true,
  },
];

export const beginnendVerzuimV1: FormDefinition = {
  formulier: 'beginnend-verzuim',
  versie: 1,
  code: 'BV',
  titel: 'Beginnend verzuim melden (preventieve aanpak)',
  inleiding:
    'Meld hier een leerling die verzuimt, ook als de grens van 16 uur in 4 weken nog niet is bereikt. De preventieve aanpak komt bovenop het verzuimbeleid van de school: laat zien wat de school al heeft gedaan.',
  toegang: 'school',
  aanspreekvorm: 'u',
  behandelaar: 'de leerplichtconsulent van uw school',
  velden: [
    { naam: 'bsn', soort: 'bsn', label: 'Burgerservicenummer van de leerling', verplicht: true },
    {
      naam: 'geboortedatum',
      soort: 'datum',
      label: 'Geboortedatum van de leerling',
      verplicht: true,
    },
    {
      naam: 'vestiging',
      soort: 'tekst',
      label: 'Vestiging (niet verplicht)',
      uitleg: 'Twee cijfers, bijvoorbeeld 00. Leeg laten als de school één vestiging heeft.',
      verplicht: false,
      max: 2,
    },
    {
      naam: 'verzuimVan',
      soort: 'datum',
      label: 'Sinds wanneer verzuimt de leerling?',
      verplicht: true,
    },
    {
      naam: 'verzuimUren',
      soort: 'getal',
      label: 'Hoeveel uur ongeoorloofd verzuim in de laatste 4 weken?',
      verplicht: true,
      max: 200,
    },
    {
      naam: 'actieSchool',
      soort: 'lang',
      label: 'Wat heeft de school al gedaan?',
      uitleg:
        'Bijvoorbeeld: gesprek met de leerling en ouders, afspraken die zijn vastgelegd, ondersteuning of doorverwijzing (ZAT of MDO).',
      verplicht: true,
      max: 2000,
    },
    ...CRITERIA,
    {
      naam: 'melderNaam',
      soort: 'tekst',
      label: 'Uw naam',
      verplicht: true,
      max: 100,
      autocomplete: 'name',
    },
    { naam: 'melderFunctie', soort: 'tekst', label: 'Uw functie', verplicht: true, max: 100 },
    {
      naam: 'melderEmail',
      soort: 'email',
      label: 'Uw e-mailadres',
      uitleg: 'Hierheen sturen wij de bevestiging met het kenmerk.',
      verplicht: true,
      autocomplete: 'email',
    },
    {
      naam: 'melderTelefoon',
      soort: 'telefoon',
      label: 'Uw telefoonnummer (niet verplicht)',
      verplicht: false,
      autocomplete: 'tel',
    },
  ],
};
