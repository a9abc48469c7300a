// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  checkFields,
  STATES,
  TRANSITIONS,
  transitionFor,
  type CaseState,
} from './lifecycle.ts';
import { AFDOENINGEN } from './outcomes.ts';
import { stateAfterJoining, triageNew } from './triage.ts';

const states = Object.keys(STATES) as CaseState[];

describe('case lifecycle', () => {
  it('allows nothing from a closed case, and something from every open one', () => {
    expect(allowedTransitions('AFGESLOTEN')).toEqual([]);
    for (const s of states.filter((s) => STATES[s].open)) {
      const steps = [...allowedTransitions(s), ...allowedTransitions(s, 'absoluut_verzuim')];
      expect(steps.length, s).toBeGreaterThan(0);
    }
  });

  it('asks DUO closing reason and explanation on every step that closes with status afgesloten', () => {
    // Relatief verzuim only: an absoluut-verzuim case has no melding at DUO.
    for (const t of TRANSITIONS.filter((t) => t.naar === 'AFGESLOTEN' && !t.werkproces)) {
      expect(t.duo).toBe('afgesloten');
      const names = t.velden.map((f) => f.naam);
      expect(names).toEqual(expect.arrayContaining(['duoSluitreden', 'duoToelichting']));
    }
  });

  it('offers only outcomes from the controlled list', () => {
    for (const t of TRANSITIONS) {
      if (t.afdoening) expect(AFDOENINGEN).toHaveProperty(t.afdoening);
      const field = t.velden.find((f) => f.naam === 'afdoening');
      for (const key of Object.keys(field?.opties ?? {})) expect(AFDOENINGEN).toHaveProperty(key);
    }
  });

  it('refuses a step with missing or invalid fields, naming each field in Dutch', () => {
    const pv = transitionFor('proces_verbaal')!;
    const problems = checkFields(pv, { afdoening: 'pv_onzin', verdachte: 'ouder' });
    expect(problems.map((p) => p.veld).sort()).toEqual([
      'afdoening',
      'datum',
      'naarOm',
      'toelichting',
    ]);
    expect(problems[0]!.melding).toMatch(/^(Vul in|Kies)/);
    expect(
      checkFields(pv, {
        afdoening: 'pv_luxe',
        verdachte: 'ouder',
        datum: '2026-11-23',
        naarOm: true,
        toelichting: 'x',
      }),
    ).toEqual([]);
  });

  it('never accepts a random value for a choice field', () => {
    const close = transitionFor('afsluiten')!;
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(!Object.hasOwn(close.velden.find((f) => f.naam === 'afdoening')!.opties!, value));
        const problems = checkFields(close, {
          afdoening: value,
          duoSluitreden: 'terug_op_school',
          duoToelichting: 'gezien',
        });
        return problems.some((p) => p.veld === 'afdoening');
      }),
    );
  });

  it('keeps the preventive route for when all four checklist criteria hold (seed 003 R63)', () => {
    const preventief = transitionFor('preventief')!;
    const problems = checkFields(preventief, {
      vorm: 'online',
      verwijtbaar: true,
      herhaald: true,
      zorg: false,
      doelmatig: true,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        veld: 'zorg',
        melding: expect.stringMatching(/terug aan de school/),
      }),
    ]);
  });
});

describe('triage of an arriving melding', () => {
  const normal = { kennisgevingsmodus: false, eersteInSchooljaar: true };
  it('notes a melding for which the school wants no action', () => {
    expect(
      triageNew({ verzuimsoort: '16_uur', actieGewenst: false, zorgen: false }, normal),
    ).toMatchObject({
      toestand: 'AFGESLOTEN',
      duo: 'ter_kennisgeving',
      afdoening: 'geen_actie_school',
      brief: 'kennisgevingsbrief',
    });
  });

  it('sends a kennisgevingsbrief for a first melding in zomeractie, not for a second or with concerns', () => {
    const zomer = { kennisgevingsmodus: true, eersteInSchooljaar: true };
    const melding = { verzuimsoort: '16_uur', actieGewenst: true, zorgen: false };
    expect(triageNew(melding, zomer).toestand).toBe('KENNISGEVING_VERSTUURD');
    expect(triageNew(melding, { ...zomer, eersteInSchooljaar: false }).toestand).toBe(
      'IN_BEOORDELING',
    );
    expect(triageNew({ ...melding, zorgen: true }, zomer).toestand).toBe('IN_BEOORDELING');
    expect(triageNew(melding, normal).toestand).toBe('IN_BEOORDELING');
  });

  it('plans a same-day home visit for luxe verzuim and routes long absence to the long-absence task', () => {
    expect(
      triageNew({ verzuimsoort: 'luxe', actieGewenst: true, zorgen: false }, normal),
    ).toMatchObject({
      toestand: 'IN_ONDERZOEK',
      taak: { soort: 'huisbezoek' },
    });
    expect(
      triageNew({ verzuimsoort: 'langdurig', actieGewenst: true, zorgen: false }, normal)
        .taakgebied,
    ).toBe('lang');
  });

  it('reopens investigation when a new melding joins a case after a kennisgevingsbrief or agreements', () => {
    expect(stateAfterJoining('KENNISGEVING_VERSTUURD')).toBe('IN_ONDERZOEK');
    expect(stateAfterJoining('AFSPRAKEN_GEMAAKT')).toBe('IN_BEOORDELING');
    expect(stateAfterJoining('HALT')).toBe('HALT');
  });
});
