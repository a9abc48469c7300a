// SPDX-License-Identifier: EUPL-1.2
/**
 * The school's duty to report unauthorised absence (R11, R15, R16): for minors at least (or more
 * than) 16 hours within 4 consecutive lesweken; for 18+ the statutory 4-weeks rule or the regional
 * 16-hours agreement. Lesweken skip weeks that are entirely school holiday.
 */
import { ageOn, mondayOf, type IsoDate } from './dates.ts';
import { lesweken, type SchoolCalendar } from './calendar.ts';
import { settingOn, type RuleSettings } from './settings.ts';

export interface WeekVerzuim {
  /** Any date in the calendar week (normalised to its Monday). */
  week: IsoDate;
  /** Unauthorised hours (absent or late) in that week. */
  uren: number;
  /** Absent the whole lesweek (for the 18+ 4-weeks rule). */
  heleWeek?: boolean;
}

export interface MeldplichtResult {
  meldplichtig: boolean;
  regel: 'minderjarig_uren' | 'achttien_plus_uren' | 'achttien_plus_weken';
  /** The first window that met the rule (Mondays of its lesweken), if any. */
  venster?: { lesweken: IsoDate[]; uren: number };
  uitleg: string[];
}

/** Whether the school had to report, judged on `peildatum` (age) from the hours per lesweek. */
export function checkMeldplicht(
  input: { geboortedatum: IsoDate; peildatum: IsoDate; weken: readonly WeekVerzuim[] },
  cal: SchoolCalendar,
  settings: RuleSettings = {},
): MeldplichtResult {
  const p = input.peildatum;
  const uren = settingOn<number>(settings, 'meldplicht.uren', p);
  const aantal = settingOn<number>(settings, 'meldplicht.lesweken', p);
  const vergelijking = settingOn<string>(settings, 'meldplicht.vergelijking', p);
  const plus = settingOn<string>(settings, 'meldplicht.achttienPlus', p);
  const volwassen = ageOn(input.geboortedatum, p) >= 18;
  const perWeek = new Map<IsoDate, WeekVerzuim>();
  for (const w of input.weken) perWeek.set(mondayOf(w.week), w);
  const mondays = [...perWeek.keys()].sort();
  const weeks = mondays.length ? lesweken(cal, mondays[0]!, mondays[mondays.length - 1]!) : [];
  const uitleg = [
    `lesweken: kalenderweken (ma–zo) die niet helemaal schoolvakantie zijn (regio ${cal.regio}); ${mondays.length - mondays.filter((m) => weeks.includes(m)).length} opgegeven week/weken vielen in een vakantie en tellen niet`,
  ];
  if (volwassen && plus.waarde === 'vier_weken') {
    const n = aantal.waarde;
    const venster = firstWindow(
      weeks,
      n,
      (win) => win.length === n && win.every((m) => perWeek.get(m)?.heleWeek === true),
    );
    uitleg.push(
      `18 jaar of ouder op ${p}; ${plus.uitleg}: melden bij verzuim van ${n} aaneengesloten schoolweken (R15, [000 L1504]) — ${venster ? `voldaan in de lesweken vanaf ${venster[0]}` : 'niet voldaan'}`,
    );
    return result(venster, perWeek, 'achttien_plus_weken', uitleg);
  }
  const meer = vergelijking.waarde === 'meer_dan';
  const meets = (sum: number) => (meer ? sum > uren.waarde : sum >= uren.waarde);
  const venster = firstWindow(weeks, aantal.waarde, (win) => meets(sum(win, perWeek)));
  uitleg.push(
    `${volwassen ? `18 jaar of ouder op ${p}, ${plus.uitleg}: regionaal gemeld zoals minderjarigen (R16, [000 L1507-1509])` : `minderjarig op ${p}: art. 21a Leerplichtwet 1969 (R11, [000 L926-927])`}; ${meer ? 'meer dan' : 'ten minste'} ${uren.waarde} uur binnen ${aantal.waarde} opeenvolgende lesweken (${uren.uitleg}; ${vergelijking.uitleg}) — ${venster ? `voldaan: ${sum(venster, perWeek)} uur in de lesweken ${venster.join(', ')}` : `niet voldaan: hoogste som ${maxSum(weeks, aantal.waarde, perWeek)} uur`}`,
  );
  return result(venster, perWeek, volwassen ? 'achttien_plus_uren' : 'minderjarig_uren', uitleg);
}

const sum = (win: readonly IsoDate[], perWeek: Map<IsoDate, WeekVerzuim>) =>
  win.reduce((s, m) => s + (perWeek.get(m)?.uren ?? 0), 0);

function windows(weeks: readonly IsoDate[], n: number): IsoDate[][] {
  if (weeks.length < n) return weeks.length ? [[...weeks]] : [];
  return Array.from({ length: weeks.length - n + 1 }, (_, i) => weeks.slice(i, i + n));
}

function firstWindow(
  weeks: readonly IsoDate[],
  n: number,
  ok: (w: IsoDate[]) => boolean,
): IsoDate[] | undefined {
  return windows(weeks, n).find(ok);
}

function maxSum(weeks: readonly IsoDate[], n: number, perWeek: Map<IsoDate, WeekVerzuim>): number {
  return Math.max(0, ...windows(weeks, n).map((w) => sum(w, perWeek)));
}

function result(
  venster: IsoDate[] | undefined,
  perWeek: Map<IsoDate, WeekVerzuim>,
  regel: MeldplichtResult['regel'],
  uitleg: string[],
): MeldplichtResult {
  return venster
    ? {
        meldplichtig: true,
        regel,
        venster: { lesweken: venster, uren: sum(venster, perWeek) },
        uitleg,
      }
    : { meldplichtig: false, regel, uitleg };
}
