// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { computeDashboard, monthsOf } from './dashboard.ts';
import { casesBehind, count, type CaseFact, type FigureKey, type Period } from './facts.ts';

const period: Period = { van: '2026-01-01', totEnMet: '2026-03-31', peildatum: '2026-03-31' };

let nextId = 1;
const fact = (over: Partial<CaseFact>): CaseFact => ({
  id: nextId++,
  soort: 'relatief_verzuim',
  status: 'IN_ONDERZOEK',
  geopendOp: '2026-01-10',
  geslotenOp: null,
  team: 'VO',
  gemeente: '0546',
  consulentId: 1,
  consulentNaam: 'Anna',
  takenTeLaat: 0,
  takenDezeWeek: 0,
  duoTeVersturen: false,
  briefKlaar: false,
  meldingen: [],
  afspraken: [],
  ...over,
});

const facts: CaseFact[] = [
  // Closed after 10, 20 and 40 days; one in team PO for Bram.
  fact({
    geopendOp: '2026-01-05',
    geslotenOp: '2026-01-15',
    status: 'AFGESLOTEN',
    meldingen: ['2026-01-05'],
  }),
  fact({
    geopendOp: '2026-01-20',
    geslotenOp: '2026-02-09',
    status: 'AFGESLOTEN',
    meldingen: ['2026-01-20', '2026-01-27'],
  }),
  fact({
    geopendOp: '2026-02-01',
    geslotenOp: '2026-03-13',
    status: 'AFGESLOTEN',
    team: 'PO',
    consulentId: 2,
    consulentNaam: 'Bram',
  }),
  // Open: two for Anna, one for Bram (VO), one unassigned; one closed after the period (open on the peildatum).
  fact({ geopendOp: '2026-02-15', takenTeLaat: 1, meldingen: ['2026-02-15'] }),
  fact({
    geopendOp: '2026-03-01',
    takenDezeWeek: 2,
    afspraken: [{ datum: '2026-03-05', status: 'no_show', herinnerd: false }],
  }),
  fact({
    geopendOp: '2026-03-02',
    consulentId: 2,
    consulentNaam: 'Bram',
    duoTeVersturen: true,
    afspraken: [{ datum: '2026-03-20', status: 'gehouden', herinnerd: true }],
  }),
  fact({ geopendOp: '2025-11-01', consulentId: null, consulentNaam: null, briefKlaar: true }),
  fact({ geopendOp: '2026-03-30', geslotenOp: '2026-04-02', status: 'AFGESLOTEN', gemeente: null }),
];

describe('computeDashboard', () => {
  const d = computeDashboard(facts, period);

  it('counts open, opened, closed and meldingen in the period', () => {
    expect(d.totalen).toEqual({ open: 5, geopend: 7, gesloten: 3, meldingen: 4 });
  });

  it('gives the median and p90 throughput time of the cases closed in the period', () => {
    expect(d.doorlooptijd).toEqual({ mediaanDagen: 20, p90Dagen: 40, gesloten: 3 });
    const po = d.groepen.team.find((r) => r.waarde === 'PO')!;
    expect(po).toMatchObject({ open: 0, gesloten: 1, mediaanDagen: 40, p90Dagen: 40 });
  });

  it('balances the caseload per team against the mean of the assigned consultants', () => {
    const vo = d.caseload.find((c) => c.team === 'VO')!.balans;
    // Anna has the case closed after the period too: it was open on the peildatum.
    expect(vo.gemiddelde).toBe(2);
    expect(vo.medewerkers.map((m) => [m.naam, m.open, m.verschil])).toEqual([
      ['Anna', 3, 1],
      ['Bram', 1, -1],
      ['Niet toegewezen', 1, 0],
    ]);
  });

  it('counts deadlines, no-show and the monthly trends', () => {
    expect(d.termijnen).toEqual({
      takenTeLaat: 1,
      takenDezeWeek: 1,
      duoTerugmelding: 1,
      brievenKlaar: 1,
    });
    expect(d.noShow).toEqual({ afspraken: 2, noShow: 1, gehouden: 1, percentage: 50 });
    expect(d.trends).toEqual([
      { maand: '2026-01', meldingen: 3, geopend: 2, gesloten: 1 },
      { maand: '2026-02', meldingen: 1, geopend: 2, gesloten: 1 },
      { maand: '2026-03', meldingen: 0, geopend: 3, gesloten: 1 },
    ]);
  });

  it('lists exactly as many cases behind every number as the number says', () => {
    const keys: [FigureKey, number][] = [
      [{ cijfer: 'open' }, d.totalen.open],
      [{ cijfer: 'geopend' }, d.totalen.geopend],
      [{ cijfer: 'gesloten' }, d.totalen.gesloten],
      [{ cijfer: 'taken_te_laat' }, d.termijnen.takenTeLaat],
      [{ cijfer: 'brieven_klaar' }, d.termijnen.brievenKlaar],
      ...d.trends.flatMap((t): [FigureKey, number][] => [
        [{ cijfer: 'geopend', maand: t.maand }, t.geopend],
        [{ cijfer: 'gesloten', maand: t.maand }, t.gesloten],
      ]),
      ...(['soort', 'team', 'gemeente', 'consulent', 'dienst'] as const).flatMap((dimensie) =>
        d.groepen[dimensie].flatMap((r): [FigureKey, number][] => [
          [{ cijfer: 'open', dimensie, waarde: r.waarde }, r.open],
          [{ cijfer: 'geopend', dimensie, waarde: r.waarde }, r.geopend],
          [{ cijfer: 'gesloten', dimensie, waarde: r.waarde }, r.gesloten],
        ]),
      ),
      ...d.caseload.flatMap(({ team, balans }) =>
        balans.medewerkers.map((m): [FigureKey, number] => [
          {
            cijfer: 'open',
            dimensie: 'consulent',
            waarde: m.id === null ? '' : String(m.id),
            binnenTeam: team,
          },
          m.open,
        ]),
      ),
    ];
    for (const [key, value] of keys) {
      expect(casesBehind(facts, key, period), JSON.stringify(key)).toHaveLength(value);
    }
    expect(count(facts, { cijfer: 'no_show' }, period)).toBe(1);
  });

  it('names the months of a period across a year end', () => {
    expect(
      monthsOf({ van: '2025-11-15', totEnMet: '2026-02-01', peildatum: '2026-02-01' }),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
