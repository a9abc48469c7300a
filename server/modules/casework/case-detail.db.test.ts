// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/test-database.ts';
import { caseworkFixture, type CaseworkFixture } from './casework-fixture.sql.ts';

// The fixture's day is 2026-11-23; Sanne Berg's birth date is set per test.
describe(`case page: the 16+ notice (${testEngine()})`, () => {
  let f: CaseworkFixture;
  beforeAll(async () => {
    f = await caseworkFixture();
  });
  afterAll(async () => {
    await f.app.close();
    await f.database.close();
  });

  const noticeAt = async (geboortedatum: string) => {
    await f.database.query("update persons set geboortedatum = $1 where bsn = '111222333'", [
      geboortedatum,
    ]);
    const detail = (await f.consulent.inject({ url: `/api/zaken/${f.caseId}` })).json();
    return { leeftijd: detail.zaak.leeftijd, zestienPlus: detail.zaak.zestienPlus };
  };

  it('is shown from 16 up to 18, when parents still get letters', async () => {
    expect(await noticeAt('2010-11-23')).toEqual({ leeftijd: 16, zestienPlus: true });
    expect(await noticeAt('2008-11-24')).toEqual({ leeftijd: 17, zestienPlus: true });
  });

  it('is not shown under 16, nor from 18, when letters go to the young person himself', async () => {
    expect(await noticeAt('2010-11-24')).toEqual({ leeftijd: 15, zestienPlus: false });
    expect(await noticeAt('2008-11-23')).toEqual({ leeftijd: 18, zestienPlus: false });
    expect(await noticeAt('2005-01-01')).toEqual({ leeftijd: 21, zestienPlus: false });
  });
});
