// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { schoolCalendar } from '../rules/index.ts';
import { currentDefinition, definitionOf } from './definitions/index.ts';
import { checkForm, schoolDays } from './validate.ts';

const calendar = schoolCalendar(
  [
    {
      schooljaar: '2026-2027',
      vakantieregio: 'midden',
      naam: 'kerst',
      van: '2026-12-19',
      totEnMet: '2027-01-03',
    },
  ],
  'midden',
);
const ctx = { today: '2026-11-23', calendar };
const verlof = {
  bsn: '111222333',
  geboortedatum: '2012-03-04',
  school: 'De Regenboog',
  van: '2026-12-01',
  totEnMet: '2026-12-18',
  reden: 'Begrafenis',
  ouderNaam: 'A',
  email: 'a@b.nl',
};
const fields = (r: { fouten: { veld: string }[] }) => r.fouten.map((f) => f.veld);

describe('checkForm', () => {
  it('accepts a complete leave request of more than 10 school days', () => {
    const r = checkForm(currentDefinition('verlof'), { ...verlof, extra: 'weg' }, ctx);
    expect(r.fouten).toEqual([]);
    expect(r.antwoorden).not.toHaveProperty('extra');
  });

  it('sends leave of 10 school days or fewer to the school head (rules engine)', () => {
    const r = checkForm(currentDefinition('verlof'), { ...verlof, totEnMet: '2026-12-14' }, ctx);
    expect(r.fouten).toEqual([
      {
        veld: 'totEnMet',
        melding: expect.stringMatching(/^Dit verlof is 10 schooldagen\..*directeur/),
      },
    ]);
  });

  it('refuses leave in the past and an end before the start', () => {
    expect(
      fields(checkForm(currentDefinition('verlof'), { ...verlof, van: '2026-11-23' }, ctx)),
    ).toContain('van');
    expect(
      fields(checkForm(currentDefinition('verlof'), { ...verlof, totEnMet: '2026-11-30' }, ctx)),
    ).toEqual(['totEnMet']);
  });

  it('counts school days without weekends and school holidays', () => {
    expect(schoolDays(calendar, '2026-12-14', '2027-01-08')).toBe(10);
  });

  it('reports every problem at once, in question order', () => {
    const r = checkForm(
      currentDefinition('hulpvraag'),
      { bsn: '1', geboortedatum: '2030-01-01' },
      ctx,
    );
    expect(fields(r)).toEqual(['bsn', 'vraag', 'geboortedatum', 'email']);
  });

  it('needs a document for an exemption, except under 5b', () => {
    const a = {
      bsn: '111222333',
      geboortedatum: '2012-03-04',
      artikel: '5a',
      herhalingsverzoek: 'nee',
      ouderNaam: 'A',
      email: 'a@b.nl',
    };
    expect(fields(checkForm(currentDefinition('vrijstelling'), a, ctx))).toEqual(['bewijsstuk']);
    expect(
      fields(checkForm(currentDefinition('vrijstelling'), { ...a, artikel: '5b' }, ctx)),
    ).toEqual([]);
  });

  it('keeps old versions reachable', () => {
    expect(definitionOf('verlof', 1).versie).toBe(1);
    expect(definitionOf('verlof', 99)).toBe(currentDefinition('verlof'));
  });
});
