// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  parsedValue,
  reportSettings,
  valueLabel,
  valueOn,
  valueProblem,
  type ReportSettingView,
} from './report-settings.ts';

const unit: ReportSettingView = {
  sleutel: 'rapport.telEenheid',
  label: 'Teleenheid van de afdoening',
  standaard: 'meldingen',
  omschrijving: '',
  soort: 'keuze',
  toegestaan: ['meldingen', 'personen', 'zaken'],
  keuzes: { meldingen: 'per melding', personen: 'per leerling', zaken: 'per zaak' },
  historie: [
    { geldigVanaf: '2024-08-01', waarde: 'zaken' },
    { geldigVanaf: '2024-03-01', waarde: 'personen' },
  ],
};
const limit: ReportSettingView = {
  sleutel: 'rapport.kleineAantallen',
  label: 'Grens voor kleine aantallen',
  standaard: 5,
  omschrijving: '',
  soort: 'getal',
  min: 0,
  max: 20,
  historie: [],
};

describe('report settings on the settings page', () => {
  it('keeps only rapport.* settings', () => {
    expect(reportSettings([unit, { ...limit, sleutel: 'halt.minUren' }])).toEqual([unit]);
  });

  it('gives the value in force on a day, or the default before the first', () => {
    expect(valueOn(unit, '2024-02-29')).toBe('meldingen');
    expect(valueOn(unit, '2024-03-01')).toBe('personen');
    expect(valueOn(unit, '2024-07-31')).toBe('personen');
    expect(valueOn(unit, '2025-01-01')).toBe('zaken');
    expect(valueLabel(unit, 'personen')).toBe('per leerling');
    expect(valueLabel(limit, 5)).toBe('5');
  });

  it('checks a typed value against the choices or the range', () => {
    expect(valueProblem(unit, 'personen')).toBeUndefined();
    expect(valueProblem(unit, '')).toBe('Kies een waarde voor Teleenheid van de afdoening.');
    expect(valueProblem(limit, '10')).toBeUndefined();
    expect(valueProblem(limit, '21')).toContain('0 tot en met 20');
    expect(valueProblem(limit, '2.5')).toBeDefined();
    expect(valueProblem(limit, '')).toBeDefined();
    expect(parsedValue(limit, '10')).toBe(10);
    expect(parsedValue(unit, 'zaken')).toBe('zaken');
  });
});
