// SPDX-License-Identifier: EUPL-1.2
/**
 * The Doorstroompunt's rules as data and pure functions (domain.md §2.17, R73–R77, W7): who is in
 * the target group on a date, the contact cadence as tasks, and the closed value lists.
 */
import {
  addDays,
  birthday,
  computeLeerplicht,
  doorstroompuntCadence,
  type IsoDate,
  type RuleSettings,
} from '../rules/index.ts';

/** Contact channels (domain.md §2.17: letter, WhatsApp, phone, e-mail, home visit, card). */
export const KANALEN = {
  whatsapp: 'WhatsApp-bericht',
  bellen: 'Gebeld',
  brief: 'Brief',
  email: 'E-mail',
  huisbezoek: 'Huisbezoek',
  kaart: 'Kaart achtergelaten',
} as const;
export type Kanaal = keyof typeof KANALEN;

export const RESULTATEN = { bereikt: 'Bereikt', niet_bereikt: 'Niet bereikt' } as const;
export type Resultaat = keyof typeof RESULTATEN;

/** Seed 002 "Besteding van tijd" [002 L2739-2754]. */
export const DAGBESTEDINGEN = {
  werkt: 'Werkt',
  opleiding: 'Volgt (weer) een opleiding',
  traject_elders: 'Volgt een traject elders (onder andere Stroomopwaarts)',
  geen_begeleiding: 'Wil geen begeleiding of contact',
  buiten_doelgroep: 'Verhuisd buiten de regio of valt buiten onze doelgroep',
  overig: 'Overig (tussenjaar, zwangerschap enzovoorts)',
} as const;
export type Dagbesteding = keyof typeof DAGBESTEDINGEN;

/** Seed 002 "Uitstroomreden trajectbegeleiding" [002 L2863-2875]: the seven reasons. */
export const UITSTROOMREDENEN = {
  opleiding: 'Opleiding',
  werk: 'Werk',
  traject_gemeente: 'Traject gemeente',
  niet_willen: 'Niet willen',
  onbereikbaar: 'Onbereikbaar',
  externe_begeleiding: 'Externe begeleiding',
  overig: 'Overig',
} as const;
export type Uitstroomreden = keyof typeof UITSTROOMREDENEN;

/** Why a case closes without a trajectory (W7a a.3–a.4, W7b b.7–b.8). */
export const SLUITREDENEN = {
  adviesgesprek: 'Eén adviesgesprek was genoeg',
  geen_behoefte: 'Wil geen begeleiding of contact',
  regie_gemeente: 'Uitkering: de woongemeente heeft regie',
  uit_doelgroep:
    'Uit de doelgroep (startkwalificatie, weer ingeschreven, verhuisd, leeftijdsgrens)',
  niet_bereikt: 'Niet bereikt na het hele contactritme',
} as const;
export type Sluitreden = keyof typeof SLUITREDENEN;

/** SUWI income categories (R73: prioritise ≤ €580 a month; a benefit gives the gemeente regie, R74). */
export const INKOMENSCATEGORIEEN = {
  geen: 'Geen inkomen',
  tot_580: 'Inkomen tot € 580 per maand',
  boven_580: 'Inkomen boven € 580 per maand',
  uitkering: 'Uitkering (regie bij de woongemeente)',
} as const;
export type Inkomenscategorie = keyof typeof INKOMENSCATEGORIEEN;

/** Follow-up of PRO/VSO leavers (X11; 000 "bezocht of gemonitord in overleg met de school"). */
export const PRO_VSO_STATUSSEN = {
  gemonitord: 'Gemonitord in overleg met de school',
  bezocht: 'Bezocht',
  werk: 'Aan het werk',
  opleiding: 'Volgt een opleiding',
  dagbesteding: 'Dagbesteding',
  niet_bereikt: 'Niet bereikt',
} as const;
export type ProVsoStatus = keyof typeof PRO_VSO_STATUSSEN;

/** Why a registration opens no case: under 18 is kwalificatieplicht (leerplicht), over the limit is nobody's. */
export type BuitenDoelgroep = 'kwalificatieplichtig' | 'boven_leeftijdsgrens';

/**
 * Whether a person without startkwalificatie belongs to the Doorstroompunt on `peildatum`: from
 * the 18th birthday up to and including `doorstroompuntTotEnMet` of the rules engine (23, or 27
 * from the date the setting says). Younger ones are kwalificatieplichtig: the leerplicht office
 * acts (absoluut verzuim), domain.md R7 and [001 L68-69].
 */
export function targetGroupOn(
  geboortedatum: IsoDate,
  peildatum: IsoDate,
  settings: RuleSettings,
): { inDoelgroep: true; totEnMet: IsoDate } | { inDoelgroep: false; reden: BuitenDoelgroep } {
  if (peildatum < birthday(geboortedatum, 18)) {
    return { inDoelgroep: false, reden: 'kwalificatieplichtig' };
  }
  const { doorstroompuntTotEnMet } = computeLeerplicht({ geboortedatum, peildatum }, settings);
  return peildatum <= doorstroompuntTotEnMet
    ? { inDoelgroep: true, totEnMet: doorstroompuntTotEnMet }
    : { inDoelgroep: false, reden: 'boven_leeftijdsgrens' };
}

export interface CadenceTask {
  soort: string;
  kanaal: Kanaal;
  omschrijving: string;
  vervaltOp: IsoDate;
}

/** Prefix of every cadence task's soort (then the channel), so reaching the youth closes them all. */
export const CADENCE_TASK = 'doorstroompunt.contact.';

/** The channel of a cadence task from its soort. */
export const kanaalOfTask = (soort: string): string => soort.slice(CADENCE_TASK.length);

/**
 * R75 (seed 002) as tasks from the day the case opens: week 1 two messages and two calls, week 2
 * a letter announcing the home visit, week 3 the home visit (leave a card when nobody is home).
 * Each task is due on the last day of its week.
 */
export function cadenceTasks(start: IsoDate): CadenceTask[] {
  const [week1, week2, week3] = doorstroompuntCadence(start);
  const task = (kanaal: Kanaal, omschrijving: string, vervaltOp: IsoDate): CadenceTask => ({
    soort: `${CADENCE_TASK}${kanaal}`,
    kanaal,
    omschrijving,
    vervaltOp,
  });
  return [
    task('whatsapp', 'Week 1: eerste WhatsApp-bericht sturen', addDays(week1!.van, 1)),
    task('bellen', 'Week 1: eerste keer bellen', addDays(week1!.van, 2)),
    task('whatsapp', 'Week 1: tweede WhatsApp-bericht sturen', addDays(week1!.van, 4)),
    task('bellen', 'Week 1: tweede keer bellen', week1!.totEnMet),
    task('brief', 'Week 2: brief sturen die het huisbezoek aankondigt (bovenaan)', week2!.totEnMet),
    task(
      'huisbezoek',
      'Week 3: huisbezoek; kaart achterlaten als niemand thuis is',
      week3!.totEnMet,
    ),
  ];
}

/** Which open cadence task a contact attempt fulfils: the earliest open task of the same channel. */
export function taskFulfilledBy<T extends { kanaal: string; vervaltOp: IsoDate }>(
  open: readonly T[],
  kanaal: Kanaal,
): T | undefined {
  const wanted = kanaal === 'kaart' ? 'huisbezoek' : kanaal;
  return [...open]
    .filter((t) => t.kanaal === wanted)
    .sort((a, b) => (a.vervaltOp < b.vervaltOp ? -1 : a.vervaltOp > b.vervaltOp ? 1 : 0))[0];
}

/** The case state after a contact attempt (W7b b.2, b.3, b.5). */
export function stateAfterContact(current: string, kanaal: Kanaal, resultaat: Resultaat): string {
  if (resultaat === 'bereikt') {
    return current === 'CONTACTRITME' || current === 'NIET_BEREIKT' ? 'BEREIKT' : current;
  }
  // A failed home visit ends the cadence: not reached, re-approach later (b.3, b.4).
  if ((kanaal === 'huisbezoek' || kanaal === 'kaart') && current === 'CONTACTRITME') {
    return 'NIET_BEREIKT';
  }
  return current;
}
