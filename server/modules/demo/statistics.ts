// SPDX-License-Identifier: EUPL-1.2
/**
 * Figures of a generated set, reported in manifest.json and compared with seed 000 in
 * docs/demo-data.md: young people per peildatum, children without school, meldingen per school
 * year and sector group, exemptions per article and decision.
 */
import type { Stint } from './careers.ts';
import { addYears, civil, dayOf, isoDay, schoolYearName, schoolYearOf } from './days.ts';
import type { Block, DemoExemption } from './exemptions.ts';
import { groepOf, stintOn, type DemoMelding } from './meldingen.ts';
import { livesIn, type DemoPerson } from './model.ts';

/** The figures; counts are per peildatum (YYYY-MM-DD) or per school year (2023-2024). */
export interface DemoStatistiek {
  personen: number;
  /** Residents aged 0–23 per snapshot peildatum. */
  jeugd: Record<string, number>;
  /** Leerplichtige residents (5–17, no startkwalificatie) without enrolment or exemption, per peildatum. */
  zonderInschrijving: Record<string, number>;
  /** Distinct such children per school year, sampled on the first day of every month. */
  zonderInschrijvingPerSchooljaar: Record<string, number>;
  /** Per school year and sector group: [meldingen, distinct persons]. */
  meldingen: Record<string, { po: number[]; vo: number[]; mbo: number[] }>;
  verzuimsoorten: Record<string, number>;
  vrijstellingen: Record<string, Record<string, number>>;
  /** Granted exemptions valid on each snapshot peildatum (seed 000: "500 lopende vrijstellingen"). */
  lopendeVrijstellingen: Record<string, number>;
}

const add = (record: Record<string, number>, key: string, n = 1) => {
  record[key] = (record[key] ?? 0) + n;
};

/** Collects the figures while the generator writes. */
export class StatisticsCollector {
  readonly figures: DemoStatistiek = {
    personen: 0,
    jeugd: {},
    zonderInschrijving: {},
    zonderInschrijvingPerSchooljaar: {},
    meldingen: {},
    verzuimsoorten: {},
    vrijstellingen: {},
    lopendeVrijstellingen: {},
  };
  /** First days of months from the window start to today, for the per-year sample. */
  private readonly months: number[] = [];

  constructor(
    private readonly regio: ReadonlySet<string>,
    private readonly snapshots: readonly number[],
    start: number,
    today: number,
  ) {
    for (let d = start; d <= today;) {
      this.months.push(d);
      const { year, month } = civil(d);
      d = month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
    }
  }

  /** Counts one exemption request, and on which peildata it is valid. */
  exemption(person: DemoPerson, e: DemoExemption): void {
    add((this.figures.vrijstellingen[e.artikel] ??= {}), e.besluit);
    if (e.besluit !== 'toegekend' || e.geldigVan === undefined) return;
    for (const day of this.snapshots) {
      if (
        e.geldigVan <= day &&
        (e.geldigTot ?? Infinity) >= day &&
        livesIn(person, this.regio, day)
      ) {
        add(this.figures.lopendeVrijstellingen, isoDay(day));
      }
    }
  }

  /** Counts the meldingen of one person (distinct persons per school year and group). */
  meldingen(list: readonly DemoMelding[]): void {
    const seen = new Set<string>();
    for (const m of list) {
      const name = schoolYearName(schoolYearOf(m.gemeldOp));
      const groep = groepOf(m.school.sector);
      const entry = (this.figures.meldingen[name] ??= { po: [0, 0], vo: [0, 0], mbo: [0, 0] });
      entry[groep][0]!++;
      if (!seen.has(`${name}:${groep}`)) {
        seen.add(`${name}:${groep}`);
        entry[groep][1]!++;
      }
    }
  }

  /** Counts a melding's verzuimsoort (also for unknown persons). */
  melding(m: DemoMelding): void {
    add(this.figures.verzuimsoorten, m.verzuimsoort);
  }

  /** Counts a young person per peildatum, and whether they lacked a school when they should not. */
  youth(person: DemoPerson, stints: readonly Stint[], blocks: readonly Block[]): void {
    // Age bounds as days, so the monthly sample needs no date arithmetic per day.
    const from5 = addYears(person.geboortedatum, 5);
    const until18 = addYears(person.geboortedatum, 18);
    const until24 = addYears(person.geboortedatum, 24);
    const missing = (day: number) => {
      if (
        day < from5 ||
        day >= until18 ||
        stintOn(stints, day) ||
        !livesIn(person, this.regio, day)
      ) {
        return false;
      }
      const sk = stints.some(
        (s) => s.startkwalificatie !== undefined && s.startkwalificatie <= day,
      );
      const exempt = blocks.some(
        (b) => b.reden.startsWith('vrijstelling') && b.van <= day && b.tot >= day,
      );
      return !sk && !exempt;
    };
    for (const day of this.snapshots) {
      if (day >= until24 || !livesIn(person, this.regio, day)) continue;
      add(this.figures.jeugd, isoDay(day));
      if (missing(day)) add(this.figures.zonderInschrijving, isoDay(day));
    }
    const years = new Set(this.months.filter(missing).map((d) => schoolYearName(schoolYearOf(d))));
    for (const year of years) add(this.figures.zonderInschrijvingPerSchooljaar, year);
  }
}
