// SPDX-License-Identifier: EUPL-1.2
/**
 * Who decides on a leave request (pure, with the rules engine): the school days in the period,
 * art. 11g / 14 Lpw (more than 10 school days: the leerplichtambtenaar, after hearing the school)
 * and leave in the first two lesweken of the school year, which also goes to the
 * leerplichtambtenaar (domain.md §2.14, W8, R59).
 */
import {
  addDays,
  checkVerlof,
  compareDates,
  firstLesweken,
  isSchoolDay,
  type IsoDate,
  type SchoolCalendar,
} from '../rules/index.ts';

export interface LeaveAssessment {
  schooldagen: number;
  beslisser: 'directeur' | 'leerplichtambtenaar';
  inEersteTweeLesweken: boolean;
  uitleg: string[];
}

/** The school days from `van` up to and including `totEnMet`. */
export function schoolDaysIn(cal: SchoolCalendar, van: IsoDate, totEnMet: IsoDate): number {
  let n = 0;
  for (let d = van; compareDates(d, totEnMet) <= 0; d = addDays(d, 1)) {
    if (isSchoolDay(cal, d)) n++;
  }
  return n;
}

/** Assesses a request for leave on account of gewichtige omstandigheden (art. 11 onder g). */
export function assessLeave(cal: SchoolCalendar, van: IsoDate, totEnMet: IsoDate): LeaveAssessment {
  const schooldagen = schoolDaysIn(cal, van, totEnMet);
  const rule = checkVerlof({ artikel: '11g', van, schooldagen, eerderVakantieverlof: [] }, cal);
  const eersteTwee = firstLesweken(cal, van, 2);
  const inEersteTweeLesweken = eersteTwee.some(
    (monday) => compareDates(monday, totEnMet) <= 0 && compareDates(van, addDays(monday, 6)) <= 0,
  );
  const uitleg = [...rule.uitleg];
  if (inEersteTweeLesweken) {
    uitleg.push(
      `de periode valt (deels) in de eerste twee lesweken van het schooljaar (${eersteTwee.join(', ')}): alleen de leerplichtambtenaar beslist`,
    );
  }
  return {
    schooldagen,
    beslisser: inEersteTweeLesweken ? 'leerplichtambtenaar' : rule.beslisser,
    inEersteTweeLesweken,
    uitleg,
  };
}
