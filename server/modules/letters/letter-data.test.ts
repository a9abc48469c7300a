// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { LetterAddress } from './addressees.ts';
import {
  caseMergeData,
  datumNl,
  letterMergeData,
  momentNl,
  nextAppointment,
  type CaseFacts,
} from './letter-data.ts';

const facts: CaseFacts = {
  zaakId: 12,
  jeugdige: {
    id: 1,
    voornamen: 'Sanne Maria',
    voorvoegsel: 'van',
    geslachtsnaam: 'Dijk',
    geboortedatum: '2012-05-15',
    datumOverlijden: null,
    adres: null,
  },
  ouders: [],
  toestemming16plus: false,
  melding: { schoolNaam: 'De Kring', verzuimVan: '2026-02-02', reden: 'ziek gemeld' },
  afspraak: { tijdstip: '2026-03-10T13:30:00Z', locatie: 'Stadhuis' },
  consulentNaam: 'Joke Consulent',
};

describe('Dutch dates and times', () => {
  it('writes dates in words', () => {
    expect(datumNl('2026-03-05')).toBe('5 maart 2026');
    expect(datumNl('2026-12-31')).toBe('31 december 2026');
  });

  it('shows an appointment in Dutch time, winter and summer', () => {
    expect(momentNl('2026-03-10T13:30:00Z')).toEqual({
      datum: 'dinsdag 10 maart 2026',
      tijd: '14:30',
    });
    expect(momentNl('2026-06-10T07:05:00Z')).toEqual({
      datum: 'woensdag 10 juni 2026',
      tijd: '09:05',
    });
  });

  it('takes the first appointment on or after today, by the Dutch calendar day', () => {
    const list = [
      { tijdstip: '2026-03-04T09:00:00Z', n: 1 },
      { tijdstip: '2026-03-04T23:30:00Z', n: 2 }, // 00:30 on 5 March in Amsterdam
      { tijdstip: '2026-03-09T09:00:00Z', n: 3 },
    ];
    expect(nextAppointment(list, '2026-03-05')?.n).toBe(2);
    expect(nextAppointment(list, '2026-03-06')?.n).toBe(3);
    expect(nextAppointment(list, '2026-03-10')).toBeNull();
  });
});

describe('merge values', () => {
  it('fills in every fact of the case', () => {
    expect(caseMergeData(facts, '2026-03-05')).toEqual({
      'jeugdige.naam': 'Sanne van Dijk',
      'jeugdige.geboortedatum': '15 mei 2012',
      'zaak.nummer': '12',
      datum: '5 maart 2026',
      'school.naam': 'De Kring',
      'melding.verzuim_van': '2 februari 2026',
      reden: 'ziek gemeld',
      'afspraak.datum': 'dinsdag 10 maart 2026',
      'afspraak.tijd': '14:30',
      'afspraak.locatie': 'Stadhuis',
      'consulent.naam': 'Joke Consulent',
    });
  });

  it('leaves out what is not known, so a template that needs it is refused', () => {
    const data = caseMergeData(
      { ...facts, melding: null, afspraak: null, consulentNaam: null },
      '2026-03-05',
    );
    for (const field of ['school.naam', 'reden', 'afspraak.datum', 'consulent.naam'] as const) {
      expect(data[field]).toBeUndefined();
    }
  });

  it('lets the caller add or correct only the extra fields; blank extras do not count', () => {
    const extra = { reden: ' 20 uur afwezig ', 'afspraak.locatie': '  ', 'jeugdige.naam': 'X' };
    const data = caseMergeData(facts, '2026-03-05', extra as never);
    expect(data.reden).toBe('20 uur afwezig');
    expect(data['afspraak.locatie']).toBe('Stadhuis');
    expect(data['jeugdige.naam']).toBe('Sanne van Dijk');
  });

  it('addresses each letter and withholds the reason when the 16+ rule says so', () => {
    const letter: LetterAddress = {
      ontvangers: [
        { personId: 2, naam: 'Petra van Dijk', rol: 'ouder' },
        { personId: 3, naam: 'Karel Jansen', rol: 'ouder' },
      ],
      adresregels: [],
      redenWeglaten: true,
    };
    const data = letterMergeData(caseMergeData(facts, '2026-03-05'), letter);
    expect(data['geadresseerde.naam']).toBe('Petra van Dijk en Karel Jansen');
    expect(data.reden).toBeNull();
    expect(letterMergeData({ reden: 'x' }, { ...letter, redenWeglaten: false }).reden).toBe('x');
  });
});
