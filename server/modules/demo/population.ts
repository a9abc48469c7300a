// SPDX-License-Identifier: EUPL-1.2
/**
 * Households of one gemeente: families with children aged 0–23 and their parents (together,
 * separated or single), students living on their own, and newcomers arriving during the window.
 * Each household gets a residence timeline with moves, departures, emigration (RNI) and deaths,
 * so the BRP snapshots carry real history.
 */
import { makeAddress } from './addresses.ts';
import { addYears } from './days.ts';
import type { DemoGemeente } from './gemeenten.ts';
import {
  leaveHome,
  otherRegioGemeente,
  RATES,
  settle,
  simulateHousehold,
  singleHousehold,
  STUDENT_RATES,
  type Household,
} from './households.ts';
import type { DemoPerson, GenContext } from './model.ts';
import { voornamen, type Surname } from './names.ts';
import type { Rng } from './prng.ts';

const YEAR = 365.25;

const pickGeslacht = (rng: Rng): DemoPerson['geslacht'] => {
  const r = rng.next();
  return r < 0.4996 ? 'M' : r < 0.9992 ? 'V' : r < 0.9997 ? 'X' : 'O';
};

function newPerson(
  ctx: GenContext,
  surname: Surname,
  geslacht: DemoPerson['geslacht'],
  geboortedatum: number,
  jeugd: boolean,
): DemoPerson {
  return {
    bsn: ctx.bsn.next(),
    geslachtsnaam: surname.geslachtsnaam,
    voorvoegsel: surname.voorvoegsel,
    voornamen: voornamen(ctx.rng, ctx.pools, geslacht),
    geslacht,
    geboortedatum,
    geheimhouding: ctx.rng.chance(0.004),
    periods: [],
    inExtractVanaf: geboortedatum,
    jeugd,
  };
}

/** Shape of a family: how many children, how the parents live. */
interface FamilyPlan {
  /** Reference day of the family: the window start, or the arrival day of newcomers. */
  at: number;
  firstBirth: number;
  abroad: boolean;
}

function childBirths(ctx: GenContext, plan: FamilyPlan): number[] {
  const { rng } = ctx;
  const count = Number(rng.weighted({ 1: 22, 2: 45, 3: 23, 4: 8, 5: 2 }));
  const births = [plan.firstBirth];
  for (let i = 1; i < count; i++) births.push(births[i - 1]! + rng.int(365, 5 * 365));
  return births.filter((b) => b <= ctx.today && addYears(b, 24) > plan.at);
}

/**
 * One family living in `g`: parents and the children that are 0–23 on the reference day (or born
 * later, up to today). Returns its people in file order (parents before children) and how many
 * children were there on the reference day.
 */
export function generateFamily(ctx: GenContext, g: DemoGemeente, plan: FamilyPlan): DemoPerson[] {
  const { rng, pools } = ctx;
  const births = childBirths(ctx, plan);
  if (births.length === 0) return [];
  const mother = rng.pick(pools.surnames);
  const father = rng.pick(pools.surnames);
  const motherBirth = plan.firstBirth - Math.round(rng.int(24, 38) * YEAR) - rng.int(0, 364);
  const fatherBirth = motherBirth - Math.round(rng.int(-2, 6) * YEAR) - rng.int(0, 364);
  const ma = newPerson(ctx, mother, 'V', motherBirth, false);
  const pa = newPerson(ctx, father, 'M', fatherBirth, false);
  const kidsSurname = rng.chance(0.75) ? father : mother;
  const kids = births.map((b) => newPerson(ctx, kidsSurname, pickGeslacht(rng), b, true));
  const vorm = rng.weighted({ samen: 75, gescheiden: 17, alleen: 8 });
  const withMother = rng.chance(0.7);
  const home = withMother || vorm !== 'gescheiden' ? ma : pa;
  const away = home === ma ? pa : ma;
  const parents = vorm === 'samen' ? [ma, pa] : [home];
  const known =
    vorm === 'alleen' && rng.chance(0.85)
      ? [home]
      : vorm === 'gescheiden' && rng.chance(0.2)
        ? [home]
        : [ma, pa];
  for (const kid of kids) {
    kid.ouder1 = known[0]!.bsn;
    if (known[1]) kid.ouder2 = known[1].bsn;
  }
  // The family lives at this address since a day before the reference day (or arrives on it).
  const earliest = Math.max(addYears(motherBirth, 20), plan.firstBirth - 3 * 365);
  const vestiging =
    plan.abroad || plan.at > ctx.start
      ? plan.at
      : rng.int(Math.min(earliest, plan.at - 30), plan.at - 1);
  const household: Household = {
    members: [...parents, ...kids].map((person) => ({
      person,
      start: Math.max(vestiging, person.geboortedatum),
    })),
    periods: [{ gemeente: g.code, address: makeAddress(rng, g, pools), vanaf: vestiging }],
    rates: RATES,
  };
  simulateHousehold(ctx, household, vestiging);
  const people = settle(ctx, household);
  const livingKids = people.filter((p) => p.jeugd);
  if (livingKids.length === 0) return [];
  const extractFrom = Math.min(...livingKids.map((k) => k.periods[0]!.vanaf));
  let others: DemoPerson[] = [];
  if (known.includes(away) && !parents.includes(away)) {
    others = singleHousehold(
      ctx,
      away,
      rng.chance(0.7) ? g : otherRegioGemeente(ctx, g.code),
      plan.at,
      RATES,
    );
  }
  for (const parent of [...people.filter((p) => !p.jeugd), ...others]) {
    parent.inExtractVanaf = Math.max(extractFrom, parent.periods[0]!.vanaf);
  }
  for (const kid of livingKids) {
    kid.inExtractVanaf = kid.periods[0]!.vanaf;
    if (plan.abroad) kid.nieuwkomer = true;
    leaveHome(ctx, kid, g);
  }
  // A separated parent who left before the children were in the extract is not referenced.
  if (others.length && others[0]!.periods.length === 0) {
    for (const kid of livingKids) delete kid.ouder2;
  }
  return [...others, ...people.filter((p) => !p.jeugd), ...livingKids];
}

/** A student aged 18–22 on day `at`, living on their own, without parents in the region. */
export function generateStudent(ctx: GenContext, g: DemoGemeente, at: number): DemoPerson[] {
  const birth = addYears(at, -ctx.rng.int(18, 22)) - ctx.rng.int(0, 364);
  const person = newPerson(
    ctx,
    ctx.rng.pick(ctx.pools.surnames),
    pickGeslacht(ctx.rng),
    birth,
    true,
  );
  const people = singleHousehold(ctx, person, g, at, STUDENT_RATES);
  for (const p of people) p.inExtractVanaf = p.periods[0]!.vanaf;
  return people;
}

/** Share of a gemeente's young people that are students living on their own (university towns). */
export const studentShare = (g: DemoGemeente): number =>
  g.code === '0546' ? 0.06 : g.code === '0579' || g.code === '0547' ? 0.02 : 0;

/**
 * All households of gemeente `g`: families until about `g.jeugd` young people live there on the
 * window start, students, and newcomers (families and students) arriving during the window.
 */
export function generateGemeente(
  ctx: GenContext,
  g: DemoGemeente,
  emit: (family: DemoPerson[]) => void,
): void {
  const { rng } = ctx;
  const students = Math.round(g.jeugd * studentShare(g));
  let youth = 0;
  let families = 0;
  while (youth < g.jeugd - students) {
    // The first child's age on the window start: up to 25 (older siblings fall out) or born later.
    const firstBirth = ctx.start - Math.round((rng.next() * 28.3 - 3.3) * YEAR);
    const people = generateFamily(ctx, g, { at: ctx.start, firstBirth, abroad: false });
    for (const p of people) {
      if (p.jeugd && p.geboortedatum <= ctx.start && p.periods[0]!.vanaf <= ctx.start) youth++;
    }
    if (people.length) {
      families++;
      emit(people);
    }
  }
  const nonEmpty = (people: DemoPerson[]) => {
    if (people.length) emit(people);
  };
  for (let i = 0; i < students; i++) nonEmpty(generateStudent(ctx, g, ctx.start));
  const years = (ctx.today - ctx.start) / 365;
  const arrivals = Math.round(families * 0.028 * years);
  for (let i = 0; i < arrivals; i++) {
    const at = rng.int(ctx.start + 1, ctx.today);
    const abroad = rng.chance(0.3);
    const firstBirth = at - Math.round(rng.next() * 17 * YEAR);
    nonEmpty(generateFamily(ctx, g, { at, firstBirth, abroad }));
  }
  const newStudents = Math.round(students * 0.25 * years);
  for (let i = 0; i < newStudents; i++) {
    const at = Math.min(
      ctx.today,
      ctx.start + Math.floor(rng.next() * years) * 365 + rng.int(0, 60),
    );
    nonEmpty(generateStudent(ctx, g, at));
  }
}
