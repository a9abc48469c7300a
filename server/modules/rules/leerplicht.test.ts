// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLeerplicht, LEERPLICHT_STATUSES, type LeerplichtResult } from './leerplicht.ts';
import { addDays } from './dates.ts';
import type { RuleSettings } from './settings.ts';

describe('computeLeerplicht: the spec example (interfaces.md §1.1)', () => {
  it('2010-05-14 on 2024-08-01 gives exactly the spec dates and leerplichtig', () => {
    const r = computeLeerplicht({ geboortedatum: '2010-05-14', peildatum: '2024-08-01' });
    expect(Object.keys(r)).toEqual([
      'geboortedatum',
      'peildatum',
      'leerplichtigVanaf',
      'volledigeLeerplichtTotEnMet',
      'kwalificatieplichtTotEnMet',
      'doorstroompuntTotEnMet',
      'status',
      'uitleg',
    ]);
    expect({ ...r, uitleg: undefined }).toEqual({
      geboortedatum: '2010-05-14',
      peildatum: '2024-08-01',
      leerplichtigVanaf: '2015-06-01',
      volledigeLeerplichtTotEnMet: '2026-07-31',
      kwalificatieplichtTotEnMet: '2028-05-13',
      doorstroompuntTotEnMet: '2033-05-13',
      status: 'leerplichtig',
      uitleg: undefined,
    });
    expect(r.uitleg).toContain(
      'art. 3 Leerplichtwet 1969: wordt 16 op 2026-05-14; schooljaar 2025-2026 eindigt op 2026-07-31',
    );
  });
});

describe('computeLeerplicht: examples from the law and the seeds', () => {
  it.each([
    // R1 example: born 15 March 2020 → April 2025; born 1 March is also only from April.
    ['2020-03-15', '2025-04-01', '2036-07-31', '2038-03-14'],
    ['2020-03-01', '2025-04-01', '2036-07-31', '2038-02-28'],
    // 5th birthday on 31 December → 1 January; school-year boundary: turns 16 on 31 July vs 1 August.
    ['2010-12-31', '2016-01-01', '2027-07-31', '2028-12-30'],
    ['2010-07-31', '2015-08-01', '2026-07-31', '2028-07-30'],
    ['2010-08-01', '2015-09-01', '2027-07-31', '2028-07-31'],
    // 29 February: birthdays in non-leap years fall on 1 March (docs/rules/leeftijd.md).
    ['2008-02-29', '2013-04-01', '2024-07-31', '2026-02-28'],
  ])('born %s: vanaf %s, volledig t/m %s, kwalificatie t/m %s', (geb, vanaf, vol, kwal) => {
    const r = computeLeerplicht({ geboortedatum: geb, peildatum: '2024-01-01' });
    expect([
      r.leerplichtigVanaf,
      r.volledigeLeerplichtTotEnMet,
      r.kwalificatieplichtTotEnMet,
    ]).toEqual([vanaf, vol, kwal]);
  });

  it.each([
    ['2015-05-31', 'nog_niet_leerplichtig'],
    ['2015-06-01', 'leerplichtig'],
    ['2026-07-31', 'leerplichtig'],
    ['2026-08-01', 'kwalificatieplichtig'],
    ['2028-05-13', 'kwalificatieplichtig'],
    ['2028-05-14', 'boven_leerplichtig'],
    ['2033-05-13', 'boven_leerplichtig'],
    ['2033-05-14', 'geen_doelgroep'],
    ['2009-01-01', 'nog_niet_leerplichtig'],
  ])('status of 2010-05-14 on %s is %s', (peildatum, status) => {
    expect(computeLeerplicht({ geboortedatum: '2010-05-14', peildatum }).status).toBe(status);
  });

  it('a startkwalificatie before 18 ends kwalificatieplicht the day before', () => {
    const r = computeLeerplicht({
      geboortedatum: '2010-05-14',
      peildatum: '2027-07-01',
      startkwalificatie: '2027-06-30',
    });
    expect(r.kwalificatieplichtTotEnMet).toBe('2027-06-29');
    expect(r.status).toBe('startkwalificatie_behaald');
  });

  it('a startkwalificatie during full leerplicht does not end full leerplicht', () => {
    const input = { geboortedatum: '2010-05-14', startkwalificatie: '2026-06-15' };
    const during = computeLeerplicht({ ...input, peildatum: '2026-07-01' });
    expect(during.status).toBe('leerplichtig');
    // interfaces.md §1.1 to the letter: the day before the startkwalificatie, even though that is
    // before the end of full leerplicht (which still runs; docs/rules/kwalificatieplicht.md).
    expect(during.kwalificatieplichtTotEnMet).toBe('2026-06-14');
    expect(during.volledigeLeerplichtTotEnMet).toBe('2026-07-31');
    expect(computeLeerplicht({ ...input, peildatum: '2026-08-01' }).status).toBe(
      'startkwalificatie_behaald',
    );
  });

  it('a startkwalificatie after the 18th birthday does not change the date', () => {
    const r = computeLeerplicht({
      geboortedatum: '2010-05-14',
      peildatum: '2029-01-01',
      startkwalificatie: '2028-07-01',
    });
    expect(r.kwalificatieplichtTotEnMet).toBe('2028-05-13');
    expect(r.status).toBe('startkwalificatie_behaald');
  });

  it('twelve full school years end full leerplicht when that comes first (art. 3)', () => {
    const jaren = Array.from({ length: 12 }, (_, i) => `${2014 + i}-${2015 + i}`);
    const r = computeLeerplicht({
      geboortedatum: '2010-09-14',
      peildatum: '2026-08-01',
      volledigeSchooljaren: jaren,
    });
    expect(r.volledigeLeerplichtTotEnMet).toBe('2026-07-31');
    expect(
      computeLeerplicht({ geboortedatum: '2010-09-14', peildatum: '2026-08-01' })
        .volledigeLeerplichtTotEnMet,
    ).toBe('2027-07-31');
    expect(r.status).toBe('kwalificatieplichtig');
    expect(
      computeLeerplicht({
        geboortedatum: '2010-09-14',
        peildatum: '2026-08-01',
        volledigeSchooljaren: jaren.slice(1),
      }).volledigeLeerplichtTotEnMet,
    ).toBe('2027-07-31');
  });

  it('the Doorstroompunt limit follows the dated setting on the peildatum', () => {
    const settings: RuleSettings = {
      'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: '2026-01-01', waarde: 27 }],
    };
    const before = computeLeerplicht(
      { geboortedatum: '2002-03-10', peildatum: '2025-12-31' },
      settings,
    );
    const after = computeLeerplicht(
      { geboortedatum: '2002-03-10', peildatum: '2026-01-01' },
      settings,
    );
    expect(before.doorstroompuntTotEnMet).toBe('2025-03-09');
    expect(before.status).toBe('geen_doelgroep');
    expect(after.doorstroompuntTotEnMet).toBe('2029-03-09');
    expect(after.status).toBe('boven_leerplichtig');
    expect(after.uitleg.join('\n')).toContain('geldig vanaf 2026-01-01');
    // The setting changes only the Doorstroompunt date.
    expect({ ...after, doorstroompuntTotEnMet: '', status: '', uitleg: [], peildatum: '' }).toEqual(
      {
        ...before,
        doorstroompuntTotEnMet: '',
        status: '',
        uitleg: [],
        peildatum: '',
      },
    );
  });

  it('refuses an impossible date', () => {
    expect(() =>
      computeLeerplicht({ geboortedatum: '2010-02-30', peildatum: '2024-01-01' }),
    ).toThrow(/geen geldige datum/);
  });
});

const isoDate = (from: string, to: string) =>
  fc
    .date({
      min: new Date(`${from}T00:00:00Z`),
      max: new Date(`${to}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

describe('computeLeerplicht: properties', () => {
  const arbitrary = fc.record({
    geboortedatum: isoDate('1990-01-01', '2030-12-31'),
    peildatum: isoDate('1985-01-01', '2070-12-31'),
    skq: fc.option(isoDate('2000-01-01', '2060-12-31'), { nil: undefined }),
    grens27: fc.option(isoDate('2020-01-01', '2040-12-31'), { nil: undefined }),
  });
  type V = { geboortedatum: string; peildatum: string; skq?: string; grens27?: string };
  const run = (v: V, peildatum = v.peildatum): LeerplichtResult =>
    computeLeerplicht(
      { geboortedatum: v.geboortedatum, peildatum, startkwalificatie: v.skq },
      v.grens27
        ? { 'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: v.grens27, waarde: 27 }] }
        : {},
    );

  it('the dates are ordered: start < end of full < end of kwalificatie ≤ Doorstroompunt', () => {
    fc.assert(
      fc.property(arbitrary, (v) => {
        const r = run(v);
        expect(r.leerplichtigVanaf < r.volledigeLeerplichtTotEnMet).toBe(true);
        // A startkwalificatie earlier than the end of full leerplicht is the only way to break this.
        if (!v.skq || v.skq > r.volledigeLeerplichtTotEnMet) {
          expect(r.volledigeLeerplichtTotEnMet < r.kwalificatieplichtTotEnMet).toBe(true);
        }
        expect(r.kwalificatieplichtTotEnMet <= r.doorstroompuntTotEnMet).toBe(true);
        expect(r.volledigeLeerplichtTotEnMet.slice(5)).toBe('07-31');
        expect(r.leerplichtigVanaf.slice(8)).toBe('01');
      }),
    );
  });

  it('the statuses partition the timeline: each day has one status and it changes only at the computed dates', () => {
    fc.assert(
      fc.property(arbitrary, (v) => {
        const r = run(v);
        const next = run(v, addDays(v.peildatum, 1));
        expect(LEERPLICHT_STATUSES).toContain(r.status);
        const boundaries = [
          addDays(r.leerplichtigVanaf, -1),
          r.volledigeLeerplichtTotEnMet,
          r.kwalificatieplichtTotEnMet,
          r.doorstroompuntTotEnMet,
          addDays(v.skq ?? '0001-01-02', -1),
          addDays(v.grens27 ?? '0001-01-02', -1),
        ];
        if (r.status !== next.status) expect(boundaries).toContain(v.peildatum);
        const order = LEERPLICHT_STATUSES.indexOf.bind(LEERPLICHT_STATUSES);
        if (!v.grens27) {
          // Without a change of setting the phases never go back.
          const rank = (s: string) =>
            s === 'startkwalificatie_behaald' ? order('boven_leerplichtig') : order(s as never);
          expect(
            rank(next.status) >= rank(r.status) || r.status === 'startkwalificatie_behaald',
          ).toBe(true);
        }
      }),
    );
  });

  it('the status on each computed boundary day is the phase it closes', () => {
    fc.assert(
      fc.property(arbitrary, (v) => {
        const base = run(v);
        expect(run(v, base.volledigeLeerplichtTotEnMet).status).toBe('leerplichtig');
        expect(run(v, addDays(base.leerplichtigVanaf, -1)).status).toBe('nog_niet_leerplichtig');
        expect(run(v, base.leerplichtigVanaf).status).toBe('leerplichtig');
      }),
    );
  });
});

describe('computeLeerplicht: settings change results only where they should', () => {
  it('other rules’ settings never change the result; the age limit changes only the Doorstroompunt date and the status', () => {
    fc.assert(
      fc.property(
        isoDate('1995-01-01', '2025-12-31'),
        isoDate('2000-01-01', '2060-12-31'),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(23, 27),
        (geboortedatum, peildatum, uren, grens) => {
          const base = computeLeerplicht({ geboortedatum, peildatum });
          const unrelated = computeLeerplicht(
            { geboortedatum, peildatum },
            {
              'halt.maxUren': [{ geldigVanaf: '1900-01-01', waarde: uren }],
              'meldplicht.uren': [{ geldigVanaf: '1900-01-01', waarde: uren }],
            },
          );
          expect(unrelated).toEqual(base);
          const limited = computeLeerplicht(
            { geboortedatum, peildatum },
            { 'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: '1900-01-01', waarde: grens }] },
          );
          const strip = (r: LeerplichtResult) => ({
            ...r,
            doorstroompuntTotEnMet: '',
            status: '',
            uitleg: [],
          });
          expect(strip(limited)).toEqual(strip(base));
          expect(limited.doorstroompuntTotEnMet >= base.doorstroompuntTotEnMet).toBe(true);
        },
      ),
    );
  });
});
