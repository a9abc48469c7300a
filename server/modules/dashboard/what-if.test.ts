// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { schoolYearOf } from '../rules/index.ts';
import { markFirsts, simulateKennisgevingsmodus, type SimMelding } from './what-if.ts';

const minuten = { gesprek: 90, kennisgevingsbrief: 10, bron: 'test' };
let id = 0;
const melding = (over: Partial<SimMelding>): SimMelding => ({
  id: ++id,
  personId: id,
  gemeldOp: '2024-10-01',
  verzuimsoort: '16_uur',
  actieGewenst: true,
  zorgen: false,
  opendeZaak: true,
  eersteInSchooljaar: true,
  afdoening: null,
  ...over,
});

describe('what-if: kennisgevingsbrief for first meldingen', () => {
  const year = { van: '2024-08-01', totEnMet: '2025-07-31' };

  it('switches only first meldingen without concerns that are not urgent, through the triage rules', () => {
    const list = [
      melding({}),
      melding({ gemeldOp: '2024-11-03' }),
      melding({ eersteInSchooljaar: false }),
      melding({ zorgen: true }),
      melding({ verzuimsoort: 'langdurig' }),
      melding({ verzuimsoort: 'luxe' }),
      melding({ actieGewenst: false, afdoening: 'geen_actie_school' }),
      melding({ opendeZaak: false }),
      melding({ afdoening: 'kennisgeving' }),
    ];
    const r = simulateKennisgevingsmodus(list, year, minuten);
    expect(r.meldingen).toBe(9);
    expect(r.getrieerd).toBe(8);
    expect(r.briefInPlaatsVanUitnodiging).toBe(3);
    expect(r.werkelijkKennisgeving).toBe(1);
    expect(r.uitgesloten).toEqual({ nietEerste: 1, zorgen: 1, urgent: 1, geenActieGewenst: 1 });
    // 3 × (90 − 10) minutes = 4 hours.
    expect(r.urenVrij).toBe(4);
    expect(r.perMaand).toEqual([
      { maand: '2024-10', briefInPlaatsVanUitnodiging: 2 },
      { maand: '2024-11', briefInPlaatsVanUitnodiging: 1 },
    ]);
  });

  it('applies the mode only within its days (e.g. a summer action)', () => {
    const list = [melding({ gemeldOp: '2024-09-02' }), melding({ gemeldOp: '2025-06-16' })];
    const r = simulateKennisgevingsmodus(
      list,
      { van: '2025-06-01', totEnMet: '2025-07-31' },
      minuten,
    );
    expect(r.briefInPlaatsVanUitnodiging).toBe(1);
    expect(r.perMaand).toEqual([{ maand: '2025-06', briefInPlaatsVanUitnodiging: 1 }]);
  });

  it('frees no hours when a letter takes as long as a conversation', () => {
    const r = simulateKennisgevingsmodus([melding({})], year, {
      ...minuten,
      kennisgevingsbrief: 120,
    });
    expect(r.urenVrij).toBe(0);
  });

  it('marks the first melding per person and school year, and the one that opened its case', () => {
    const rows = [
      { id: 3, personId: 1, gemeldOp: '2024-10-01', caseId: 10, caseGeopendOp: '2024-09-01' },
      { id: 1, personId: 1, gemeldOp: '2024-09-01', caseId: 10, caseGeopendOp: '2024-09-01' },
      { id: 2, personId: 2, gemeldOp: '2024-09-05', caseId: 11, caseGeopendOp: '2024-06-01' },
      { id: 4, personId: 2, gemeldOp: '2025-08-05', caseId: null, caseGeopendOp: null },
    ];
    const marked = markFirsts(rows, (d) => schoolYearOf(d).van);
    expect(marked.map((m) => [m.id, m.eersteInSchooljaar, m.opendeZaak])).toEqual([
      [1, true, true],
      [2, true, false], // joined a case opened in the previous school year
      [3, false, false],
      [4, true, true], // a new school year
    ]);
  });
});
