// SPDX-License-Identifier: EUPL-1.2
/**
 * School careers: which school a young person is enrolled at, from when until when, as DUO's
 * register would show it. Ages follow the Dutch system (PO from 4 to about 12, VO 4–6 years,
 * then mbo), with special education, newcomers (ISK), school changes, mbo dropouts and
 * startkwalificaties. Gaps (exemptions, moving away, dropping out) are cut in enrolment-gaps.ts.
 */
import { addYears, civil, dayOf } from './days.ts';
import { periodOn, type DemoPerson } from './model.ts';
import type { Rng } from './prng.ts';
import type { DemoSchool, SchoolIndex, Sector } from './schools.ts';

/** One enrolment (a row of `inschrijvingen`); dates are day numbers, `end` inclusive. */
export interface Stint {
  school: DemoSchool;
  sector: Sector;
  start: number;
  end?: number;
  reden?: string;
  /** Leerjaar on the start day; it rises by one every 1 August. */
  leerjaar: number;
  niveau?: string;
  opleiding?: string;
  startkwalificatie?: number;
}

const jul31 = (year: number) => dayOf(year, 7, 31);
const aug1 = (year: number) => dayOf(year, 8, 1);

const MBO_OPLEIDINGEN: Record<number, string[]> = {
  1: [
    'Entree - assistent dienstverlening',
    'Entree - assistent logistiek',
    'Entree - assistent bouwen',
  ],
  2: [
    'Helpende zorg en welzijn',
    'Logistiek medewerker',
    'Verkoopmedewerker',
    'Medewerker horeca',
    'Basismedewerker bouw',
    'Kapper',
  ],
  3: [
    'Verzorgende-IG',
    'Eerste monteur elektrotechniek',
    'Medewerker ICT-support',
    'Gastheer/gastvrouw',
    'Zelfstandig werkend kok',
    'Pedagogisch medewerker',
  ],
  4: [
    'Software developer',
    'Onderwijsassistent',
    'Verpleegkundige',
    'Juridisch medewerker',
    'Marketing en communicatie',
    'Sport- en bewegingscoördinator',
    'Mediavormgever',
    'Bedrijfsadministrateur',
  ],
};
const VMBO = {
  'vmbo-b': 'vmbo basisberoepsgerichte leerweg',
  'vmbo-k': 'vmbo kaderberoepsgerichte leerweg',
  'vmbo-gt': 'vmbo gemengde/theoretische leerweg',
};

/** What a career builder needs besides the person. */
export interface CareerCtx {
  rng: Rng;
  schools: SchoolIndex;
  today: number;
}

class Builder {
  readonly stints: Stint[] = [];
  constructor(
    private readonly ctx: CareerCtx,
    private readonly person: DemoPerson,
  ) {}

  /** The gemeente the person lives in on day d (or first lived in). */
  gemeente(d: number): string {
    const p = periodOn(this.person, d) ?? this.person.periods[0];
    return p && !p.rni ? p.gemeente : (this.person.periods[0]?.gemeente ?? '');
  }

  add(sector: Sector, start: number, end: number, extra: Partial<Stint> = {}): void {
    if (end < start) return;
    const school = this.ctx.schools.choose(this.ctx.rng, sector, this.gemeente(start));
    this.stints.push({ school, sector, start, end, leerjaar: 1, ...extra });
  }
}

/** Cohort year: children born from 1 October on start group 3 a year later. */
const cohort = (birth: number) => {
  const { year, month } = civil(birth);
  return month >= 10 ? year + 1 : year;
};

function primary(b: Builder, rng: Rng, birth: number, route: string, poEndYear: number): void {
  const poStart = addYears(birth, 4);
  const poEnd = jul31(poEndYear);
  // Leerjaar 0 on the 4th birthday: group 1 until the first 1 August, then group 1, 2, 3 …
  if (route === 'so') {
    b.add('SO', poStart, poEnd, { reden: 'overstap naar vso', leerjaar: 0 });
  } else if (route === 'sbo') {
    const switchYear = cohort(birth) + 6 + rng.int(0, 3);
    b.add('PO', poStart, jul31(switchYear), { reden: 'overstap naar sbo', leerjaar: 0 });
    b.add('SBO', aug1(switchYear), poEnd, {
      reden: 'overstap naar voortgezet onderwijs',
      leerjaar: switchYear - cohort(birth) - 3,
    });
  } else if (rng.chance(0.08) && poEndYear - cohort(birth) > 8) {
    const changeYear = cohort(birth) + rng.int(6, 10);
    b.add('PO', poStart, jul31(changeYear), { reden: 'overstap naar andere school', leerjaar: 0 });
    b.add('PO', aug1(changeYear), poEnd, {
      reden: 'overstap naar voortgezet onderwijs',
      leerjaar: changeYear - cohort(birth) - 3,
    });
  } else {
    b.add('PO', poStart, poEnd, { reden: 'overstap naar voortgezet onderwijs', leerjaar: 0 });
  }
}

function mbo(b: Builder, rng: Rng, birth: number, from: number, level: number): void {
  const years = level === 1 ? 1 : level === 2 ? 2 : level === 3 ? 3 : rng.chance(0.3) ? 4 : 3;
  const endYear = civil(from).year + years;
  const niveau = `mbo-${level}`;
  const opleiding = rng.pick(MBO_OPLEIDINGEN[level]!);
  const adult = addYears(birth, 18);
  // Dropouts (vsv) in the synthetic data leave mbo only once they are 18; younger ones are the absoluut-verzuim cases.
  if (rng.chance(0.14) && adult < jul31(endYear) - 60) {
    const out = rng.int(Math.max(from + 60, adult), jul31(endYear) - 30);
    b.add('MBO', from, out, { reden: 'voortijdig schoolverlaten', niveau, opleiding });
    if (rng.chance(0.4)) mbo(b, rng, birth, out + rng.int(90, 270), Math.max(2, level - 1));
    return;
  }
  const sk = level >= 2 ? dayOf(endYear, 7, 1) : undefined;
  b.add('MBO', from, jul31(endYear), {
    reden: 'diploma behaald',
    niveau,
    opleiding,
    ...(sk ? { startkwalificatie: sk } : {}),
  });
  if (level === 1 && (addYears(birth, 18) > jul31(endYear) || rng.chance(0.5))) {
    mbo(b, rng, birth, aug1(endYear), 2);
  }
}

function secondary(b: Builder, rng: Rng, birth: number, route: string, voStartYear: number): void {
  const track =
    route === 'so'
      ? 'vso'
      : route === 'sbo'
        ? rng.weighted({ vmbo: 60, pro: 40 })
        : rng.weighted({ vmbo: 50, havo: 25, vwo: 22, pro: 3 });
  const start = aug1(voStartYear);
  const retained = rng.chance(0.15) ? 1 : 0;
  if (track === 'vso' || track === 'pro') {
    const endYear = cohort(birth) + 19 + rng.int(0, 1);
    const vso = track === 'vso';
    b.add(vso ? 'VSO' : 'PRO', start, jul31(endYear), {
      reden: vso
        ? rng.pick(['uitstroom arbeid', 'uitstroom dagbesteding', 'uitstroom vervolgonderwijs'])
        : 'uitstroom arbeid',
      opleiding: vso
        ? rng.pick(['vso arbeidsmarktgericht', 'vso dagbesteding', 'vso vervolgonderwijs'])
        : 'praktijkonderwijs',
    });
    if (!vso && rng.chance(0.4)) mbo(b, rng, birth, aug1(endYear), 1);
    return;
  }
  const years = (track === 'vmbo' ? 4 : track === 'havo' ? 5 : 6) + retained;
  const endYear = voStartYear + years;
  const niveau =
    track === 'vmbo' ? rng.weighted({ 'vmbo-b': 25, 'vmbo-k': 30, 'vmbo-gt': 45 }) : track;
  const opleiding =
    track === 'vmbo'
      ? VMBO[niveau as keyof typeof VMBO]
      : track === 'vwo'
        ? rng.pick(['vwo (atheneum)', 'vwo (gymnasium)'])
        : 'havo';
  const extra = { niveau, opleiding };
  let voFrom = start;
  if (rng.chance(0.06) && years >= 3) {
    const changeYear = voStartYear + rng.int(1, years - 1);
    b.add('VO', start, jul31(changeYear), { ...extra, reden: 'overstap naar andere school' });
    voFrom = aug1(changeYear);
  }
  const leerjaar = civil(voFrom).year - voStartYear + 1;
  if (track === 'vmbo') {
    b.add('VO', voFrom, jul31(endYear), {
      ...extra,
      leerjaar,
      reden: 'diploma behaald, overstap naar mbo',
    });
    mbo(b, rng, birth, aug1(endYear), Number(rng.weighted({ 1: 5, 2: 27, 3: 30, 4: 38 })));
    return;
  }
  if (rng.chance(0.92)) {
    b.add('VO', voFrom, jul31(endYear), {
      ...extra,
      leerjaar,
      reden: 'diploma behaald',
      startkwalificatie: dayOf(endYear, 7, 10),
    });
    if (track === 'havo' && rng.chance(0.1)) mbo(b, rng, birth, aug1(endYear), 4);
    return;
  }
  b.add('VO', voFrom, jul31(endYear), { ...extra, leerjaar, reden: 'examen niet behaald' });
  const sk = rng.chance(0.8) ? { startkwalificatie: dayOf(endYear + 1, 7, 10) } : {};
  b.add('VAVO', aug1(endYear), jul31(endYear + 1), {
    niveau: track,
    opleiding: `vavo ${track}`,
    reden: 'einde opleiding',
    ...sk,
  });
}

/** Newcomers from abroad: ISK for 12–17-year-olds, then VO or mbo; younger children go to PO. */
function newcomer(b: Builder, rng: Rng, person: DemoPerson, arrival: number): void {
  const birth = person.geboortedatum;
  const delay = rng.chance(0.03) ? rng.int(90, 300) : rng.int(7, 60);
  const from = arrival + delay;
  const age = civil(from).year - civil(birth).year;
  if (rng.chance(0.01) || age >= 19) return;
  if (age < 12) {
    const poEndYear = cohort(birth) + 12;
    b.add('PO', from, jul31(poEndYear), {
      reden: 'overstap naar voortgezet onderwijs',
      leerjaar: Math.max(1, Math.min(8, age - 3)),
    });
    secondary(b, rng, birth, 'regulier', poEndYear);
    return;
  }
  const iskEnd = jul31(civil(from).year + 1 + rng.int(0, 1));
  b.add('ISK', from, iskEnd, {
    reden: age >= 15 ? 'overstap naar mbo' : 'overstap naar voortgezet onderwijs',
    opleiding: 'internationale schakelklas',
  });
  if (age >= 15) mbo(b, rng, birth, iskEnd + 1, 2);
  else {
    const years = 4;
    b.add('VO', iskEnd + 1, jul31(civil(iskEnd).year + years), {
      niveau: 'vmbo-b',
      opleiding: VMBO['vmbo-b'],
      reden: 'diploma behaald, overstap naar mbo',
    });
    mbo(b, rng, birth, aug1(civil(iskEnd).year + years), 2);
  }
}

/** The full planned career of a young person, before gaps and the window are applied. */
export function planCareer(
  ctx: CareerCtx,
  person: DemoPerson,
  arrivedFromAbroad?: number,
): Stint[] {
  const { rng } = ctx;
  const b = new Builder(ctx, person);
  if (arrivedFromAbroad !== undefined && person.geboortedatum < addYears(arrivedFromAbroad, -4)) {
    newcomer(b, rng, person, arrivedFromAbroad);
    return b.stints;
  }
  const route = rng.weighted({ regulier: 96, sbo: 2.5, so: 1.5 });
  const retained = rng.weighted({ 0: 88, 1: 11, '-1': 1 });
  const poEndYear = cohort(person.geboortedatum) + 12 + Number(retained);
  primary(b, rng, person.geboortedatum, route, poEndYear);
  secondary(b, rng, person.geboortedatum, route, poEndYear);
  return b.stints;
}
