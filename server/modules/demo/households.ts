// SPDX-License-Identifier: EUPL-1.2
/**
 * Households over time: at most one event per snapshot interval (a move within the gemeente, to
 * another region gemeente, away from the region, or abroad into the RNI), deaths, and young adults
 * leaving the parental home. Each member gets the household's residence periods from joining on.
 */
import { makeAddress } from './addresses.ts';
import { addYears } from './days.ts';
import type { DemoGemeente } from './gemeenten.ts';
import { RNI_GEMEENTE, type DemoPerson, type GenContext, type Period } from './model.ts';

/** Yearly rates of household events (roughly Dutch averages for families). */
export const RATES = { verhuizing: 0.045, binnenRegio: 0.02, vertrek: 0.03, emigratie: 0.005 };
export const STUDENT_RATES = {
  verhuizing: 0.12,
  binnenRegio: 0.03,
  vertrek: 0.15,
  emigratie: 0.01,
};
/** Yearly death rates: young people and parents. */
const DEATH = { jeugd: 0.0002, ouder: 0.0015 };
/** Yearly chance that an 18–23-year-old leaves the parental home. */
const LEAVE_HOME = 0.12;

/** A group living at one address, and the timeline of that address. */
export interface Household {
  members: { person: DemoPerson; start: number }[];
  periods: Period[];
  vertrek?: number;
  rates: typeof RATES;
}

export function otherRegioGemeente(ctx: GenContext, current: string): DemoGemeente {
  const options = ctx.regio.filter((g) => g.code !== current);
  let total = 0;
  for (const g of options) total += g.jeugd;
  let r = ctx.rng.next() * total;
  for (const g of options) {
    r -= g.jeugd;
    if (r < 0) return g;
  }
  return options[0] ?? ctx.regio[0]!;
}

/** Draws at most one event per snapshot interval for a household, from `from` on. */
export function simulateHousehold(ctx: GenContext, household: Household, from: number): void {
  const { rng } = ctx;
  const total = Object.values(household.rates).reduce((a, b) => a + b, 0);
  for (let k = 1; k < ctx.snapshots.length; k++) {
    const lo = Math.max(ctx.snapshots[k - 1]!, from) + 1;
    const hi = ctx.snapshots[k]!;
    if (lo > hi || !rng.chance((total * (hi - lo + 1)) / 365)) continue;
    const day = rng.int(lo, hi);
    const current = household.periods[household.periods.length - 1]!;
    const soort = rng.weighted(household.rates);
    if (soort === 'verhuizing') {
      const g = ctx.gemeenten.find((x) => x.code === current.gemeente)!;
      household.periods.push({
        gemeente: g.code,
        address: makeAddress(rng, g, ctx.pools),
        vanaf: day,
      });
    } else if (soort === 'binnenRegio') {
      const g = otherRegioGemeente(ctx, current.gemeente);
      household.periods.push({
        gemeente: g.code,
        address: makeAddress(rng, g, ctx.pools),
        vanaf: day,
      });
    } else if (soort === 'vertrek' || rng.chance(0.6)) {
      household.vertrek = day;
      return;
    } else {
      household.periods.push({ gemeente: RNI_GEMEENTE, address: null, vanaf: day, rni: true });
      return;
    }
  }
}

/** Gives each member the household's periods from the day they joined, then deaths. */
export function settle(ctx: GenContext, household: Household): DemoPerson[] {
  const out: DemoPerson[] = [];
  for (const { person, start } of household.members) {
    if (start > ctx.today || (household.vertrek !== undefined && start >= household.vertrek)) {
      continue;
    }
    const active = household.periods.filter((p) => p.vanaf <= start).pop();
    if (!active || active.rni) continue;
    person.periods = [
      { ...active, vanaf: start },
      ...household.periods.filter((p) => p.vanaf > start),
    ];
    if (household.vertrek !== undefined) person.vertrek = household.vertrek;
    drawDeath(ctx, person, start);
    out.push(person);
  }
  return out;
}

function drawDeath(ctx: GenContext, person: DemoPerson, start: number) {
  const from = Math.max(start, ctx.start) + 1;
  const until = Math.min(ctx.today, (person.vertrek ?? Infinity) - 1);
  if (from > until) return;
  const rate = person.jeugd ? DEATH.jeugd : DEATH.ouder;
  if (ctx.rng.chance((rate * (until - from + 1)) / 365)) {
    const day = ctx.rng.int(from, until);
    person.overlijden = day;
    person.periods = person.periods.filter((p) => p.vanaf < day);
  }
}

/** Young adults may move out to their own address; they keep their parents' BSNs. */
export function leaveHome(ctx: GenContext, child: DemoPerson, g: DemoGemeente): void {
  const { rng } = ctx;
  const adult = addYears(child.geboortedatum, 18);
  const last = child.periods[child.periods.length - 1];
  if (!last || last.rni || child.overlijden !== undefined || child.vertrek !== undefined) return;
  for (let k = 1; k < ctx.snapshots.length; k++) {
    const lo = Math.max(ctx.snapshots[k - 1]!, adult, last.vanaf) + 1;
    const hi = Math.min(ctx.snapshots[k]!, addYears(child.geboortedatum, 24) - 1);
    if (lo > hi || !rng.chance((LEAVE_HOME * (hi - lo + 1)) / 365)) continue;
    const target = rng.chance(0.6) ? g : (ctx.regio.find((x) => x.code === '0546') ?? g);
    child.periods = child.periods.filter((p) => p.vanaf < lo);
    const day = rng.int(lo, hi);
    child.periods.push({
      gemeente: target.code,
      address: makeAddress(rng, target, ctx.pools),
      vanaf: day,
    });
    return;
  }
}

/** One person living alone (a separated parent or a student), with a timeline of their own. */
export function singleHousehold(
  ctx: GenContext,
  person: DemoPerson,
  g: DemoGemeente,
  at: number,
  rates: typeof RATES,
): DemoPerson[] {
  const vestiging =
    at > ctx.start
      ? at
      : ctx.rng.int(Math.min(at - 30, addYears(person.geboortedatum, 18)), at - 1);
  const household: Household = {
    members: [{ person, start: Math.max(vestiging, person.geboortedatum) }],
    periods: [{ gemeente: g.code, address: makeAddress(ctx.rng, g, ctx.pools), vanaf: vestiging }],
    rates,
  };
  simulateHousehold(ctx, household, vestiging);
  return settle(ctx, household);
}
