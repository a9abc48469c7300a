// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn } from '../../../shared/bsn.ts';
import {
  checkAnswer,
  isValidEmail,
  isValidPhone,
  isValidPostcode,
  normaliseAnswer,
  type Veld,
} from './fields.ts';

const veld = (soort: Veld['soort'], verplicht = true): Veld => ({
  naam: 'x',
  soort,
  label: 'Het veld',
  verplicht,
});

describe('checkAnswer', () => {
  it('asks for a required answer and lets an optional one be empty', () => {
    expect(checkAnswer(veld('tekst'), '  ')).toBe('Vul het veld in.');
    expect(checkAnswer(veld('janee'), undefined)).toBe('Kies bij het veld een antwoord.');
    expect(checkAnswer(veld('email', false), '')).toBeUndefined();
    const vraag = { ...veld('lang'), label: 'Wat heeft de school al gedaan?' };
    expect(checkAnswer(vraag, '')).toBe('Beantwoord de vraag: Wat heeft de school al gedaan?');
  });

  it('accepts every BSN that passes the elfproef and refuses a changed digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), (first8) => {
        const bsn = completeBsn(first8);
        fc.pre(bsn !== undefined && bsn[0] !== undefined);
        expect(checkAnswer(veld('bsn'), bsn)).toBeUndefined();
        const changed = `${bsn!.slice(0, 8)}${(Number(bsn![8]) + 1) % 10}`;
        expect(checkAnswer(veld('bsn'), changed)).toMatch(/klopt niet/);
      }),
    );
    expect(checkAnswer(veld('bsn'), '12345678')).toMatch(/9 cijfers/);
  });

  it('checks postcode, phone, e-mail, date, choice and number', () => {
    expect(isValidPostcode('1234 ab')).toBe(true);
    expect(isValidPostcode('0123 AB')).toBe(false);
    expect(isValidPhone('06-12345678')).toBe(true);
    expect(isValidPhone('+31 6 12345678')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
    expect(isValidEmail('a@b.nl')).toBe(true);
    expect(isValidEmail('a@b')).toBe(false);
    expect(checkAnswer(veld('datum'), '2026-02-30')).toMatch(/datum/);
    expect(checkAnswer({ ...veld('keuze'), opties: [{ waarde: '5a', label: 'a' }] }, '5d')).toMatch(
      /Kies/,
    );
    expect(checkAnswer({ ...veld('getal'), max: 200 }, '201')).toMatch(/hoogstens 200/);
    expect(checkAnswer({ ...veld('lang'), max: 5 }, '123456')).toMatch(/hoogstens 5 tekens/);
  });

  it('normalises a postcode and a phone number', () => {
    expect(normaliseAnswer(veld('postcode'), '1234ab')).toBe('1234 AB');
    expect(normaliseAnswer(veld('telefoon'), '06 123 456 78')).toBe('0612345678');
  });
});
