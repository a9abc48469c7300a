// SPDX-License-Identifier: EUPL-1.2
/**
 * C10 (interfaces.md §1.5): was a person in absoluut verzuim on some day of the school year, by
 * the very rule of the signal (§1.4, `signals/absolute-verzuim.ts`)? The answer can only change
 * on a day where a fact changes — a move, an enrolment or exemption starting or ending, a
 * leerplicht date — so checking those days finds the first signal day exactly. Pure.
 */
import { absoluteVerzuimSignal, type Candidate } from '../../signals/absolute-verzuim.ts';
import { addDays, computeLeerplicht, type IsoDate, type RuleSettings } from '../../rules/index.ts';
import type { SchoolYearSpan } from '../indicator.ts';

export interface YearCandidate {
  bsn: string;
  geboortedatum: IsoDate;
  overleden: IsoDate | null;
  /** Residence periods: `vanaf` included, `tot` excluded (interfaces.md §2.2). */
  woonperiodes: { gemeente: string; vanaf: IsoDate | null; tot: IsoDate | null; rni: boolean }[];
  inschrijvingen: Candidate['inschrijvingen'];
  /** Granted exemptions that lift the duty to be enrolled (5a, 5b, 5c, 15). */
  vrijstellingen: { van: IsoDate; totEnMet: IsoDate | null }[];
}

export interface SignalDay {
  datum: IsoDate;
  gemeente: string;
}

const covers = (van: IsoDate | null, totEnMet: IsoDate | null, day: IsoDate) =>
  (van === null || van <= day) && (totEnMet === null || totEnMet >= day);

/** The gemeente a person lives in on `day`, when it is one of `region` (empty = any). */
export function gemeenteOn(
  person: Pick<YearCandidate, 'overleden' | 'woonperiodes'>,
  day: IsoDate,
  region: ReadonlySet<string>,
): string | undefined {
  if (person.overleden !== null && person.overleden <= day) return undefined;
  const period = person.woonperiodes.find(
    (p) => !p.rni && (p.vanaf === null || p.vanaf <= day) && (p.tot === null || p.tot > day),
  );
  if (!period || (region.size > 0 && !region.has(period.gemeente))) return undefined;
  return period.gemeente;
}

/** Every day in the span on which the signal's answer may change. */
function changeDays(c: YearCandidate, span: SchoolYearSpan, settings: RuleSettings): IsoDate[] {
  const days = [span.van];
  for (const p of c.woonperiodes) days.push(p.vanaf ?? span.van, p.tot ?? span.van);
  for (const e of c.inschrijvingen) {
    days.push(e.van);
    if (e.totEnMet) days.push(addDays(e.totEnMet, 1));
    if (e.startkwalificatie) days.push(e.startkwalificatie);
  }
  for (const v of c.vrijstellingen) {
    days.push(v.van);
    if (v.totEnMet) days.push(addDays(v.totEnMet, 1));
  }
  for (const peildatum of [span.van, span.totEnMet]) {
    const r = computeLeerplicht({ geboortedatum: c.geboortedatum, peildatum }, settings);
    days.push(
      r.leerplichtigVanaf,
      addDays(r.volledigeLeerplichtTotEnMet, 1),
      addDays(r.kwalificatieplichtTotEnMet, 1),
    );
  }
  return [...new Set(days)].filter((d) => d >= span.van && d <= span.totEnMet).sort();
}

/** True when enrolments and exemptions together cover every day of the span (most pupils). */
function coveredAllYear(c: YearCandidate, span: SchoolYearSpan): boolean {
  const periods = [...c.inschrijvingen, ...c.vrijstellingen].sort((a, b) =>
    a.van < b.van ? -1 : a.van > b.van ? 1 : 0,
  );
  let next = span.van;
  for (const p of periods) {
    if (p.van > next) return false;
    if (p.totEnMet === null) return true;
    if (p.totEnMet >= next) next = addDays(p.totEnMet, 1);
    if (next > span.totEnMet) return true;
  }
  return false;
}

/** The first day of the school year on which the person would be signalled, with the gemeente. */
export function firstSignalDay(
  c: YearCandidate,
  span: SchoolYearSpan,
  region: ReadonlySet<string>,
  settings: RuleSettings,
): SignalDay | undefined {
  // Enrolled or exempted all year: never a signal, and no need to ask the rules engine.
  if (coveredAllYear(c, span)) return undefined;
  for (const day of changeDays(c, span, settings)) {
    const gemeente = gemeenteOn(c, day, region);
    if (!gemeente) continue;
    if (c.inschrijvingen.some((e) => covers(e.van, e.totEnMet, day))) continue;
    if (c.vrijstellingen.some((v) => covers(v.van, v.totEnMet, day))) continue;
    const candidate = {
      bsn: c.bsn,
      gemeente,
      geboortedatum: c.geboortedatum,
      inschrijvingen: c.inschrijvingen,
    };
    if (absoluteVerzuimSignal(candidate, day, settings)) return { datum: day, gemeente };
  }
  return undefined;
}
