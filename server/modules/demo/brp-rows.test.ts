// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { brpRow, firstSnapshot, listedIn, pruneParents } from './brp-rows.ts';
import { parseDay } from './days.ts';
import type { DemoPerson } from './model.ts';

const snapshots = ['2023-08-01', '2024-08-01', '2025-08-01'].map(parseDay);
const address = {
  straat: 'Breestraat',
  huisnummer: '1',
  huisletter: '',
  toevoeging: '',
  postcode: '2311AB',
  woonplaats: 'Leiden',
};

const person = (bsn: string, extra: Partial<DemoPerson> = {}): DemoPerson => ({
  bsn,
  geslachtsnaam: 'Jansen',
  voorvoegsel: '',
  voornamen: 'Noor',
  geslacht: 'V',
  geboortedatum: parseDay('2012-01-01'),
  geheimhouding: false,
  periods: [{ gemeente: '0546', address, vanaf: parseDay('2015-01-01') }],
  inExtractVanaf: parseDay('2015-01-01'),
  jeugd: true,
  ...extra,
});

describe('BRP snapshot rows', () => {
  it('lists a mover in the first snapshot and again after the move, with the new gemeente', () => {
    const p = person('111222333', {
      periods: [
        { gemeente: '0546', address, vanaf: parseDay('2015-01-01') },
        {
          gemeente: '0537',
          address: { ...address, woonplaats: 'Katwijk' },
          vanaf: parseDay('2024-03-01'),
        },
      ],
    });
    const first = firstSnapshot(p, snapshots);
    expect([0, 1, 2].map((k) => listedIn(p, k, snapshots, first))).toEqual([true, true, false]);
    expect(brpRow(p, snapshots[0]!)).toMatchObject({
      gemeentecode: '0546',
      datum_vestiging: '2015-01-01',
    });
    expect(brpRow(p, snapshots[1]!)).toMatchObject({
      gemeentecode: '0537',
      datum_vestiging: '2024-03-01',
      woonplaats: 'Katwijk',
    });
  });

  it('shows a departure on the old address and registers emigrants in the RNI (1999) without address', () => {
    const left = person('111222333', { vertrek: parseDay('2024-05-01') });
    expect(brpRow(left, snapshots[1]!)).toMatchObject({
      gemeentecode: '0546',
      straat: 'Breestraat',
      datum_vertrek: '2024-05-01',
    });
    const rni = person('111222333', {
      periods: [
        ...person('x').periods,
        { gemeente: '1999', address: null, vanaf: parseDay('2025-02-01'), rni: true },
      ],
    });
    const row = brpRow(rni, snapshots[2]!);
    expect(row).toMatchObject({ gemeentecode: '1999', rni: 'ja', datum_vestiging: '2025-02-01' });
    expect(row.straat).toBeUndefined();
  });

  it('keeps a parent reference only when the parent is listed no later than the child', () => {
    const parent = person('100000009', {
      inExtractVanaf: parseDay('2025-01-01'),
      vertrek: parseDay('2024-06-01'),
    });
    const child = person('111222333', { ouder1: '100000009', ouder2: '123456782' });
    const other = person('123456782');
    pruneParents([parent, other, child], snapshots);
    expect(firstSnapshot(parent, snapshots)).toBe(-1);
    expect(child.ouder1).toBe('123456782');
    expect(child.ouder2).toBeUndefined();
  });
});
