// SPDX-License-Identifier: EUPL-1.2
/**
 * Leave and enforcement choices (R32/R33, R63, §2.14): art. 11f vacation leave, art. 11g leave for
 * gewichtige omstandigheden, the preventive conversation and luxeverzuim.
 */
import { addDays, type IsoDate } from './dates.ts';
import { firstLesweken, type SchoolCalendar } from './calendar.ts';
import { schoolYearOf } from './school-year.ts';
import { settingOn, type RuleSettings } from './settings.ts';

export interface VerlofInput {
  artikel: '11f' | '11g';
  van: IsoDate;
  schooldagen: number;
  /** Earlier 11f vacation leaves of this pupil (start dates). */
  eerderVakantieverlof: readonly IsoDate[];
}

export interface VerlofResult {
  toegestaan: boolean;
  beslisser: 'directeur' | 'leerplichtambtenaar';
  uitleg: string[];
}

/**
 * Who decides and whether leave can be granted: 11f at most once per school year, at most 10
 * school days, not in the first two lesweken; 11g up to 10 days by the directeur, more by the
 * leerplichtambtenaar after hearing the school (art. 14 Lpw).
 */
export function checkVerlof(input: VerlofInput, cal: SchoolCalendar): VerlofResult {
  const uitleg: string[] = [];
  if (input.artikel === '11g') {
    const lpa = input.schooldagen > 10;
    uitleg.push(
      `art. 11 onder g en art. 14 Leerplichtwet 1969: ${input.schooldagen} schooldagen; ${lpa ? 'meer dan 10, dus de leerplichtambtenaar beslist (na het horen van de directeur)' : 'ten hoogste 10, dus de directeur beslist'}`,
    );
    return { toegestaan: true, beslisser: lpa ? 'leerplichtambtenaar' : 'directeur', uitleg };
  }
  const jaar = schoolYearOf(input.van);
  const eerder = input.eerderVakantieverlof.filter((d) => schoolYearOf(d).naam === jaar.naam);
  const eersteTwee = firstLesweken(cal, input.van, 2);
  const inEersteTwee = eersteTwee.some((m) => m <= input.van && input.van <= addSix(m));
  const checks = [
    [input.schooldagen <= 10, `ten hoogste 10 schooldagen (aangevraagd: ${input.schooldagen})`],
    [
      eerder.length === 0,
      `één keer per schooljaar (${jaar.naam}: al ${eerder.length} keer verleend)`,
    ],
    [
      !inEersteTwee,
      `niet in de eerste twee lesweken van het schooljaar (${eersteTwee.join(', ')}, regio ${cal.regio})`,
    ],
  ] as const;
  for (const [ok, tekst] of checks) {
    uitleg.push(
      `art. 11 onder f / 13a Leerplichtwet 1969: ${ok ? 'voldaan' : 'niet voldaan'}: ${tekst}`,
    );
  }
  return { toegestaan: checks.every(([ok]) => ok), beslisser: 'directeur', uitleg };
}

const addSix = (monday: IsoDate): IsoDate => addDays(monday, 6);

/** R63 criterion 5: the preventive approach at most once (setting) per pupil per school year. */
export function checkPreventiefGesprek(
  datum: IsoDate,
  eerdere: readonly IsoDate[],
  settings: RuleSettings = {},
): { toegestaan: boolean; uitleg: string[] } {
  const max = settingOn<number>(settings, 'preventiefGesprek.maxPerSchooljaar', datum);
  const jaar = schoolYearOf(datum).naam;
  const aantal = eerdere.filter((d) => schoolYearOf(d).naam === jaar).length;
  const toegestaan = aantal < max.waarde;
  return {
    toegestaan,
    uitleg: [
      `criterium 5 preventieve aanpak ([003 L2330]): al ${aantal} keer in schooljaar ${jaar}, maximaal ${max.waarde} (${max.uitleg}) — ${toegestaan ? 'mag' : 'mag niet'}`,
    ],
  };
}

/** R32/R33: a warning for a first offence up to the threshold (1 day; proposal 003: 3), otherwise proces-verbaal. */
export function luxeverzuimAfdoening(
  input: { datum: IsoDate; dagen: number; eersteOvertreding: boolean },
  settings: RuleSettings = {},
): { afdoening: 'waarschuwing' | 'proces_verbaal'; uitleg: string[] } {
  const grens = settingOn<number>(settings, 'luxeverzuim.waarschuwingMaxDagen', input.datum);
  const waarschuwing = input.eersteOvertreding && input.dagen <= grens.waarde;
  return {
    afdoening: waarschuwing ? 'waarschuwing' : 'proces_verbaal',
    uitleg: [
      `luxeverzuim (OM-beleid, [003 L2709-2715]): ${input.eersteOvertreding ? 'eerste overtreding' : 'herhaling'} van ${input.dagen} dag(en); waarschuwing mogelijk bij een eerste overtreding van ten hoogste ${grens.waarde} dag(en) (${grens.uitleg}) — ${waarschuwing ? 'waarschuwing' : 'proces-verbaal'}`,
    ],
  };
}
