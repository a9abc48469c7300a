// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, birthday } from '../rules/index.ts';
import {
  cadenceTasks,
  DAGBESTEDINGEN,
  stateAfterContact,
  targetGroupOn,
  taskFulfilledBy,
  UITSTROOMREDENEN,
} from './doorstroompunt.ts';

const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('the target group', () => {
  it('runs from the 18th birthday through the day before the 23rd, or the 27th once the setting says so', () => {
    const born = '2003-06-15';
    expect(targetGroupOn(born, '2021-06-14', {})).toEqual({
      inDoelgroep: false,
      reden: 'kwalificatieplichtig',
    });
    expect(targetGroupOn(born, '2021-06-15', {})).toMatchObject({
      inDoelgroep: true,
      totEnMet: '2026-06-14',
    });
    expect(targetGroupOn(born, '2026-06-15', {})).toEqual({
      inDoelgroep: false,
      reden: 'boven_leeftijdsgrens',
    });
    const at27 = { 'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: '2026-01-01', waarde: 27 }] };
    expect(targetGroupOn(born, '2026-06-15', at27)).toMatchObject({
      inDoelgroep: true,
      totEnMet: '2030-06-14',
    });
  });

  it('is in the group exactly between the 18th birthday and the limit, for any dates', () => {
    fc.assert(
      fc.property(day, day, (born, peil) => {
        const result = targetGroupOn(born, peil, {});
        const inside = peil >= birthday(born, 18) && peil < birthday(born, 23);
        expect(result.inDoelgroep).toBe(inside);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the contact cadence (R75, seed 002)', () => {
  it('is two messages and two calls in week 1, a letter in week 2, a home visit in week 3', () => {
    const tasks = cadenceTasks('2025-03-03');
    expect(tasks.map((t) => t.kanaal)).toEqual([
      'whatsapp',
      'bellen',
      'whatsapp',
      'bellen',
      'brief',
      'huisbezoek',
    ]);
    expect(tasks.map((t) => t.vervaltOp)).toEqual([
      '2025-03-04',
      '2025-03-05',
      '2025-03-07',
      '2025-03-09',
      '2025-03-16',
      '2025-03-23',
    ]);
  });

  it('has every task due within three weeks of the start, in order', () => {
    fc.assert(
      fc.property(day, (start) => {
        const due = cadenceTasks(start).map((t) => t.vervaltOp);
        expect([...due].sort()).toEqual(due);
        expect(due[0]! > start).toBe(true);
        expect(due.at(-1)).toBe(addDays(start, 20));
      }),
    );
  });

  it('lets an attempt fulfil the earliest open task of its channel; a card counts as the home visit', () => {
    const open = [
      { id: 2, kanaal: 'bellen', vervaltOp: '2025-03-09' },
      { id: 1, kanaal: 'bellen', vervaltOp: '2025-03-05' },
      { id: 3, kanaal: 'huisbezoek', vervaltOp: '2025-03-23' },
    ];
    expect(taskFulfilledBy(open, 'bellen')?.id).toBe(1);
    expect(taskFulfilledBy(open, 'kaart')?.id).toBe(3);
    expect(taskFulfilledBy(open, 'email')).toBeUndefined();
  });

  it('moves to bereikt when reached, and to niet bereikt only after a failed home visit', () => {
    expect(stateAfterContact('CONTACTRITME', 'bellen', 'bereikt')).toBe('BEREIKT');
    expect(stateAfterContact('NIET_BEREIKT', 'brief', 'bereikt')).toBe('BEREIKT');
    expect(stateAfterContact('CONTACTRITME', 'bellen', 'niet_bereikt')).toBe('CONTACTRITME');
    expect(stateAfterContact('CONTACTRITME', 'kaart', 'niet_bereikt')).toBe('NIET_BEREIKT');
    expect(stateAfterContact('TRAJECT', 'bellen', 'bereikt')).toBe('TRAJECT');
  });
});

describe('the lists of seed 002', () => {
  it('has six ways of spending time and seven outflow reasons', () => {
    expect(Object.keys(DAGBESTEDINGEN)).toHaveLength(6);
    expect(Object.values(UITSTROOMREDENEN)).toEqual([
      'Opleiding',
      'Werk',
      'Traject gemeente',
      'Niet willen',
      'Onbereikbaar',
      'Externe begeleiding',
      'Overig',
    ]);
  });
});
