// SPDX-License-Identifier: EUPL-1.2
/**
 * C01 counts tens of thousands of residents by their status on the peildatum. Without a
 * startkwalificatie that status depends on the date of birth alone, unless twelve full school
 * years could end the volledige leerplicht before the school year of the 16th birthday (art. 3
 * Lpw). So the rules engine is asked once per date of birth, with no school years and with twelve
 * ending just before the peildatum. Where both answers agree, no history can change the status;
 * where they differ, only persons enrolled twelve school years before the peildatum can have it
 * changed. Those, and persons with a startkwalificatie, are looked at one by one (the property
 * test in population-status.test.ts checks this against `leerplichtFromHistory`). Pure.
 */
import {
  addDays,
  computeLeerplicht,
  schoolYearOf,
  schoolYearStarting,
  type IsoDate,
  type LeerplichtResult,
  type RuleSettings,
} from '../../rules/index.ts';
import type { SchoolYearSpan } from '../indicator.ts';

/**
 * The status C01 counts a person under, or undefined when the person is not counted: those at or
 * above the Doorstroompunt limit count (as `geen_doelgroep`) only when they reached it in the year.
 */
export function countedStatus(r: LeerplichtResult, span: SchoolYearSpan): string | undefined {
  const bereikt = addDays(r.doorstroompuntTotEnMet, 1);
  if (r.status === 'geen_doelgroep' && (bereikt < span.van || bereikt > span.totEnMet)) {
    return undefined;
  }
  return r.status;
}

const startYear = (peildatum: IsoDate) => Number(schoolYearOf(peildatum).van.slice(0, 4));

/** The twelve school years that end last before the peildatum: the earliest twelfth-year end. */
function twelveYearsBefore(peildatum: IsoDate): string[] {
  return Array.from(
    { length: 12 },
    (_, i) => schoolYearStarting(startYear(peildatum) - 12 + i).naam,
  );
}

/**
 * The first day of the earliest of those twelve school years: only a person enrolled on or before
 * it can have twelve full school years before the peildatum.
 */
export const twelveYearsStart = (peildatum: IsoDate): IsoDate =>
  schoolYearStarting(startYear(peildatum) - 12).van;

/** The status counted for a date of birth, and whether twelve full school years would change it. */
export interface BirthdateStatus {
  /** The counted status without a startkwalificatie or twelve school years; undefined = not counted. */
  status: string | undefined;
  gevoelig: boolean;
}

/** The counted status of every date of birth from `van` through `totEnMet`. */
export function statusPerBirthdate(
  van: IsoDate,
  totEnMet: IsoDate,
  span: SchoolYearSpan,
  settings: RuleSettings,
): Map<IsoDate, BirthdateStatus> {
  const peildatum = span.peildatum;
  const twelve = twelveYearsBefore(peildatum);
  const result = new Map<IsoDate, BirthdateStatus>();
  for (
    let geboortedatum = van;
    geboortedatum <= totEnMet;
    geboortedatum = addDays(geboortedatum, 1)
  ) {
    const none = computeLeerplicht(
      { geboortedatum, peildatum, volledigeSchooljaren: [] },
      settings,
    );
    const full = computeLeerplicht(
      { geboortedatum, peildatum, volledigeSchooljaren: twelve },
      settings,
    );
    const status = countedStatus(none, span);
    result.set(geboortedatum, { status, gevoelig: status !== countedStatus(full, span) });
  }
  return result;
}
