// SPDX-License-Identifier: EUPL-1.2
/** Deadlines and thresholds used by casework (R35, R36–R39, R51, R75, Awb), each with `uitleg`. */
import { addDays, addMonths, addWeeks, dayOfWeek, type IsoDate } from './dates.ts';
import { publicHolidays } from './calendar.ts';
import { settingOn, type RuleSettings } from './settings.ts';

export interface Deadline {
  datum: IsoDate;
  uitleg: string[];
}

/** R35: monitoring ends 6 weeks (setting) after the handover to the sociaal (wijk)team. */
export function wijkteamMonitoringEnd(overdracht: IsoDate, settings: RuleSettings = {}): Deadline {
  const weken = settingOn<number>(settings, 'wijkteam.monitoringWeken', overdracht);
  const datum = addWeeks(overdracht, weken.waarde);
  return {
    datum,
    uitleg: [
      `MAS / voorstel 4 seed 003 ([003 L2144-2146], [003 L2173-2177]): overdracht op ${overdracht} + ${weken.waarde} weken = ${datum}; daarna is het wijkteam primair verantwoordelijk (${weken.uitleg})`,
    ],
  };
}

/** R51: the 5a renewal meeting is due 3 months (setting) before the exemption ends. */
export function vrijstelling5aRenewal(
  geldigTotEnMet: IsoDate,
  settings: RuleSettings = {},
): Deadline {
  const maanden = settingOn<number>(
    settings,
    'vrijstelling5a.verlengingsoverlegMaanden',
    geldigTotEnMet,
  );
  const datum = addMonths(geldigTotEnMet, -maanden.waarde);
  return {
    datum,
    uitleg: [
      `art. 5 onder a Leerplichtwet 1969, werkwijze seed 003 ([003 L641-643]): vrijstelling geldig t/m ${geldigTotEnMet} − ${maanden.waarde} maanden = verlengingsoverleg op ${datum} (${maanden.uitleg})`,
    ],
  };
}

export interface ThuiszitterResult {
  thuiszitter: boolean;
  definitie: 'inspectie' | 'thuiszitterstafel';
  /** First day on which the absence counts as "longer than" the threshold. */
  vanaf: IsoDate;
  uitleg: string[];
}

/** R36/R39: is a youth absent since `sinds` a thuiszitter on `peildatum`, under the region's definition? */
export function checkThuiszitter(
  sinds: IsoDate,
  peildatum: IsoDate,
  settings: RuleSettings = {},
): ThuiszitterResult {
  const def = settingOn<'inspectie' | 'thuiszitterstafel'>(
    settings,
    'thuiszitter.definitie',
    peildatum,
  );
  const inspectie = def.waarde === 'inspectie';
  // "longer than 4 weeks / 3 months": the threshold is passed the day after sinds + term − 1.
  const vanaf = inspectie ? addWeeks(sinds, 4) : addMonths(sinds, 3);
  const thuiszitter = peildatum >= vanaf;
  const bron = inspectie
    ? 'Onderwijsinspectie: langer dan 4 weken ([000 L283-285])'
    : 'thuiszitterstafel: langer dan 3 maanden ([003 L812])';
  return {
    thuiszitter,
    definitie: def.waarde,
    vanaf,
    uitleg: [
      `${bron}; niet naar school sinds ${sinds}, thuiszitter vanaf ${vanaf}; op ${peildatum}: ${thuiszitter ? 'ja' : 'nee'} (${def.uitleg})`,
    ],
  };
}

/** R75, seed 002: the Doorstroompunt contact cadence from the first contact attempt. */
export function doorstroompuntCadence(
  start: IsoDate,
): { week: number; van: IsoDate; totEnMet: IsoDate; actie: string }[] {
  const week = (n: number) => ({
    van: addWeeks(start, n - 1),
    totEnMet: addDays(addWeeks(start, n), -1),
  });
  return [
    {
      week: 1,
      ...week(1),
      actie:
        'twee WhatsApp-berichten en twee keer bellen; brief als het telefoonnummer onbekend is',
    },
    { week: 2, ...week(2), actie: 'brief die het huisbezoek aankondigt' },
    { week: 3, ...week(3), actie: 'huisbezoek; flyer als niemand thuis is ([002 L846-848])' },
  ];
}

/** Public holidays that extend a term under art. 1 Algemene termijnenwet (plus 5 May, every year). */
function isAtwHoliday(date: IsoDate): boolean {
  if (date.slice(5) === '05-05') return true;
  return publicHolidays(Number(date.slice(0, 4))).some((h) => h.datum === date);
}

/**
 * Objection term (art. 6:7 and 6:8 Awb): six weeks from the day after the decision was made known;
 * a last day on a Saturday, Sunday or general holiday moves to the next working day (Atw art. 1).
 */
export function bezwaartermijn(bekendgemaakt: IsoDate): Deadline {
  let datum = addWeeks(bekendgemaakt, 6);
  const uitleg = [
    `art. 6:7 en 6:8 Awb: bekendgemaakt op ${bekendgemaakt}; termijn van 6 weken begint de dag erna en eindigt op ${datum}`,
  ];
  while (dayOfWeek(datum) > 5 || isAtwHoliday(datum)) {
    const next = addDays(datum, 1);
    uitleg.push(`art. 1 Algemene termijnenwet: ${datum} is geen werkdag; verlengd tot ${next}`);
    datum = next;
  }
  return { datum, uitleg };
}
