// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, computeLeerplicht } from '../rules/index.ts';
import { retentionDecision, type RetentionCase, type RetentionFacts } from './retention.ts';

const closed = (geslotenOp: string, extra: Partial<RetentionCase> = {}): RetentionCase => ({
  geslotenOp,
  juridischeBlokkade: false,
  procesVerbaal: false,
  ...extra,
});

describe('retentionDecision', () => {
  it.each([
    {
      why: 'Doorstroompunt: kept up to the day before the 23rd birthday',
      facts: { geboortedatum: '2000-05-15', zaken: [] },
      today: '2023-05-14',
      verwijderen: false,
      bewarenTot: '2023-05-14',
      regel: 'doorstroompunt',
    },
    {
      why: 'Doorstroompunt: deleted on the 23rd birthday',
      facts: { geboortedatum: '2000-05-15', zaken: [] },
      today: '2023-05-15',
      verwijderen: true,
      bewarenTot: '2023-05-14',
      regel: 'doorstroompunt',
    },
    {
      why: 'startkwalificatie at 17: 2 years after the kwalificatieplicht ends, no Doorstroompunt',
      facts: { geboortedatum: '2000-05-15', startkwalificatie: '2017-06-01', zaken: [] },
      today: '2019-06-01',
      verwijderen: true,
      bewarenTot: '2019-05-31',
      regel: 'leerplicht',
    },
    {
      why: 'a dossier closed at 22 is kept 2 years after closure',
      facts: { geboortedatum: '2000-05-15', zaken: [closed('2022-09-01')] },
      today: '2024-09-01',
      verwijderen: false,
      bewarenTot: '2024-09-01',
      regel: 'dossier',
    },
    {
      why: 'a dossier is deleted the day after its period',
      facts: { geboortedatum: '2000-05-15', zaken: [closed('2022-09-01')] },
      today: '2024-09-02',
      verwijderen: true,
      bewarenTot: '2024-09-01',
      regel: 'dossier',
    },
    {
      why: 'a proces-verbaal is kept 5 years after closure (WPG)',
      facts: {
        geboortedatum: '2000-05-15',
        zaken: [closed('2022-09-01', { procesVerbaal: true }), closed('2023-01-01')],
      },
      today: '2026-01-01',
      verwijderen: false,
      bewarenTot: '2027-09-01',
      regel: 'proces_verbaal',
    },
    {
      why: 'a parent stays while a child is kept',
      facts: {
        geboortedatum: '1975-03-01',
        zaken: [],
        kinderen: [{ verwijderen: false, bewarenTot: '2030-01-01' }],
      },
      today: '2026-01-01',
      verwijderen: false,
      bewarenTot: '2030-01-01',
      regel: 'ouder',
    },
    {
      why: 'a parent without children to keep goes',
      facts: { geboortedatum: '1975-03-01', zaken: [] },
      today: '2026-01-01',
      verwijderen: true,
      bewarenTot: '1998-02-28',
      regel: 'doorstroompunt',
    },
  ] as {
    why: string;
    facts: RetentionFacts;
    today: string;
    verwijderen: boolean;
    bewarenTot: string;
    regel: string;
  }[])('$why', ({ facts, today, verwijderen, bewarenTot, regel }) => {
    const d = retentionDecision(facts, today);
    expect(d).toMatchObject({ verwijderen, bewarenTot, regel });
    expect(d.reden).toContain(bewarenTot);
  });

  it('keeps a person with a legal hold, however old the case', () => {
    const d = retentionDecision(
      {
        geboortedatum: '1990-01-01',
        zaken: [closed('2005-01-01', { id: 7, juridischeBlokkade: true })],
      },
      '2040-01-01',
    );
    expect(d).toEqual({
      verwijderen: false,
      bewarenTot: null,
      regel: 'juridische_blokkade',
      reden: expect.stringContaining('juridische blokkade op zaak 7'),
    });
  });

  it('keeps a person with an open case and the parents of a blocked child', () => {
    const open = retentionDecision(
      {
        geboortedatum: '1990-01-01',
        zaken: [{ geslotenOp: null, juridischeBlokkade: false, procesVerbaal: false }],
      },
      '2040-01-01',
    );
    expect(open).toMatchObject({ verwijderen: false, regel: 'open_zaak', bewarenTot: null });
    const parent = retentionDecision(
      {
        geboortedatum: '1960-01-01',
        zaken: [],
        kinderen: [{ verwijderen: false, bewarenTot: null }],
      },
      '2040-01-01',
    );
    expect(parent).toMatchObject({ verwijderen: false, regel: 'ouder' });
  });

  it('reads the periods from dated settings', () => {
    const facts = { geboortedatum: '2000-05-15', startkwalificatie: '2017-06-01', zaken: [] };
    const d = retentionDecision(facts, '2021-01-01', {
      retention: {
        'bewaartermijn.leerplicht.jarenNaEinde': [{ geldigVanaf: '2020-01-01', waarde: 5 }],
      },
    });
    expect(d).toMatchObject({ verwijderen: false, bewarenTot: '2022-05-31', regel: 'leerplicht' });
    expect(d.reden).toContain(
      'bewaartermijn.leerplicht.jarenNaEinde = 5 (geldig vanaf 2020-01-01)',
    );
  });

  it('follows the Doorstroompunt age limit of the rules engine (27)', () => {
    const d = retentionDecision({ geboortedatum: '2000-05-15', zaken: [] }, '2025-01-01', {
      rules: { 'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: '2024-01-01', waarde: 27 }] },
    });
    expect(d).toMatchObject({ verwijderen: false, bewarenTot: '2027-05-14' });
  });
});

const DAY0 = '1985-01-01';
const dateArb = (maxDays: number) =>
  fc.integer({ min: 0, max: maxDays }).map((n) => addDays(DAY0, n));
const caseArb = fc.record({
  geslotenOp: fc.option(dateArb(25_000), { nil: null, freq: 5 }),
  juridischeBlokkade: fc.boolean(),
  procesVerbaal: fc.boolean(),
});
const factsArb = fc.record({
  geboortedatum: dateArb(13_000),
  startkwalificatie: fc.option(dateArb(20_000), { nil: undefined }),
  zaken: fc.array(caseArb, { maxLength: 4 }),
});

describe('retentionDecision properties', () => {
  it('never deletes with a legal hold or an open case', () => {
    fc.assert(
      fc.property(factsArb, dateArb(30_000), (facts, today) => {
        const hold = facts.zaken.some((z) => z.juridischeBlokkade || z.geslotenOp === null);
        return !hold || !retentionDecision(facts, today).verwijderen;
      }),
    );
  });

  it('never deletes before any rule date has passed', () => {
    fc.assert(
      fc.property(factsArb, dateArb(30_000), (facts, today) => {
        const d = retentionDecision(facts, today);
        if (!d.verwijderen) return true;
        const lp = computeLeerplicht({ ...facts, peildatum: today });
        const dates = [
          addMonths(lp.kwalificatieplichtTotEnMet, 24),
          addMonths(lp.volledigeLeerplichtTotEnMet, 24),
        ];
        if (facts.startkwalificatie === undefined) dates.push(lp.doorstroompuntTotEnMet);
        for (const z of facts.zaken) {
          if (z.geslotenOp) dates.push(addMonths(z.geslotenOp, z.procesVerbaal ? 60 : 24));
        }
        return (
          d.bewarenTot !== null && dates.every((date) => today > date && d.bewarenTot! >= date)
        );
      }),
    );
  });

  it('keeps the data on the last day to keep and deletes it the day after', () => {
    fc.assert(
      fc.property(factsArb, dateArb(30_000), (facts, today) => {
        const tot = retentionDecision(facts, today).bewarenTot;
        fc.pre(tot !== null);
        return (
          !retentionDecision(facts, tot!).verwijderen &&
          retentionDecision(facts, addDays(tot!, 1)).verwijderen
        );
      }),
    );
  });

  it('once deletable, stays deletable on every later day', () => {
    fc.assert(
      fc.property(
        factsArb,
        dateArb(30_000),
        fc.integer({ min: 1, max: 5000 }),
        (facts, today, later) => {
          fc.pre(retentionDecision(facts, today).verwijderen);
          return retentionDecision(facts, addDays(today, later)).verwijderen;
        },
      ),
    );
  });
});
