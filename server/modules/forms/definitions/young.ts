// SPDX-License-Identifier: EUPL-1.2
/** PURE: the forms for young people: a request for help, and feedback after a conversation. */
import type { FormDefinition } from './types.ts';

export const hulpvraagV1: FormDefinition = {
  formulier: 'hulpvraag',
  versie: 1,
  code: 'HV',
  titel: 'Hulp vragen bij school of werk',
  inleiding:
    'Ben je 16 tot 27 jaar en zoek je een opleiding of werk? Het Doorstroompunt helpt je. Vul dit formulier in, dan nemen wij binnen 5 werkdagen contact met je op.',
  toegang: 'publiek',
  aanspreekvorm: 'je',
  behandelaar: 'een coach van het Doorstroompunt',
  velden: [
    {
      naam: 'bsn',
      soort: 'bsn',
      label: 'Je burgerservicenummer',
      uitleg: '9 cijfers. Je vindt het op je paspoort, ID-kaart of zorgpas.',
      verplicht: true,
    },
    { naam: 'geboortedatum', soort: 'datum', label: 'Je geboortedatum', verplicht: true },
    {
      naam: 'vraag',
      soort: 'lang',
      label: 'Waar wil je hulp bij?',
      uitleg: 'Bijvoorbeeld: een opleiding kiezen, werk vinden, of iets anders.',
      verplicht: true,
      max: 2000,
    },
    {
      naam: 'email',
      soort: 'email',
      label: 'Je e-mailadres',
      uitleg: 'Vul je e-mailadres of je telefoonnummer in, of allebei.',
      verplicht: false,
      autocomplete: 'email',
    },
    {
      naam: 'telefoon',
      soort: 'telefoon',
      label: 'Je telefoonnummer',
      verplicht: false,
      autocomplete: 'tel',
    },
  ],
};

const SCORES = [
  { waarde: '5', label: 'Heel goed' },
  { waarde: '4', label: 'Goed' },
  { waarde: '3', label: 'Gewoon' },
  { waarde: '2', label: 'Niet zo goed' },
  { waarde: '1', label: 'Slecht' },
] as const;

export const feedbackV1: FormDefinition = {
  formulier: 'feedback',
  versie: 1,
  code: 'FB',
  titel: 'Hoe was het gesprek?',
  inleiding:
    'Je had een gesprek met ons. Wil je ons laten weten hoe dat ging? Het kost 1 minuut. Je hoeft je naam niet in te vullen.',
  toegang: 'link',
  aanspreekvorm: 'je',
  behandelaar: 'je consulent',
  velden: [
    {
      naam: 'gesprek',
      soort: 'keuze',
      label: 'Hoe vond je het gesprek?',
      verplicht: true,
      opties: SCORES,
    },
    {
      naam: 'gehoord',
      soort: 'keuze',
      label: 'Hadden we genoeg aandacht voor jouw verhaal?',
      verplicht: true,
      opties: SCORES,
    },
    {
      naam: 'opmerking',
      soort: 'lang',
      label: 'Wil je nog iets zeggen? (niet verplicht)',
      verplicht: false,
      max: 1000,
    },
  ],
};
