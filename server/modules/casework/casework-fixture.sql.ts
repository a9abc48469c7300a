// SPDX-License-Identifier: EUPL-1.2
/**
 * Test set-up for the casework route tests: a database with one school, two pupils (Sanne Berg,
 * Tom Dijk) and one melding for Sanne, whose case is assigned to a signed-in consultant.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';

export const today = '2026-11-23';

export interface CaseworkFixture {
  database: Database;
  app: FastifyInstance;
  consulent: SignedInClient;
  caseId: number;
}

export async function caseworkFixture(): Promise<CaseworkFixture> {
  const database = await createTestDatabase();
  const app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
  const consulent = await signedIn(app, database, 'leerplichtconsulent');
  const files = [
    ['scholen', 'brin,naam,sector,gemeentecode\n12AB,De Regenboog,VO,0546\n'],
    [
      'brp',
      'bsn,geslachtsnaam,voornamen,geboortedatum,gemeentecode\n111222333,Berg,Sanne,2012-03-04,0546\n123456782,Dijk,Tom,2013-05-06,0546\n',
    ],
    [
      'verzuimmeldingen',
      'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,verzuim_uren,actie_gewenst,gemeld_op\nM1,111222333,12AB,16_uur,2026-10-01,24,ja,2026-10-02\n',
    ],
  ] as const;
  for (const [soort, csv] of files) {
    await importCsv(database, csv, {
      soort,
      bestandsnaam: 'x.csv',
      door: 'test',
      today,
      peildatum: '2026-08-01',
    });
  }
  const [row] = await database.query<{ id: number }>('select id from cases');
  await database.query(
    'update cases set toegewezen_aan = (select id from users where gebruikersnaam = $1)',
    [consulent.gebruikersnaam],
  );
  return { database, app, consulent, caseId: row!.id };
}
