// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressLines,
  decideAddressees,
  fullName,
  initialsName,
  type Adres,
  type AddresseeFacts,
  type ParentFacts,
  type PersonFacts,
} from './addressees.ts';

const adres = (straat: string, huisnummer = '1'): Adres => ({
  straat,
  huisnummer,
  huisletter: null,
  huisnummertoevoeging: null,
  postcode: '2311CS',
  woonplaats: 'Leiden',
});
const sanne: PersonFacts = {
  id: 1,
  voornamen: 'Sanne Maria',
  voorvoegsel: 'van',
  geslachtsnaam: 'Dijk',
  geboortedatum: '2012-05-15',
  datumOverlijden: null,
  adres: adres('Breestraat'),
};
const ouder = (id: number, rang: number, over: Partial<ParentFacts> = {}): ParentFacts => ({
  id,
  rang,
  voornamen: rang === 1 ? 'Petra Johanna' : 'Karel',
  voorvoegsel: rang === 1 ? 'van' : null,
  geslachtsnaam: rang === 1 ? 'Dijk' : 'Jansen',
  geboortedatum: '1980-01-01',
  datumOverlijden: null,
  adres: adres('Breestraat'),
  gezag: true,
  ...over,
});
const facts = (over: Partial<AddresseeFacts> = {}): AddresseeFacts => ({
  jeugdige: sanne,
  ouders: [ouder(2, 1), ouder(3, 2)],
  toestemming16plus: false,
  ...over,
});
const TODAY = '2026-03-05';

const decide = (f: AddresseeFacts, today = TODAY) => {
  const result = decideAddressees(f, today);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('names and addresses', () => {
  it('writes the salutation name, the address name and the address lines', () => {
    expect(fullName(sanne)).toBe('Sanne van Dijk');
    expect(initialsName(ouder(2, 1))).toBe('P.J. van Dijk');
    expect(initialsName({ voornamen: null, voorvoegsel: 'van', geslachtsnaam: 'Dijk' })).toBe(
      'Van Dijk',
    );
    expect(
      addressLines({ ...adres('Breestraat', '12'), huisletter: 'a', huisnummertoevoeging: '2' }),
    ).toEqual(['Breestraat 12 a-2', '2311 CS  LEIDEN']);
  });

  it('refuses an address that cannot be posted', () => {
    expect(addressLines(null)).toBeNull();
    expect(addressLines({ ...adres('Breestraat'), postcode: null })).toBeNull();
    expect(addressLines({ ...adres(''), straat: '  ' })).toBeNull();
  });
});

describe('decideAddressees', () => {
  it('writes one letter to both parents when they live together', () => {
    const d = decide(facts());
    expect(d.leeftijd).toBe(13);
    expect(d.brieven).toHaveLength(1);
    expect(d.brieven[0]).toEqual({
      ontvangers: [
        { personId: 2, naam: 'Petra van Dijk', rol: 'ouder' },
        { personId: 3, naam: 'Karel Jansen', rol: 'ouder' },
      ],
      adresregels: ['P.J. van Dijk en K. Jansen', 'Breestraat 1', '2311 CS  LEIDEN'],
      redenWeglaten: false,
    });
  });

  it('writes one letter per address when the parents live apart', () => {
    const d = decide(
      facts({ ouders: [ouder(3, 2, { adres: adres('Haarlemmerstraat', '7') }), ouder(2, 1)] }),
    );
    expect(d.brieven.map((b) => b.ontvangers.map((o) => o.personId))).toEqual([[2], [3]]);
    expect(d.brieven[1]?.adresregels).toEqual([
      'K. Jansen',
      'Haarlemmerstraat 7',
      '2311 CS  LEIDEN',
    ]);
  });

  it('treats unknown gezag as gezag, and skips a parent without gezag, deceased or without address', () => {
    const d = decide(
      facts({
        ouders: [
          ouder(2, 1, { gezag: null }),
          ouder(3, 2, { gezag: false }),
          ouder(4, 3, { datumOverlijden: TODAY }),
          ouder(5, 4, { adres: null }),
        ],
      }),
    );
    expect(d.brieven.map((b) => b.ontvangers.map((o) => o.personId))).toEqual([[2]]);
    expect(d.overgeslagen).toEqual([
      { personId: 3, reden: 'geen_gezag' },
      { personId: 4, reden: 'overleden' },
      { personId: 5, reden: 'geen_adres' },
    ]);
  });

  it('refuses when no parent can be written to', () => {
    const result = decideAddressees(facts({ ouders: [ouder(2, 1, { gezag: false })] }), TODAY);
    expect(result.ok ? null : result.error.code).toBe('letters.no_addressee');
  });

  it('leaves the reason out for parents from the 16th birthday, unless there is consent', () => {
    const f = facts({ jeugdige: { ...sanne, geboortedatum: '2010-03-05' } });
    expect(decide(f, '2026-03-04').brieven[0]?.redenWeglaten).toBe(false);
    expect(decide(f, '2026-03-05').brieven[0]?.redenWeglaten).toBe(true);
    expect(decide({ ...f, toestemming16plus: true }, '2026-03-05').brieven[0]?.redenWeglaten).toBe(
      false,
    );
  });

  it('writes to the young person himself, with the reason, from the 18th birthday', () => {
    const f = facts({ jeugdige: { ...sanne, geboortedatum: '2008-03-05' } });
    expect(decide(f, '2026-03-04').brieven[0]?.ontvangers[0]?.rol).toBe('ouder');
    const adult = decide(f, '2026-03-05');
    expect(adult.brieven).toEqual([
      {
        ontvangers: [{ personId: 1, naam: 'Sanne van Dijk', rol: 'jeugdige' }],
        adresregels: ['S.M. van Dijk', 'Breestraat 1', '2311 CS  LEIDEN'],
        redenWeglaten: false,
      },
    ]);
    const noAddress = decideAddressees({ ...f, jeugdige: { ...f.jeugdige, adres: null } }, TODAY);
    expect(noAddress.ok ? null : noAddress.error.code).toBe('letters.no_addressee');
  });

  it('addresses every parent with gezag and an address exactly once, one letter per address', () => {
    const street = fc.constantFrom('Breestraat', 'Haarlemmerstraat', 'Rapenburg');
    const parent = fc.record({
      gezag: fc.constantFrom(true, false, null),
      straat: fc.option(street),
    });
    fc.assert(
      fc.property(fc.array(parent, { maxLength: 4 }), (parents) => {
        const ouders = parents.map((p, i) =>
          ouder(10 + i, i + 1, { gezag: p.gezag, adres: p.straat ? adres(p.straat) : null }),
        );
        const result = decideAddressees(facts({ ouders }), TODAY);
        const eligible = ouders.filter((o) => o.gezag !== false && o.adres !== null);
        if (eligible.length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error('expected letters');
        const addressed = result.value.brieven.flatMap((b) => b.ontvangers.map((o) => o.personId));
        expect(addressed.sort()).toEqual(eligible.map((o) => o.id).sort());
        const streets = new Set(eligible.map((o) => o.adres?.straat));
        expect(result.value.brieven).toHaveLength(streets.size);
      }),
    );
  });
});
