// SPDX-License-Identifier: EUPL-1.2
/** Halt referral for school absence (interfaces.md §1.2, rule R28, seed 000). */
import { ageOn, birthday, parseDate, type IsoDate } from './dates.ts';
import { settingOn, type RuleSettings } from './settings.ts';

export interface HaltInput {
  geboortedatum: IsoDate;
  /** The date to judge (the absence). */
  datum: IsoDate;
  verzuimuren: number;
  eerderHalt: boolean;
}

/** The JSON of `aanwezig regels halt --json`. */
export interface HaltResult {
  verwijsbaar: boolean;
  redenen: string[];
}

/** Whether a young person can be referred to Halt for school absence, with a reason per criterion. */
export function checkHalt(input: HaltInput, settings: RuleSettings = {}): HaltResult {
  parseDate(input.geboortedatum, 'geboortedatum');
  parseDate(input.datum, 'datum');
  const minL = settingOn<number>(settings, 'halt.minLeeftijd', input.datum);
  const maxL = settingOn<number>(settings, 'halt.maxLeeftijd', input.datum);
  const minU = settingOn<number>(settings, 'halt.minUren', input.datum);
  const maxU = settingOn<number>(settings, 'halt.maxUren', input.datum);
  const leeftijd = ageOn(input.geboortedatum, input.datum);
  const leeftijdOk = leeftijd >= minL.waarde && leeftijd < maxL.waarde;
  const urenOk = input.verzuimuren >= minU.waarde && input.verzuimuren <= maxU.waarde;
  const bron = 'seed 000 [000 L733-735]';
  const redenen = [
    `${leeftijdOk ? 'voldaan' : 'niet voldaan'}: leeftijd ${leeftijd} op ${input.datum} (wordt ${minL.waarde} op ${birthday(input.geboortedatum, minL.waarde)}, ${maxL.waarde} op ${birthday(input.geboortedatum, maxL.waarde)}); Halt kan van ${minL.waarde} tot ${maxL.waarde} jaar — ${bron}; ${minL.uitleg}; ${maxL.uitleg}`,
    `${urenOk ? 'voldaan' : 'niet voldaan'}: ${input.verzuimuren} uur ongeoorloofd verzuim/te laat; Halt kan bij minimaal ${minU.waarde} en maximaal ${maxU.waarde} uur — ${bron}; ${minU.uitleg}; ${maxU.uitleg}`,
    input.eerderHalt
      ? 'niet voldaan: eerder naar Halt verwezen voor schoolverzuim; dat kan maar één keer — seed 000 [000 L740-741]'
      : 'voldaan: niet eerder naar Halt verwezen voor schoolverzuim (één keer per jongere) — seed 000 [000 L740-741]',
  ];
  return { verwijsbaar: leeftijdOk && urenOk && !input.eerderHalt, redenen };
}
