// SPDX-License-Identifier: EUPL-1.2
/**
 * VO→MBO transfer (seed 002's three overstaptafels, domain.md §2.23). Pure rules: which
 * enrolment is a final year, and by when each review moment is due in a school year.
 */

/** The final leerjaar of a VO track: vmbo 4; havo 5 and vwo 6 lead to hbo/wo, not to the mbo. */
export function finalLeerjaar(niveau: string | null): number | null {
  if (!niveau) return null;
  const n = niveau.toLowerCase();
  if (n.startsWith('vmbo') || n === 'praktijkonderwijs') return 4;
  return null;
}

/** The school year an enrolment date falls in, as its first calendar year (1 August start). */
export function schoolYearStart(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 8 ? year : year - 1;
}

/** The leerjaar in the school year starting `startYear`: one up every 1 August since enrolment. */
export function leerjaarIn(
  enrolment: { leerjaar: number; datumInschrijving: string },
  startYear: number,
): number {
  return enrolment.leerjaar + (startYear - schoolYearStart(enrolment.datumInschrijving));
}

/**
 * Whether an active VO enrolment is a final-year (leaving) pupil in the school year starting
 * `startYear`: a vmbo/pro track in its final leerjaar, or — when the track is unknown — an
 * enrolment that ends within the school year.
 */
export function isFinalYear(
  e: {
    niveau: string | null;
    leerjaar: number | null;
    datumInschrijving: string;
    datumUitschrijving: string | null;
  },
  startYear: number,
): boolean {
  const last = finalLeerjaar(e.niveau);
  if (last !== null && e.leerjaar !== null) {
    return (
      leerjaarIn({ leerjaar: e.leerjaar, datumInschrijving: e.datumInschrijving }, startYear) >=
      last
    );
  }
  if (e.niveau && /havo|vwo/i.test(e.niveau)) return false;
  return e.datumUitschrijving !== null && schoolYearStart(e.datumUitschrijving) === startYear;
}

/** The due dates of the three overstaptafels: before the mbo sign-up date, the summer, 1 October. */
export function transferMomentDue(startYear: number): Record<1 | 2 | 3, string> {
  const y = startYear + 1;
  return { 1: `${y}-04-01`, 2: `${y}-07-01`, 3: `${y}-10-01` };
}

/** The next review moment for a pupil given the moments already held; null when all three are done. */
export function nextMoment(held: readonly number[]): 1 | 2 | 3 | null {
  for (const m of [1, 2, 3] as const) if (!held.includes(m)) return m;
  return null;
}
