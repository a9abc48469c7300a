// SPDX-License-Identifier: EUPL-1.2
/** Every rule the engine implements, as data with its source (for `GET /api/regels`, the UI and docs/rules/). */
import type { SettingKey } from './settings.ts';

export interface RuleSource {
  wet?: string;
  seed?: string;
  artikel?: string;
  url?: string;
}

export interface RuleInfo {
  id: string;
  titel: string;
  bron: RuleSource;
  geldigVanaf: string;
  /** The function in server/modules/rules that implements it. */
  functie: string;
  instellingen: readonly SettingKey[];
  doc: string;
}

const LPW = 'Leerplichtwet 1969';
const LPW_URL = 'https://wetten.overheid.nl/BWBR0002628';
const AWB = 'Algemene wet bestuursrecht';
const AWB_URL = 'https://wetten.overheid.nl/BWBR0005537';

/** The rule catalogue. `geldigVanaf` is the date from which this implementation applies the rule. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'leerplicht.start',
    titel: 'Begin van de leerplicht',
    bron: { wet: LPW, artikel: 'art. 2', seed: '[004 L208-209], [001 L58-59]', url: LPW_URL },
    geldigVanaf: '1969-01-01',
    functie: 'computeLeerplicht',
    instellingen: [],
    doc: 'docs/rules/leerplicht-start.md',
  },
  {
    id: 'leerplicht.einde',
    titel: 'Einde van de volledige leerplicht',
    bron: { wet: LPW, artikel: 'art. 3', seed: '[000 L216-217], [004 L209-210]', url: LPW_URL },
    geldigVanaf: '1969-01-01',
    functie: 'computeLeerplicht',
    instellingen: [],
    doc: 'docs/rules/leerplicht-einde.md',
  },
  {
    id: 'kwalificatieplicht',
    titel: 'Kwalificatieplicht tot 18 of startkwalificatie',
    bron: { wet: LPW, artikel: 'art. 4a', seed: '[000 L218-219]', url: LPW_URL },
    geldigVanaf: '2007-08-01',
    functie: 'computeLeerplicht',
    instellingen: [],
    doc: 'docs/rules/kwalificatieplicht.md',
  },
  {
    id: 'doorstroompunt.leeftijd',
    titel: 'Leeftijdsgrens Doorstroompunt (23, later 27)',
    bron: {
      wet: 'RMC-wetgeving; wet "Van school naar duurzaam werk"',
      seed: '[002 L949-953], [000 L1121]',
    },
    geldigVanaf: '2024-01-01',
    functie: 'computeLeerplicht',
    instellingen: ['doorstroompunt.leeftijdsgrens'],
    doc: 'docs/rules/doorstroompunt-leeftijd.md',
  },
  {
    id: 'leerplicht.status',
    titel: 'Status op een peildatum',
    bron: { wet: LPW, artikel: 'art. 2, 3, 4a', seed: '[001 L68-69]' },
    geldigVanaf: '1969-01-01',
    functie: 'computeLeerplicht',
    instellingen: ['doorstroompunt.leeftijdsgrens'],
    doc: 'docs/rules/leerplicht-status.md',
  },
  {
    id: 'leeftijd.29februari',
    titel: 'Verjaardag bij geboorte op 29 februari',
    bron: { wet: 'ontwerpkeuze (de wet zwijgt)' },
    geldigVanaf: '1969-01-01',
    functie: 'birthday',
    instellingen: [],
    doc: 'docs/rules/leeftijd.md',
  },
  {
    id: 'halt',
    titel: 'Halt-verwijzing bij schoolverzuim',
    bron: {
      seed: '[000 L733-735], [000 L740-743]',
      wet: 'Halt-afdoening (art. 77e Wetboek van Strafrecht)',
    },
    geldigVanaf: '2023-08-01',
    functie: 'checkHalt',
    instellingen: ['halt.minUren', 'halt.maxUren', 'halt.minLeeftijd', 'halt.maxLeeftijd'],
    doc: 'docs/rules/halt.md',
  },
  {
    id: 'meldplicht',
    titel: 'Meldplicht school (16 uur in 4 lesweken; 18+)',
    bron: {
      wet: LPW,
      artikel: 'art. 21a',
      seed: '[000 L926-927], [002 L1954-1958], [000 L1504-1509]',
    },
    geldigVanaf: '2017-08-01',
    functie: 'checkMeldplicht',
    instellingen: [
      'meldplicht.uren',
      'meldplicht.lesweken',
      'meldplicht.vergelijking',
      'meldplicht.achttienPlus',
      'schoolvakantie.regio',
    ],
    doc: 'docs/rules/meldplicht.md',
  },
  {
    id: 'schoolkalender',
    titel: 'Schooljaren, schoolvakanties, lesweken en zomeractie',
    bron: {
      wet: 'Rijksoverheid schoolvakanties',
      seed: '[003 L2560-2562]',
      url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties',
    },
    geldigVanaf: '2023-08-01',
    functie: 'schoolCalendar, lesweken, zomeractieWindow',
    instellingen: ['schoolvakantie.regio'],
    doc: 'docs/rules/schoolkalender.md',
  },
  {
    id: 'wijkteam.monitoring',
    titel: 'Monitoring na overdracht aan het sociaal (wijk)team',
    bron: { seed: '[003 L2144-2146], [003 L2173-2177]', wet: 'MAS' },
    geldigVanaf: '2023-08-01',
    functie: 'wijkteamMonitoringEnd',
    instellingen: ['wijkteam.monitoringWeken'],
    doc: 'docs/rules/termijnen.md',
  },
  {
    id: 'vrijstelling5a.verlenging',
    titel: 'Verlengingsoverleg vrijstelling 5a',
    bron: { wet: LPW, artikel: 'art. 5 onder a', seed: '[003 L641-643]' },
    geldigVanaf: '2023-08-01',
    functie: 'vrijstelling5aRenewal',
    instellingen: ['vrijstelling5a.verlengingsoverlegMaanden'],
    doc: 'docs/rules/termijnen.md',
  },
  {
    id: 'thuiszitter',
    titel: 'Thuiszitter (4 weken of 3 maanden)',
    bron: { seed: '[000 L283-285], [003 L812], [004 L1424]' },
    geldigVanaf: '2023-08-01',
    functie: 'checkThuiszitter',
    instellingen: ['thuiszitter.definitie'],
    doc: 'docs/rules/termijnen.md',
  },
  {
    id: 'doorstroompunt.contact',
    titel: 'Contactritme Doorstroompunt',
    bron: { seed: '[002 L846-848]' },
    geldigVanaf: '2023-08-01',
    functie: 'doorstroompuntCadence',
    instellingen: [],
    doc: 'docs/rules/termijnen.md',
  },
  {
    id: 'bezwaar',
    titel: 'Bezwaartermijn 6 weken',
    bron: {
      wet: 'Algemene wet bestuursrecht; Algemene termijnenwet',
      artikel: 'art. 6:7, 6:8 Awb; art. 1 Atw',
      url: 'https://wetten.overheid.nl/BWBR0005537',
    },
    geldigVanaf: '1994-01-01',
    functie: 'bezwaartermijn',
    instellingen: [],
    doc: 'docs/rules/termijnen.md',
  },
  {
    id: 'bezwaar.tijdig',
    titel: 'Bezwaar op tijd (per post: een week later ontvangen) of verschoonbaar te laat',
    bron: {
      wet: AWB,
      artikel: 'art. 6:9, 6:11, 6:6 Awb',
      url: AWB_URL,
    },
    geldigVanaf: '1994-01-01',
    functie: 'objectionTimeliness, objectionAdmissible',
    instellingen: [],
    doc: 'docs/rules/bezwaar.md',
  },
  {
    id: 'bezwaar.beslistermijn',
    titel: 'Beslistermijn op bezwaar (6 of 12 weken, eenmaal 6 weken verdagen)',
    bron: { wet: AWB, artikel: 'art. 7:10 lid 1 en 3, 7:13 Awb; art. 1 Atw', url: AWB_URL },
    geldigVanaf: '1994-01-01',
    functie: 'objectionDecisionTerm',
    instellingen: [],
    doc: 'docs/rules/bezwaar.md',
  },
  {
    id: 'bezwaar.horen',
    titel: 'Horen van de indiener, of afzien op een grond van art. 7:3',
    bron: { wet: AWB, artikel: 'art. 7:2, 7:3 Awb', url: AWB_URL },
    geldigVanaf: '1994-01-01',
    functie: 'hearingCheck',
    instellingen: [],
    doc: 'docs/rules/bezwaar.md',
  },
  {
    id: 'beroep',
    titel: 'Beroepstermijn na de beslissing op bezwaar (6 weken, rechtbank)',
    bron: { wet: AWB, artikel: 'art. 8:1, 6:7, 6:8 Awb', url: AWB_URL },
    geldigVanaf: '1994-01-01',
    functie: 'beroepstermijn',
    instellingen: [],
    doc: 'docs/rules/bezwaar.md',
  },
  {
    id: 'verlof',
    titel: 'Vakantieverlof (11f) en gewichtige omstandigheden (11g)',
    bron: { wet: LPW, artikel: 'art. 11 onder f en g, 13a, 14', url: LPW_URL },
    geldigVanaf: '1969-01-01',
    functie: 'checkVerlof',
    instellingen: ['schoolvakantie.regio'],
    doc: 'docs/rules/verlof-en-handhaving.md',
  },
  {
    id: 'preventief',
    titel: 'Preventief gesprek ten hoogste één keer per schooljaar',
    bron: { seed: '[003 L2330]' },
    geldigVanaf: '2023-08-01',
    functie: 'checkPreventiefGesprek',
    instellingen: ['preventiefGesprek.maxPerSchooljaar'],
    doc: 'docs/rules/verlof-en-handhaving.md',
  },
  {
    id: 'luxeverzuim',
    titel: 'Luxeverzuim: waarschuwing of proces-verbaal',
    bron: { seed: '[003 L2709-2715]', wet: 'OM-handhavingsbeleid' },
    geldigVanaf: '2023-08-01',
    functie: 'luxeverzuimAfdoening',
    instellingen: ['luxeverzuim.waarschuwingMaxDagen'],
    doc: 'docs/rules/verlof-en-handhaving.md',
  },
];
