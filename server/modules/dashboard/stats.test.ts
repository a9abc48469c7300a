// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadBalance, daysBetween, median, percentage, percentile } from './stats.ts';

describe('dashboard statistics', () => {
  it('computes medians of odd and even lists, and nothing for an empty list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('takes p90 by nearest rank: always a value of the list', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
  });

  it('keeps p90 within the list and at or above the median', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), (values) => {
        const p90 = percentile(values, 90)!;
        expect(values).toContain(p90);
        expect(p90).toBeGreaterThanOrEqual(Math.floor(median(values)!));
        // At least 90 % of the values lie at or below it.
        expect(values.filter((v) => v <= p90).length / values.length).toBeGreaterThanOrEqual(0.9);
      }),
    );
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('rounds percentages to one decimal and gives none for an empty group', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(0, 0)).toBeNull();
  });

  it('compares each consultant with the team mean, leaving unassigned cases out of the mean', () => {
    const b = caseloadBalance([
      { id: 1, naam: 'Anna', open: 30 },
      { id: 2, naam: 'Bram', open: 10 },
      { id: null, naam: 'Niet toegewezen', open: 50 },
    ]);
    expect(b.gemiddelde).toBe(20);
    expect(b.medewerkers).toEqual([
      { id: null, naam: 'Niet toegewezen', open: 50, verschil: 0, index: null },
      { id: 1, naam: 'Anna', open: 30, verschil: 10, index: 150 },
      { id: 2, naam: 'Bram', open: 10, verschil: -10, index: 50 },
    ]);
  });
});
