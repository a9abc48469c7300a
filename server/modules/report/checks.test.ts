// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { allPassed, runChecks, type CheckInput } from './checks.ts';
import type { Indicator } from './indicator.ts';

const ind = (
  id: string,
  dimensies: string[],
  rijen: Indicator['rijen'],
  eenheid = 'meldingen',
): Indicator => ({
  id,
  titel: id,
  eenheid,
  definitie: '',
  dimensies,
  rijen,
});

const consistent = (): CheckInput => ({
  gemeenten: ['0546', '0547'],
  drempel: 0,
  controle: {
    meldingenPerGemeente: { '0546': 10, '0547': 6 },
    personenPerGemeente: { '0546': 8, '0547': 6 },
    onbekendeAfdoening: [],
    haltBuitenLeeftijd: [],
    vsvAfwijkend: [],
  },
  indicatoren: [
    ind(
      'C02',
      ['gemeente', 'verzuimsoort'],
      [
        { gemeente: '0546', verzuimsoort: 'luxe', aantal: 4 },
        { gemeente: '0546', verzuimsoort: '16_uur', aantal: 6 },
        { gemeente: '0547', verzuimsoort: 'luxe', aantal: 6 },
      ],
    ),
    ind(
      'C02P',
      ['gemeente'],
      [
        { gemeente: '0546', aantal: 8 },
        { gemeente: '0547', aantal: 6 },
      ],
      'personen',
    ),
    ind(
      'C05',
      ['gemeente', 'afdoening'],
      [
        { gemeente: '0546', afdoening: 'halt', aantal: 9 },
        { gemeente: '0546', afdoening: 'nog_in_behandeling', aantal: 1 },
        { gemeente: '0547', afdoening: 'waarschuwing_gegeven', aantal: 6 },
      ],
    ),
    ind(
      'C12',
      ['gemeente', 'artikel'],
      [{ gemeente: '0546', artikel: '5a', aantal: 2 }],
      'besluiten',
    ),
    ind(
      'C13',
      ['gemeente', 'artikel', 'besluit'],
      [
        { gemeente: '0546', artikel: '5a', besluit: 'toegekend', aantal: 2 },
        { gemeente: '0546', artikel: '5a', besluit: 'afgewezen', aantal: 1 },
      ],
      'besluiten',
    ),
    ind(
      'C15',
      ['gemeente', 'stroom'],
      [
        { gemeente: '0546', stroom: 'aanvang', aantal: 27 },
        { gemeente: '0546', stroom: 'nieuw', aantal: 25 },
        { gemeente: '0546', stroom: 'opgelost', aantal: 29 },
        { gemeente: '0546', stroom: '18_jaar', aantal: 3 },
        { gemeente: '0546', stroom: 'verhuisd', aantal: 9 },
        { gemeente: '0546', stroom: 'einde', aantal: 11 },
      ],
      'periodes',
    ),
  ],
});

const outcome = (input: CheckInput, id: string) => runChecks(input).find((c) => c.id === id)!;
const replace = (input: CheckInput, indicator: Indicator): CheckInput => ({
  ...input,
  indicatoren: input.indicatoren.map((i) => (i.id === indicator.id ? indicator : i)),
});

describe('runChecks', () => {
  it('passes on consistent figures (seed 004: 27 + 25 − 29 − 12 = 11)', () => {
    const checks = runChecks(consistent());
    expect(checks.filter((c) => c.uitkomst === 'mislukt')).toEqual([]);
    expect(allPassed(checks)).toBe(true);
  });

  it('additivity fails when categories miss a melding (seed 002 Schiedam: 10 off)', () => {
    const input = consistent();
    const c02 = input.indicatoren.find((i) => i.id === 'C02')!;
    const broken = replace(input, { ...c02, rijen: c02.rijen.slice(1) });
    expect(outcome(broken, 'optelling').details[0]).toMatch(
      /C02 gemeente 0546: categorieën tellen op tot 6, meldingen 10/,
    );
  });

  it('stock-flow fails when the end does not follow, and when last year’s end ≠ this year’s start (seed 004: 24 vs 27)', () => {
    const input = consistent();
    const c15 = input.indicatoren.find((i) => i.id === 'C15')!;
    const wrongEnd = replace(input, {
      ...c15,
      rijen: c15.rijen.map((r) => (r.stroom === 'einde' ? { ...r, aantal: 12 } : r)),
    });
    expect(outcome(wrongEnd, 'thuiszitters_stroom').uitkomst).toBe('mislukt');
    const lastYear = { ...c15, rijen: [{ gemeente: '0546', stroom: 'einde', aantal: 24 }] };
    const withPrevious = { ...input, vorigJaarBevroren: [lastYear], vorigJaarBerekend: [lastYear] };
    expect(outcome(withPrevious, 'thuiszitters_stroom').details).toEqual([
      'gemeente 0546: einde vorig jaar 24 ≠ begin dit jaar 27',
    ]);
  });

  it('outcome completeness fails when afdoeningen do not reach the meldingen', () => {
    const input = consistent();
    const c05 = input.indicatoren.find((i) => i.id === 'C05')!;
    const broken = replace(input, {
      ...c05,
      rijen: c05.rijen.filter((r) => r.afdoening !== 'nog_in_behandeling'),
    });
    expect(outcome(broken, 'afdoening_volledig').details).toEqual([
      'gemeente 0546: 9 afdoeningen voor 10 meldingen',
    ]);
  });

  it('ordering fails when more is granted than handled, or persons exceed meldingen', () => {
    const input = consistent();
    const c12 = ind(
      'C12',
      ['gemeente', 'artikel'],
      [{ gemeente: '0546', artikel: '5a', aantal: 4 }],
      'besluiten',
    );
    expect(outcome(replace(input, c12), 'volgorde').details).toEqual([
      'gemeente 0546 artikel 5a: 4 toegekend, maar 3 behandeld',
    ]);
    const c02p = ind('C02P', ['gemeente'], [{ gemeente: '0547', aantal: 7 }], 'personen');
    expect(outcome(replace(input, c02p), 'volgorde').uitkomst).toBe('mislukt');
  });

  it('halt age, percentages and unknown afdoeningen fail on the control counts', () => {
    const input = consistent();
    const broken = {
      ...input,
      controle: {
        ...input.controle,
        haltBuitenLeeftijd: [7],
        vsvAfwijkend: ['0546 totaal'],
        onbekendeAfdoening: [3],
      },
    };
    expect(outcome(broken, 'halt_leeftijd').uitkomst).toBe('mislukt');
    expect(outcome(broken, 'percentages').uitkomst).toBe('mislukt');
    expect(outcome(broken, 'afdoening_volledig').uitkomst).toBe('mislukt');
    expect(allPassed(runChecks(broken))).toBe(false);
  });

  it('a recomputed previous year that differs from its frozen figures is a warning (seed 000: 215 vs 216)', () => {
    const input = consistent();
    const frozen = [ind('C10', ['gemeente'], [{ gemeente: '0546', aantal: 216 }], 'personen')];
    const now = [ind('C10', ['gemeente'], [{ gemeente: '0546', aantal: 215 }], 'personen')];
    const check = outcome(
      { ...input, vorigJaarBevroren: frozen, vorigJaarBerekend: now },
      'vorig_jaar',
    );
    expect(check.uitkomst).toBe('waarschuwing');
    expect(check.details).toEqual(['C10: bevroren 216, nu berekend 215 (herberekend)']);
  });
});
