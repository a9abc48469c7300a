// SPDX-License-Identifier: EUPL-1.2
/** PURE: the forms for parents: leave beyond the school head's mandate, and exemption requests. */
import type { Veld } from '../fields.ts';
import type { FormDefinition } from './types.ts';

const kind: Veld[] = [
  {
    naam: 'bsn',
    soort: 'bsn',
    label: 'Burgerservicenummer van uw kind',
    uitleg: '9 cijfers. U vindt het op het paspoort, de ID-kaart of de zorgpas van uw kind.',
    verplicht: true,
  },
  { naam: 'geboortedatum', soort: 'datum', label: 'Geboortedatum van uw kind', verplicht: true },
];

const ouder: Veld[] = [
  {
    naam: 'ouderNaam',
    soort: 'tekst',
    label: 'Uw naam',
    verplicht: true,
    max: 100,
    autocomplete: 'name',
  },
  {
    naam: 'email',
    soort: 'email',
    label: 'Uw e-mailadres',
    uitleg: 'Hierheen sturen wij de bevestiging met uw kenmerk.',
    verplicht: true,
    autocomplete: 'email',
  },
  {
    naam: 'telefoon',
    soort: 'telefoon',
    label: 'Uw telefoonnummer (niet verplicht)',
    uitleg: 'Zo kunnen wij u bellen als we een vraag hebben.',
    verplicht: false,
    autocomplete: 'tel',
  },
];

export const verlofV1: FormDefinition = {
  formulier: 'verlof',
  versie: 1,
  code: 'VL',
  titel: 'Verlof aanvragen voor meer dan 10 schooldagen',
  inleiding:
    'Moet uw kind meer dan 10 schooldagen van school wegblijven door bijzondere omstandigheden (artikel 11 onder g Leerplichtwet)? Dan beslist de leerplichtambtenaar. Voor 10 schooldagen of minder, en voor vakantie, vraagt u verlof aan bij de directeur van de school.',
  toegang: 'publiek',
  aanspreekvorm: 'u',
  behandelaar: 'de leerplichtambtenaar',
  velden: [
    ...kind,
    {
      naam: 'school',
      soort: 'tekst',
      label: 'Naam van de school',
      verplicht: true,
      max: 100,
    },
    { naam: 'van', soort: 'datum', label: 'Eerste dag van het verlof', verplicht: true },
    { naam: 'totEnMet', soort: 'datum', label: 'Laatste dag van het verlof', verplicht: true },
    {
      naam: 'reden',
      soort: 'lang',
      label: 'Reden van het verlof',
      uitleg: 'Schrijf kort op wat er aan de hand is. Bewijsstukken kunnen wij later opvragen.',
      verplicht: true,
      max: 2000,
    },
    ...ouder,
  ],
};

export const ARTIKEL_OPTIES = [
  {
    waarde: '5a',
    label: 'Mijn kind kan lichamelijk of psychisch niet naar school (artikel 5 onder a)',
  },
  {
    waarde: '5b',
    label: 'Wij hebben bezwaar tegen de richting van alle scholen in de buurt (artikel 5 onder b)',
  },
  {
    waarde: '5c',
    label: 'Mijn kind staat ingeschreven bij een school in het buitenland (artikel 5 onder c)',
  },
  {
    waarde: '15',
    label: 'Mijn kind kan niet volledig naar school en volgt een ander programma (artikel 15)',
  },
] as const;

export const vrijstellingV1: FormDefinition = {
  formulier: 'vrijstelling',
  versie: 1,
  code: 'VR',
  titel: 'Vrijstelling van de leerplicht aanvragen',
  inleiding:
    'Kan uw kind niet naar school? Dan kunt u in sommige gevallen vrijstelling aanvragen. De leerplichtambtenaar kijkt of uw aanvraag aan de wet voldoet en neemt contact met u op.',
  toegang: 'publiek',
  aanspreekvorm: 'u',
  behandelaar: 'de leerplichtambtenaar',
  velden: [
    ...kind,
    {
      naam: 'artikel',
      soort: 'keuze',
      label: 'Waarom vraagt u vrijstelling aan?',
      verplicht: true,
      opties: ARTIKEL_OPTIES,
    },
    {
      naam: 'herhalingsverzoek',
      soort: 'janee',
      label: 'Had uw kind deze vrijstelling al eerder?',
      verplicht: true,
    },
    {
      naam: 'toelichting',
      soort: 'lang',
      label: 'Toelichting (niet verplicht)',
      verplicht: false,
      max: 2000,
    },
    {
      naam: 'bewijsstuk',
      soort: 'bestand',
      label: 'Bewijsstuk',
      uitleg:
        'Bijvoorbeeld een verklaring van een arts of psycholoog (5 onder a), een bewijs van inschrijving (5 onder c) of het programma (artikel 15). Een PDF, JPG of PNG van hoogstens 5 MB. Bij 5 onder b is het niet nodig.',
      verplicht: false,
    },
    ...ouder,
  ],
};
