// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPath,
  checkAuditFilter,
  EMPTY_FILTER,
  formatDetails,
  formatTijdstip,
  toIsoDate,
} from './audit-filter.ts';

describe('toIsoDate', () => {
  it.each([
    ['2024-09-01', '2024-09-01'],
    ['01-09-2024', '2024-09-01'],
    ['1-9-2024', '2024-09-01'],
    [' 29-02-2024 ', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => expect(toIsoDate(text)).toBe(iso));

  it.each(['29-02-2023', '2024-13-01', '31-04-2024', '2024/09/01', '01-09-24', ''])(
    'refuses %s',
    (text) => expect(toIsoDate(text)).toBeUndefined(),
  );

  it('reads every real day written either way as the same date', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(toIsoDate(iso)).toBe(iso);
        expect(toIsoDate(`${d}-${m}-${y}`)).toBe(iso);
      }),
    );
  });
});

describe('checkAuditFilter', () => {
  it('keeps only the filled-in fields, trimmed, with dates converted', () => {
    const { errors, query } = checkAuditFilter({
      ...EMPTY_FILTER,
      actor: ' consulent ',
      actie: 'auth.',
      van: '01-09-2024',
      tot: '2024-09-30',
      categorie: 'avg',
    });
    expect(errors).toEqual([]);
    expect(query).toEqual({
      actor: 'consulent',
      actie: 'auth.',
      van: '2024-09-01',
      tot: '2024-09-30',
      categorie: 'avg',
    });
  });

  it('names a wrong date and a period that ends before it starts', () => {
    expect(
      checkAuditFilter({ ...EMPTY_FILTER, van: '31-02-2024' }).errors.map((e) => e.id),
    ).toEqual(['van']);
    const reversed = checkAuditFilter({ ...EMPTY_FILTER, van: '2024-10-01', tot: '2024-09-01' });
    expect(reversed.errors).toEqual([{ id: 'tot', message: expect.stringContaining('vóór') }]);
  });

  it('refuses values longer than the API accepts and unknown categories', () => {
    const { errors, query } = checkAuditFilter({
      ...EMPTY_FILTER,
      onderwerpId: '1'.repeat(33),
      categorie: 'alles',
    });
    expect(errors.map((e) => e.id)).toEqual(['onderwerpId']);
    expect(query).toEqual({});
  });
});

describe('auditPath', () => {
  it('puts the filter and page in the query string, encoded', () => {
    expect(auditPath({ actie: 'auth.', actor: 'a b&c' }, 2)).toBe(
      '/api/audit?actie=auth.&actor=a+b%26c&pagina=2',
    );
    expect(auditPath({}, 1)).toBe('/api/audit?pagina=1');
  });
});

describe('formatTijdstip', () => {
  it('shows Dutch time in winter and in summer', () => {
    expect(formatTijdstip('2024-09-02T08:05:09.000Z')).toBe('2 september 2024 om 10:05:09');
    expect(formatTijdstip('2024-01-15T23:30:00.000Z')).toBe('16 januari 2024 om 00:30:00');
  });
});

describe('formatDetails', () => {
  it('writes fields and lists readably', () => {
    expect(formatDetails({ velden: ['rol', 'actief'], aantal: 3 })).toBe(
      'velden: rol, actief; aantal: 3',
    );
    expect(formatDetails(null)).toBe('');
    expect(formatDetails({ filter: { a: 1 } })).toBe('filter: {"a":1}');
  });
});
