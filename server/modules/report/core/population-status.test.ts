// SPDX-License-Identifier: EUPL-1.2
/**
 * The C01 shortcut must give exactly the status `leerplichtFromHistory` gives each person: the
 * status per date of birth stands for every person without a startkwalificatie, except those born
 * on a sensitive date who were enrolled twelve school years before the peildatum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../rules/index.ts';
import { leerplichtFromHistory, type Candidate } from '../../signals/absolute-verzuim.ts';
import { schoolYearSpan } from '../indicator.ts';
import { countedStatus, statusPerBirthdate, twelveYearsStart } from './population-status.ts';

const span = schoolYearSpan('2024-2025')!;
const FIRST = '2000-08-02';
const perDate = statusPerBirthdate(FIRST, span.peildatum, span, {});
const start = twelveYearsStart(span.peildatum);

/** An enrolment history: from a start age in days, periods with gaps, the last one maybe open. */
const history = fc.array(
  fc.record({
    gap: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 1, max: 5000 }),
    open: fc.boolean(),
  }),
  { maxLength: 3 },
);

const build = (
  geboortedatum: string,
  startAge: number,
  periods: { gap: number; length: number; open: boolean }[],
): Candidate['inschrijvingen'] => {
  let van = addDays(geboortedatum, startAge);
  return periods.map((p, i) => {
    van = addDays(van, p.gap);
    const totEnMet = p.open && i === periods.length - 1 ? null : addDays(van, p.length);
    const row = { van, totEnMet, school: '', startkwalificatie: null };
    van = addDays(totEnMet ?? van, 1);
    return row;
  });
};

describe('C01 status per date of birth', () => {
  it('covers every date of birth from the first through the peildatum', () => {
    expect(perDate.size).toBe(9131);
    expect(perDate.get(FIRST)).toBeDefined();
    expect(perDate.get(span.peildatum)).toBeDefined();
  });

  it('marks the dates where twelve school years can end the volledige leerplicht early', () => {
    // 16 in the school year 2025-2026: leerplichtig on 1 August 2025 by age, but twelve full
    // school years (2013-2014 … 2024-2025) end it on 31 July 2025.
    expect(perDate.get('2009-10-01')).toEqual({ status: 'leerplichtig', gevoelig: true });
    expect(perDate.get('2020-09-01')).toEqual({ status: 'nog_niet_leerplichtig', gevoelig: false });
    expect(perDate.get('2004-03-01')).toEqual({ status: 'boven_leerplichtig', gevoelig: false });
    expect(perDate.get('2008-10-01')).toEqual({ status: 'kwalificatieplichtig', gevoelig: false });
    expect(start).toBe('2013-08-01');
  });

  it('gives the status leerplichtFromHistory gives, unless the person must be looked at alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: perDate.size - 1 }),
        fc.integer({ min: 3 * 365, max: 7 * 365 }),
        history,
        (offset, startAge, periods) => {
          const geboortedatum = addDays(FIRST, offset);
          const inschrijvingen = build(geboortedatum, startAge, periods);
          const pre = perDate.get(geboortedatum)!;
          const alone = pre.gevoelig && inschrijvingen.some((e) => e.van <= start);
          const exact = countedStatus(
            leerplichtFromHistory(geboortedatum, inschrijvingen, span.peildatum, {}),
            span,
          );
          if (!alone) expect(exact).toBe(pre.status);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
