// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, dayOfWeek } from './dates.ts';
import { bezwaartermijn } from './deadlines.ts';
import {
  beroepstermijn,
  hearingCheck,
  objectionAdmissible,
  objectionDecisionTerm,
  objectionTimeliness,
} from './objection.ts';

const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));

describe('objection timeliness (art. 6:7–6:9, 6:11 Awb)', () => {
  it('received on the last day is in time, the day after is late', () => {
    // Sent Friday 1 March 2024: the term runs to Friday 12 April.
    expect(
      objectionTimeliness({ bekendgemaakt: '2024-03-01', ontvangen: '2024-04-12' }),
    ).toMatchObject({ tijdig: true, termijnEinde: '2024-04-12' });
    const late = objectionTimeliness({ bekendgemaakt: '2024-03-01', ontvangen: '2024-04-13' });
    expect(late.tijdig).toBe(false);
    expect(late.uitleg.join(' ')).toContain('te laat');
  });

  it('posted in time and received within a week after the end is in time (6:9 lid 2)', () => {
    const base = { bekendgemaakt: '2024-03-01', gepost: '2024-04-12' };
    expect(objectionTimeliness({ ...base, ontvangen: '2024-04-19' }).tijdig).toBe(true);
    expect(objectionTimeliness({ ...base, ontvangen: '2024-04-20' }).tijdig).toBe(false);
    expect(
      objectionTimeliness({ ...base, gepost: '2024-04-13', ontvangen: '2024-04-15' }).tijdig,
    ).toBe(false);
  });

  it('a late objection is niet-ontvankelijk unless verschoonbaar (6:11)', () => {
    const late = objectionTimeliness({ bekendgemaakt: '2024-03-01', ontvangen: '2024-05-01' });
    expect(objectionAdmissible(late, false).ontvankelijk).toBe(false);
    expect(objectionAdmissible(late, true)).toMatchObject({ ontvankelijk: true });
    expect(objectionAdmissible(late, true).uitleg.join(' ')).toContain('6:11');
  });

  it('property: in time exactly when received on or before the end of the term (no postmark)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 80 }), (sent, after) => {
        const ontvangen = addDays(sent, after);
        const t = objectionTimeliness({ bekendgemaakt: sent, ontvangen });
        expect(t.tijdig).toBe(compareDates(ontvangen, t.termijnEinde) <= 0);
        // The term is 6 weeks, extended by at most a few days for weekends and holidays.
        expect(daysBetween(sent, t.termijnEinde)).toBeGreaterThanOrEqual(42);
        expect(daysBetween(sent, t.termijnEinde)).toBeLessThanOrEqual(46);
        expect(dayOfWeek(t.termijnEinde)).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('objection decision term (art. 7:10 Awb)', () => {
  it('6 weeks after the end of the objection term, 12 with a committee, +6 when postponed', () => {
    const end = bezwaartermijn('2024-03-01').datum; // 2024-04-12
    expect(
      objectionDecisionTerm({ termijnEinde: end, adviescommissie: false, verdaagd: false }).datum,
    ).toBe('2024-05-24');
    expect(
      objectionDecisionTerm({ termijnEinde: end, adviescommissie: true, verdaagd: false }).datum,
    ).toBe('2024-07-05');
    const postponed = objectionDecisionTerm({
      termijnEinde: end,
      adviescommissie: false,
      verdaagd: true,
    });
    expect(postponed.datum).toBe('2024-07-05');
    expect(postponed.uitleg.join(' ')).toContain('7:10 lid 3');
  });

  it('a late objection: the term runs from the day after receipt', () => {
    const t = objectionDecisionTerm({
      termijnEinde: '2024-04-12',
      ontvangen: '2024-05-03',
      adviescommissie: false,
      verdaagd: false,
    });
    expect(t.datum).toBe('2024-06-14');
    expect(t.uitleg[0]).toContain('na de termijn ontvangen');
  });

  it('a last day on a holiday moves to the next working day (Atw)', () => {
    // 2025-04-28 + 6 weeks = Monday 9 June 2025, tweede Pinksterdag.
    const t = objectionDecisionTerm({
      termijnEinde: '2025-04-28',
      adviescommissie: false,
      verdaagd: false,
    });
    expect(t.datum).toBe('2025-06-10');
    expect(t.uitleg.join(' ')).toContain('Algemene termijnenwet');
  });

  it('property: the decision term always ends after the objection term, later with a committee or postponement', () => {
    fc.assert(
      fc.property(day, fc.boolean(), fc.boolean(), (sent, adviescommissie, verdaagd) => {
        const end = bezwaartermijn(sent).datum;
        const t = objectionDecisionTerm({ termijnEinde: end, adviescommissie, verdaagd });
        const weken = (adviescommissie ? 12 : 6) + (verdaagd ? 6 : 0);
        expect(daysBetween(end, t.datum)).toBeGreaterThanOrEqual(weken * 7);
        expect(daysBetween(end, t.datum)).toBeLessThanOrEqual(weken * 7 + 4);
        const plain = objectionDecisionTerm({
          termijnEinde: end,
          adviescommissie: false,
          verdaagd: false,
        });
        expect(compareDates(plain.datum, t.datum)).toBeLessThanOrEqual(0);
        expect(t.uitleg.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('hearing (art. 7:2, 7:3 Awb)', () => {
  it('decides after a hearing, or on a 7:3 ground that fits the outcome', () => {
    expect(hearingCheck({ gehoord: true, uitzondering: null, uitkomst: 'ongegrond' }).mag).toBe(
      true,
    );
    expect(hearingCheck({ gehoord: false, uitzondering: null, uitkomst: 'gegrond' }).mag).toBe(
      false,
    );
    expect(
      hearingCheck({ gehoord: false, uitzondering: 'kennelijk_ongegrond', uitkomst: 'ongegrond' })
        .mag,
    ).toBe(true);
    const wrong = hearingCheck({
      gehoord: false,
      uitzondering: 'kennelijk_ongegrond',
      uitkomst: 'gegrond',
    });
    expect(wrong.mag).toBe(false);
    expect(wrong.uitleg[0]).toContain('7:2');
    expect(
      hearingCheck({ gehoord: false, uitzondering: 'volledig_tegemoet', uitkomst: 'gegrond' }).mag,
    ).toBe(true);
    expect(
      hearingCheck({ gehoord: false, uitzondering: 'afstand', uitkomst: 'niet_ontvankelijk' }).mag,
    ).toBe(true);
  });

  it('the beroep term after the decision is six weeks and names the rechtbank', () => {
    const t = beroepstermijn('2024-06-07');
    expect(t.datum).toBe('2024-07-19');
    expect(t.uitleg[0]).toContain('8:1');
  });
});
