// SPDX-License-Identifier: EUPL-1.2
/**
 * Exemptions (vrijstellingen) and vervangende leerplicht for the synthetic young people, in the
 * proportions of seeds 001, 002 and 004: mostly 5a (often renewed every year, some until 18), then
 * 5c, 3b, 5b, 15, and a few 3a and 11g; mostly granted, some refused, withdrawn or still pending.
 * Granted 5a/5b/5c/15 exemptions block enrolment during their validity (see careers.ts).
 */
import { addYears, dayOf, civil } from './days.ts';
import { livesIn, type DemoPerson } from './model.ts';
import type { Rng } from './prng.ts';

/** Exemption articles (interfaces.md §2.5). */
export const ARTIKELEN = ['3a', '3b', '5a', '5b', '5c', '11g', '15'] as const;
export type Artikel = (typeof ARTIKELEN)[number];
export type Besluit = 'in_behandeling' | 'toegekend' | 'afgewezen' | 'ingetrokken';

/** One request and its decision; dates are day numbers. */
export interface DemoExemption {
  artikel: Artikel;
  datumAanvraag: number;
  besluit: Besluit;
  datumBesluit?: number;
  geldigVan?: number;
  geldigTot?: number;
  herhalingsverzoek: boolean;
}

/** A period in which the person needs no enrolment; `tot` may be open (Infinity). */
export interface Block {
  van: number;
  tot: number;
  reden: string;
}

/** Per-person or per-person-year chances, calibrated to the seeds' counts for ~60,000 young people. */
export const EXEMPTION_RATES = {
  /** Share of children with a 5a exemption at some time (seed 000: 268 children in the region). */
  '5a': 0.012,
  '5b': 0.003,
  /** Per child and school year, ages 5–16 (seed 003: 96 requests). */
  '5c': 0.003,
  /** Per young person and school year, ages 16–17. */
  '15': 0.01,
  '3a': 0.0004,
  /** Per young person and school year, ages 15–16 (seed 004: 72 requests). */
  '3b': 0.009,
  '11g': 0.0005,
} as const;

/** Share granted per article (seed 004: 5a 252/271, 5b 105/110, 5c 90/101, art. 15 43/58, 3b 54/72). */
const GRANTED: Record<Artikel, number> = {
  '5a': 0.93,
  '5b': 0.95,
  '5c': 0.89,
  '15': 0.74,
  '3b': 0.75,
  '3a': 0.8,
  '11g': 0.85,
};
/** Requests on or after this day are in the files; earlier ones only when still valid in the window. */
const FIRST_REQUEST = dayOf(2023, 1, 1);

interface Ctx {
  rng: Rng;
  start: number;
  today: number;
  regio: ReadonlySet<string>;
}

const aug1 = (year: number) => dayOf(year, 8, 1);
/** The first day of the month after day n (leerplicht starts then after the 5th birthday). */
const firstOfNextMonth = (n: number) => {
  const { year, month } = civil(n);
  return month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
};
/** Whether the person lived in the region when the request was made (or on the window start, for older requests). */
const resident = (ctx: Ctx, person: DemoPerson, aanvraag: number) =>
  livesIn(person, ctx.regio, Math.max(aanvraag, ctx.start));
const jul31 = (year: number) => dayOf(year, 7, 31);

/** Decides a request made on `aanvraag`, given how long deciding takes. */
function decide(
  ctx: Ctx,
  e: Omit<DemoExemption, 'besluit'>,
  days: [number, number],
): DemoExemption {
  const { rng } = ctx;
  const besluitOp = e.datumAanvraag + rng.int(days[0], days[1]);
  if (besluitOp > ctx.today) return { ...e, besluit: 'in_behandeling' };
  const r = rng.next();
  const besluit: Besluit =
    r < GRANTED[e.artikel] ? 'toegekend' : r < 0.98 ? 'afgewezen' : 'ingetrokken';
  if (besluit !== 'toegekend') {
    return {
      artikel: e.artikel,
      datumAanvraag: e.datumAanvraag,
      herhalingsverzoek: e.herhalingsverzoek,
      besluit,
      datumBesluit: besluitOp,
    };
  }
  const geldigVan = Math.max(e.geldigVan ?? besluitOp, e.datumAanvraag);
  const result: DemoExemption = { ...e, besluit, datumBesluit: besluitOp, geldigVan };
  if (e.geldigTot !== undefined && e.geldigTot < geldigVan) result.geldigTot = geldigVan;
  return result;
}

/** A yearly chain of requests (5a, 5b): first request, then a renewal before every school year. */
function chain(
  ctx: Ctx,
  person: DemoPerson,
  artikel: '5a' | '5b',
  from: number,
  until: number,
): DemoExemption[] {
  const { rng } = ctx;
  const out: DemoExemption[] = [];
  let aanvraag = from - rng.int(14, 60);
  let herhaling = false;
  let geldigVan = from;
  while (aanvraag <= ctx.today && geldigVan <= until) {
    const { year, month } = civil(geldigVan);
    const geldigTot = Math.min(until, jul31(month >= 8 ? year + 1 : year));
    const e = decide(
      ctx,
      { artikel, datumAanvraag: aanvraag, herhalingsverzoek: herhaling, geldigVan, geldigTot },
      [10, 50],
    );
    if (resident(ctx, person, aanvraag)) out.push(e);
    if (e.besluit !== 'toegekend' || rng.chance(0.1)) break;
    herhaling = true;
    geldigVan = geldigTot + 1;
    aanvraag = Math.max(
      dayOf(civil(geldigVan).year, rng.int(4, 6), rng.int(1, 30)),
      (e.datumBesluit ?? aanvraag) + 7,
    );
  }
  return out.filter(
    (e) => e.datumAanvraag >= FIRST_REQUEST || (e.geldigTot ?? Infinity) >= ctx.start,
  );
}

/** 5a: unfit for school; a yearly chain, or one decision until the 18th birthday. */
function artikel5a(ctx: Ctx, person: DemoPerson): DemoExemption[] {
  const { rng } = ctx;
  const leerplichtig = firstOfNextMonth(addYears(person.geboortedatum, 5));
  const lastStart = Math.min(ctx.today, addYears(person.geboortedatum, 16));
  if (leerplichtig > lastStart) return [];
  const from = rng.int(Math.max(leerplichtig, ctx.start - 4 * 365), lastStart);
  const until = addYears(person.geboortedatum, 18) - 1;
  if (rng.chance(0.3)) {
    const aanvraag = from - rng.int(14, 60);
    if (aanvraag > ctx.today || !resident(ctx, person, aanvraag)) return [];
    const e = decide(
      ctx,
      {
        artikel: '5a',
        datumAanvraag: aanvraag,
        herhalingsverzoek: false,
        geldigVan: from,
        geldigTot: until,
      },
      [14, 56],
    );
    return e.datumAanvraag >= FIRST_REQUEST || until >= ctx.start ? [e] : [];
  }
  return chain(ctx, person, '5a', from, until);
}

/** One request in a school year for the articles that are asked for year by year. */
function yearly(
  ctx: Ctx,
  person: DemoPerson,
  artikel: Artikel,
  year: number,
): DemoExemption | undefined {
  const { rng } = ctx;
  const b = person.geboortedatum;
  const adult = addYears(b, 18) - 1;
  let e: Omit<DemoExemption, 'besluit'>;
  switch (artikel) {
    case '5c': {
      const aanvraag = aug1(year) - rng.int(10, 90);
      e = {
        artikel,
        datumAanvraag: aanvraag,
        herhalingsverzoek: rng.chance(0.14),
        geldigVan: aug1(year),
        geldigTot: jul31(year + 1),
      };
      break;
    }
    case '15':
      e = {
        artikel,
        datumAanvraag: aug1(year) + rng.int(0, 300),
        herhalingsverzoek: false,
        geldigTot: adult,
      };
      break;
    case '3a':
      e = {
        artikel,
        datumAanvraag: aug1(year) - rng.int(20, 80),
        herhalingsverzoek: false,
        geldigVan: aug1(year),
        geldigTot: jul31(year + 1),
      };
      break;
    case '3b':
      e = {
        artikel,
        datumAanvraag: dayOf(year, rng.int(3, 6), rng.int(1, 28)),
        herhalingsverzoek: false,
        geldigVan: aug1(year),
        geldigTot: jul31(year + 1),
      };
      break;
    case '11g': {
      const aanvraag = aug1(year) + rng.int(30, 320);
      const van = aanvraag + rng.int(3, 14);
      e = {
        artikel,
        datumAanvraag: aanvraag,
        herhalingsverzoek: false,
        geldigVan: van,
        geldigTot: van + rng.int(1, 15),
      };
      break;
    }
    default:
      return undefined;
  }
  if (e.datumAanvraag > ctx.today || !resident(ctx, person, e.datumAanvraag)) return undefined;
  return decide(ctx, e, artikel === '11g' ? [1, 7] : [10, 45]);
}

/** Age ranges (on 1 August) in which an article is asked for. */
const AGES: Partial<Record<Artikel, [number, number]>> = {
  '5c': [5, 16],
  '15': [16, 17],
  '3a': [14, 15],
  '3b': [15, 16],
  '11g': [5, 17],
};

/** All exemption requests of one young person, oldest first. */
export function generateExemptions(ctx: Ctx, person: DemoPerson): DemoExemption[] {
  const { rng } = ctx;
  const out: DemoExemption[] = [];
  if (rng.chance(EXEMPTION_RATES['5a'])) out.push(...artikel5a(ctx, person));
  else if (rng.chance(EXEMPTION_RATES['5b'])) {
    const from = Math.max(
      aug1(civil(addYears(person.geboortedatum, 5)).year),
      aug1(2023 - rng.int(0, 2)),
    );
    out.push(
      ...chain(ctx, person, '5b', from, jul31(civil(addYears(person.geboortedatum, 16)).year)),
    );
  }
  for (let year = civil(ctx.start).year; aug1(year) - 120 <= ctx.today; year++) {
    const age = civil(aug1(year)).year - civil(person.geboortedatum).year;
    for (const artikel of ['5c', '15', '3a', '3b', '11g'] as const) {
      const [lo, hi] = AGES[artikel]!;
      if (age < lo || age > hi || !rng.chance(EXEMPTION_RATES[artikel])) continue;
      const e = yearly(ctx, person, artikel, year);
      if (e) out.push(e);
    }
  }
  return out.sort((a, b) => a.datumAanvraag - b.datumAanvraag);
}

/** Periods without enrolment that granted exemptions of articles 5a, 5b, 5c and 15 cause. */
export function exemptionBlocks(exemptions: readonly DemoExemption[]): Block[] {
  return exemptions
    .filter((e) => e.besluit === 'toegekend' && ['5a', '5b', '5c', '15'].includes(e.artikel))
    .map((e) => ({
      van: e.geldigVan!,
      tot: e.geldigTot ?? Infinity,
      reden: `vrijstelling artikel ${e.artikel}`,
    }));
}
