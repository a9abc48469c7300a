// SPDX-License-Identifier: EUPL-1.2
/**
 * Absence reports (verzuimmeldingen) from schools, per school year, in the proportions of seed 000
 * (2023-2024: PO 174 meldingen over 155 persons, VO 2131 over 1118, mbo 4848 from 1772 students):
 * more in winter and around holidays, luxe verzuim just before or after a holiday, repeat reports
 * for some pupils, and mostly `actie_gewenst = ja`.
 */
import { ageOn, civil, isoDay } from './days.ts';
import { livesIn, type DemoPerson } from './model.ts';
import { cumulative, pickCumulative, type Rng } from './prng.ts';
import { schoolYear, type SchoolYear } from './school-calendar.ts';
import type { Stint } from './careers.ts';
import type { DemoSchool, Sector } from './schools.ts';

export const VERZUIMSOORTEN = [
  '16_uur',
  '18_plus',
  'langdurig',
  'luxe',
  'beginnend',
  'signaal',
  'overig',
] as const;
export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number];
type Groep = 'po' | 'vo' | 'mbo';

/** One report; dates are day numbers. */
export interface DemoMelding {
  school: DemoSchool;
  verzuimsoort: Verzuimsoort;
  verzuimVan: number;
  verzuimTot?: number;
  verzuimUren?: string;
  vermoedelijkeReden?: string;
  alleLessenVerzuimd?: boolean;
  actieSchool?: string;
  actieGewenst: boolean;
  gemeldOp: number;
  /** `HH:MM:SS` when the school's report carried a time. */
  tijd?: string;
  melder: boolean;
}

export const groepOf = (sector: Sector): Groep =>
  sector === 'PO' || sector === 'SBO' || sector === 'SO'
    ? 'po'
    : sector === 'MBO' || sector === 'VAVO'
      ? 'mbo'
      : 'vo';

/**
 * Chance per enrolled resident and school year of at least one melding, calibrated so that
 * 2023-2024 comes out near seed 000's person counts; repeat chance p gives (1-p)/p extra meldingen.
 */
export const MELDING_RATES: Record<
  Groep,
  { persoon: number; herhaling: number; actieGewenst: number }
> = {
  po: { persoon: 0.0066, herhaling: 0.893, actieGewenst: 0.92 },
  vo: { persoon: 0.087, herhaling: 0.525, actieGewenst: 0.8 },
  mbo: { persoon: 0.47, herhaling: 0.365, actieGewenst: 0.72 },
};
/** Reports rise a little every year, as the seeds describe (better reporting by schools). */
const YEAR_FACTOR = (startYear: number) => 1 + 0.04 * Math.max(0, startYear - 2023);

const SOORTEN: Record<Groep, Partial<Record<Verzuimsoort, number>>> = {
  po: { luxe: 34, '16_uur': 24, langdurig: 14, beginnend: 12, signaal: 9, overig: 7 },
  vo: { '16_uur': 46, beginnend: 12, signaal: 12, langdurig: 10, luxe: 9, overig: 11 },
  mbo: { '16_uur': 68, langdurig: 10, signaal: 8, luxe: 3, overig: 11 },
};
const SOORTEN_18_PLUS: Partial<Record<Verzuimsoort, number>> = {
  '18_plus': 85,
  langdurig: 10,
  overig: 5,
};

const REDENEN: Record<Verzuimsoort, string[]> = {
  '16_uur': [
    'Spijbelen, vaak de eerste uren',
    'Motivatieproblemen',
    'Vaak ziek gemeld door ouders, school twijfelt',
    'Problemen thuis',
    'Slaapritme, komt niet uit bed',
  ],
  '18_plus': [
    'Werk naast de opleiding gaat voor',
    'Motivatie voor de opleiding ontbreekt',
    'Twijfel over studiekeuze',
    'Financiële problemen',
  ],
  langdurig: [
    'Psychische klachten, langdurig thuis',
    'Angst om naar school te gaan',
    'Medische behandeling',
    'Geen passend onderwijsaanbod',
  ],
  luxe: ['Vakantie verlengd', 'Eerder op vakantie vertrokken', 'Familiebezoek in het buitenland'],
  beginnend: [
    'Regelmatig afwezig zonder bericht',
    'Begint met spijbelen, school wil vroeg ingrijpen',
  ],
  signaal: [
    'Veelvuldig te laat',
    'Vaak ziek op maandag',
    'Zorgen over thuissituatie, gezin vraagt hulp',
  ],
  overig: [
    'Zorgtaken in het gezin',
    'Mantelzorg voor ouder',
    'Conflict met docent, wil niet meer naar school',
  ],
};
const ACTIES = [
  'Gesprek met leerling en ouders gevoerd',
  'Mentor heeft contact gezocht met ouders',
  'Zorgteam ingeschakeld',
  'Brief naar ouders gestuurd',
  'Jeugdarts ingeschakeld',
  'Afspraken gemaakt over aanwezigheid, niet nagekomen',
];

/** Verzuim_van lies this many days before gemeld_op, per soort. */
const LEAD: Record<Verzuimsoort, [number, number]> = {
  '16_uur': [10, 27],
  '18_plus': [10, 27],
  langdurig: [28, 60],
  luxe: [1, 6],
  beginnend: [5, 14],
  signaal: [14, 40],
  overig: [7, 28],
};
const HOURS: Record<Verzuimsoort, [number, number]> = {
  '16_uur': [16, 40],
  '18_plus': [16, 60],
  langdurig: [40, 240],
  luxe: [5, 30],
  beginnend: [6, 15],
  signaal: [4, 20],
  overig: [8, 30],
};

/** A school year's days ready for fast weighted picks, built once per year. */
interface YearPicker {
  year: SchoolYear;
  table: Float64Array;
  luxeDays: number[];
}

const pickers = new Map<number, YearPicker>();

/** Days weighted for reports: more in November–March and in the week before or after a holiday. */
export function yearPicker(startYear: number): YearPicker {
  const cached = pickers.get(startYear);
  if (cached) return cached;
  const year = schoolYear(startYear);
  const nearHoliday = (d: number) =>
    year.holidays.some((h) => (d >= h.van - 7 && d < h.van) || (d > h.tot && d <= h.tot + 7));
  const weights = year.schoolDays.map((d) => {
    const month = civil(d).month;
    return (month >= 11 || month <= 3 ? 1.3 : 1) * (nearHoliday(d) ? 1.5 : 1);
  });
  const luxeDays = year.schoolDays.filter((d) =>
    year.holidays.some((h) => (d >= h.van - 3 && d < h.van) || (d > h.tot && d <= h.tot + 3)),
  );
  const picker = { year, table: cumulative(weights), luxeDays };
  pickers.set(startYear, picker);
  return picker;
}

/** Enrolment on day d, if any. */
export const stintOn = (stints: readonly Stint[], d: number): Stint | undefined =>
  stints.find((s) => s.start <= d && (s.end === undefined || s.end >= d));

export interface MeldingCtx {
  rng: Rng;
  today: number;
  regio: ReadonlySet<string>;
  /** School years (start years) that have reports. */
  years: readonly number[];
}

/** One report about a person in a school year, or undefined when its date does not fit (not enrolled, not living here, after today). */
export function makeMelding(
  ctx: MeldingCtx,
  person: DemoPerson,
  stints: readonly Stint[],
  picker: YearPicker,
  groep: Groep,
): DemoMelding | undefined {
  const { rng } = ctx;
  const probe = picker.year.schoolDays[0] ?? 0;
  const adult = ageOn(person.geboortedatum, probe) >= 18;
  const soort = rng.weighted(
    (adult ? SOORTEN_18_PLUS : SOORTEN[groep]) as Record<Verzuimsoort, number>,
  );
  let van: number;
  let tot: number | undefined;
  let gemeldOp: number;
  if (soort === 'luxe' && picker.luxeDays.length) {
    van = rng.pick(picker.luxeDays);
    tot = van + rng.int(0, 3);
    gemeldOp = tot + rng.int(1, 6);
  } else {
    const index = pickCumulative(rng, picker.table);
    gemeldOp = picker.year.schoolDays[index] ?? probe;
    // Absence is counted from the first school day of the year at the earliest, not in the summer.
    van = Math.max(probe, gemeldOp - rng.int(LEAD[soort][0], LEAD[soort][1]));
    if (rng.chance(0.55)) tot = Math.max(van, gemeldOp - rng.int(1, 2));
  }
  if (gemeldOp > ctx.today || !livesIn(person, ctx.regio, gemeldOp)) return undefined;
  const stint = stintOn(stints, van) ?? stintOn(stints, gemeldOp);
  if (!stint) return undefined;
  // 16_uur is for pupils under 18 and 18_plus for those of 18 or older (interfaces.md §2.4).
  const ageThen = ageOn(person.geboortedatum, van);
  const verzuimsoort: Verzuimsoort =
    soort === '16_uur' && ageThen >= 18
      ? '18_plus'
      : soort === '18_plus' && ageThen < 18
        ? '16_uur'
        : soort;
  const [lo, hi] = HOURS[soort];
  const uren = rng.int(lo, hi);
  const melding: DemoMelding = {
    school: stint.school,
    verzuimsoort,
    verzuimVan: van,
    actieGewenst: rng.chance(MELDING_RATES[groepOf(stint.sector)].actieGewenst),
    gemeldOp,
    melder: rng.chance(0.7),
  };
  if (tot !== undefined) melding.verzuimTot = tot;
  if (rng.chance(0.9)) melding.verzuimUren = rng.chance(0.1) ? `${uren}.5` : String(uren);
  if (rng.chance(0.85)) melding.vermoedelijkeReden = rng.pick(REDENEN[soort]);
  if (rng.chance(0.8)) {
    melding.alleLessenVerzuimd = soort === 'luxe' || soort === 'langdurig' || rng.chance(0.3);
  }
  if (rng.chance(0.8)) melding.actieSchool = rng.pick(ACTIES);
  if (rng.chance(0.5)) {
    melding.tijd = `${String(rng.int(8, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`;
  }
  return melding;
}

/** The reports about one young person over all school years, oldest first. */
export function generateMeldingen(
  ctx: MeldingCtx,
  person: DemoPerson,
  stints: readonly Stint[],
): DemoMelding[] {
  if (stints.length === 0) return [];
  const { rng } = ctx;
  const out: DemoMelding[] = [];
  for (const startYear of ctx.years) {
    const picker = yearPicker(startYear);
    const ref = picker.year.schoolDays[pickCumulative(rng, picker.table)];
    if (ref === undefined || ref > ctx.today) continue;
    const stint = stintOn(stints, ref);
    if (!stint || !livesIn(person, ctx.regio, ref)) continue;
    const groep = groepOf(stint.sector);
    const rates = MELDING_RATES[groep];
    if (!rng.chance(rates.persoon * YEAR_FACTOR(startYear))) continue;
    const count = 1 + rng.geometric(rates.herhaling);
    for (let i = 0; i < count; i++) {
      const melding = makeMelding(ctx, person, stints, picker, groep);
      if (melding) out.push(melding);
    }
  }
  return out.sort((a, b) => a.gemeldOp - b.gemeldOp);
}

/** The row values of a melding that do not depend on who it is about. */
export function meldingValues(m: DemoMelding): Record<string, string | undefined> {
  return {
    brin: m.school.brin,
    vestiging: m.school.vestiging,
    verzuimsoort: m.verzuimsoort,
    verzuim_van: isoDay(m.verzuimVan),
    verzuim_tot: m.verzuimTot === undefined ? undefined : isoDay(m.verzuimTot),
    verzuim_uren: m.verzuimUren,
    vermoedelijke_reden: m.vermoedelijkeReden,
    alle_lessen_verzuimd:
      m.alleLessenVerzuimd === undefined ? undefined : m.alleLessenVerzuimd ? 'ja' : 'nee',
    actie_school: m.actieSchool,
    actie_gewenst: m.actieGewenst ? 'ja' : 'nee',
    gemeld_op: m.tijd ? `${isoDay(m.gemeldOp)}T${m.tijd}` : isoDay(m.gemeldOp),
    melder_naam: m.melder ? m.school.melder.naam : undefined,
    melder_functie: m.melder ? m.school.melder.functie : undefined,
    melder_email: m.melder ? m.school.melder.email : undefined,
    melder_telefoon: m.melder ? m.school.melder.telefoon : undefined,
  };
}
