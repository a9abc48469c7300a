// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseBsn,
  parseDate,
  parseDateOrDateTime,
  parseHours,
  parsePostcode,
} from './fields.ts';

describe('field formats of interfaces.md', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['01-08-2023', '2023-08-01'],
  ])('reads the date %s as %s', (raw, expected) => {
    expect(parseDate('d', raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['2023-02-29', '31-04-2024', '2024-13-01', '2024/01/01', '1-8-2023', ''])(
    'refuses the date %s',
    (raw) => {
      expect(parseDate('d', raw).ok).toBe(false);
    },
  );

  it('reads a date-time and keeps the moment', () => {
    expect(parseDateOrDateTime('gemeld_op', '2024-01-17T08:24')).toEqual({
      ok: true,
      value: { datum: '2024-01-17', tijdstip: '2024-01-17T08:24:00' },
    });
    expect(parseDateOrDateTime('gemeld_op', '17-01-2024 08:24:05')).toEqual({
      ok: true,
      value: { datum: '2024-01-17', tijdstip: '2024-01-17T08:24:05' },
    });
    expect(parseDateOrDateTime('gemeld_op', '2024-01-17T25:00').ok).toBe(false);
  });

  it.each([
    ['ja', true],
    ['J', true],
    ['true', true],
    ['1', true],
    ['nee', false],
    ['N', false],
    ['FALSE', false],
    ['0', false],
  ])('reads the boolean %s', (raw, expected) => {
    expect(parseBoolean('b', raw)).toEqual({ ok: true, value: expected });
  });

  it('refuses a boolean that is neither', () => {
    expect(parseBoolean('b', 'misschien')).toMatchObject({
      ok: false,
      code: 'imports.invalid_boolean',
    });
  });

  it('names the elfproef in the message for a BSN that fails it', () => {
    expect(parseBsn('bsn', '123456789')).toEqual({
      ok: false,
      code: 'imports.bsn_elfproef',
      melding: 'bsn voldoet niet aan de elfproef',
    });
    expect(parseBsn('bsn', '12345678')).toMatchObject({ ok: false, code: 'imports.bsn_format' });
  });

  it('removes the space from a postcode and refuses other shapes', () => {
    expect(parsePostcode('postcode', '2311 ab')).toEqual({ ok: true, value: '2311AB' });
    expect(parsePostcode('postcode', '0311AB').ok).toBe(false);
    expect(parsePostcode('postcode', '2311A').ok).toBe(false);
  });

  it('accepts hours with a decimal comma', () => {
    expect(parseHours('verzuim_uren', '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseHours('verzuim_uren', '-3').ok).toBe(false);
  });
});
