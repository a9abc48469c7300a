// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../rules/index.ts';
import { ARTIKEL_CODES, ARTIKELEN } from './articles.ts';
import { exemptionDecisionText, leaveDecisionText } from './decision-text.ts';
import {
  checklist,
  defaultGeldigTot,
  grantProblems,
  missingDocuments,
  renewalDue,
  timing5b,
} from './rules.ts';

const date = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('checklist per article', () => {
  it('asks for the doctor and the GGD/JGZ advice under 5a, the foreign school under 5c, the mbo under 3b', () => {
    expect(checklist('5a', {}).map((i) => i.soort)).toEqual(['verklaring_arts', 'advies_ggd_jgz']);
    expect(checklist('5c', {}).map((i) => i.soort)).toEqual(['verklaring_buitenlandse_school']);
    expect(checklist('3b', {}).map((i) => i.soort)).toContain('bewijs_inschrijving_mbo');
    expect(checklist('15', {}).map((i) => i.soort)).toContain('bewijs_alternatief_onderwijs');
    expect(checklist('5b', {}).map((i) => i.soort)).toEqual(['verklaring_ouders_richting']);
  });

  it('marks only maatwerk as not a legal ground', () => {
    expect(ARTIKEL_CODES.filter((c) => !ARTIKELEN[c]!.wettelijk)).toEqual(['maatwerk']);
    expect(
      exemptionDecisionText({
        artikel: 'maatwerk',
        besluit: 'toegekend',
        geldigVan: null,
        geldigTot: null,
        toelichting: null,
      }).reden,
    ).toContain('geen wettelijke vrijstellingsgrond');
  });

  it('lists as missing exactly the documents without a received date', () => {
    const items = checklist('5a', { verklaring_arts: '2026-11-10', onbekend: '2026-11-11' });
    expect(missingDocuments(items).map((i) => i.soort)).toEqual(['advies_ggd_jgz']);
  });
});

describe('granting', () => {
  const complete = checklist('5a', { verklaring_arts: '2026-11-01', advies_ggd_jgz: '2026-11-02' });
  const base = {
    artikel: '5a',
    documenten: complete,
    geldigVan: '2026-12-01',
    geldigTot: '2027-11-30',
  };

  it('needs every document, a positive advice for 5a and a period that does not end before it starts', () => {
    expect(grantProblems({ ...base, adviesUitkomst: 'positief' })).toEqual([]);
    expect(grantProblems({ ...base, adviesUitkomst: null })).toEqual([
      'Het advies is nog niet ontvangen.',
    ]);
    expect(grantProblems({ ...base, adviesUitkomst: 'negatief' })[0]).toContain('negatief');
    expect(
      grantProblems({ ...base, adviesUitkomst: 'positief', documenten: checklist('5a', {}) })[0],
    ).toContain('Nog niet binnen');
    expect(
      grantProblems({ ...base, adviesUitkomst: 'positief', geldigTot: '2026-11-30' }),
    ).toHaveLength(1);
    expect(grantProblems({ ...base, artikel: 'xx', adviesUitkomst: 'positief' })).toEqual([
      "Onbekend artikel 'xx'.",
    ]);
  });

  it('does not ask for advice under 5c', () => {
    const docs = checklist('5c', { verklaring_buitenlandse_school: '2026-11-01' });
    expect(
      grantProblems({ ...base, artikel: '5c', documenten: docs, adviesUitkomst: null }),
    ).toEqual([]);
  });

  it('gives a 5a exemption one year by default', () => {
    expect(defaultGeldigTot('5a', '2026-12-01')).toBe('2027-11-30');
  });
});

describe('renewal three months before the end (R51)', () => {
  it('is due three months before geldig_tot', () => {
    expect(renewalDue('2027-11-30', '2026-11-23')).toBe('2027-08-30');
  });

  it('is never before today and never after the end', () => {
    fc.assert(
      fc.property(date, date, (end, today) => {
        const due = renewalDue(end, today);
        expect(compareDates(due, today)).toBeGreaterThanOrEqual(0);
        if (compareDates(addMonths(end, -3), today) >= 0) {
          expect(compareDates(due, end)).toBeLessThan(0);
          expect(due).toBe(addMonths(end, -3));
        } else {
          expect(due).toBe(today);
        }
      }),
    );
  });
});

describe('5b timing', () => {
  it('is on time before 1 July or within a month of moving, else late', () => {
    expect(timing5b('2026-06-30', null).tijdig).toBe(true);
    expect(timing5b('2026-07-01', null).tijdig).toBe(false);
    expect(timing5b('2026-11-10', '2026-10-15').tijdig).toBe(true);
    expect(timing5b('2026-11-16', '2026-10-15').tijdig).toBe(false);
  });
});

describe('decision letters', () => {
  it('state the period in Dutch and pick the template by the decision', () => {
    const t = exemptionDecisionText({
      artikel: '5a',
      besluit: 'toegekend',
      geldigVan: '2026-12-01',
      geldigTot: '2027-11-30',
      toelichting: ' ',
    });
    expect(t.sleutel).toBe('beschikking_vrijstelling_toegekend');
    expect(t.reden).toBe(
      'Grond: Art. 5 onder a: lichamelijke of psychische ongeschiktheid. De vrijstelling geldt van 1 december 2026 tot en met 30 november 2027.',
    );
    expect(
      leaveDecisionText({
        besluit: 'geweigerd',
        van: '2027-03-01',
        totEnMet: '2027-03-19',
        schooldagen: 15,
        toelichting: 'Geen gewichtige omstandigheid.',
      }),
    ).toEqual({
      sleutel: 'beschikking_verlof_geweigerd',
      reden:
        'Het gaat om de periode van 1 maart 2027 tot en met 19 maart 2027 (15 schooldagen). Geen gewichtige omstandigheid.',
    });
  });
});
