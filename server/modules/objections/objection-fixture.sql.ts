// SPDX-License-Identifier: EUPL-1.2
/**
 * The objections tests' world: an app on a fixed day, a consultant, a mother with gezag and five
 * children at one address, and the steps, queries and letters the tests take and read.
 */
import { expect } from 'vitest';
import { buildApp } from '../../app.ts';
import { signedIn } from '../../test/sign-in.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { insertFamily } from '../letters/test-data.sql.ts';

export type ObjectionFixture = Awaited<ReturnType<typeof objectionFixture>>;

/** Builds the world on `today`; `close()` stops the app and the database. */
export async function objectionFixture(today: string) {
  const database = await createTestDatabase();
  const app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
  const consulent = await signedIn(app, database, 'leerplichtconsulent');
  const { children } = await insertFamily(database, {
    geslachtsnaam: 'Berg',
    ouder: { voornamen: 'Petra', geboortedatum: '1984-01-01' },
    kinderen: ['Sanne', 'Bram', 'Lotte', 'Daan', 'Mila'].map((voornamen) => ({
      voornamen,
      geboortedatum: '2014-02-03',
    })),
    adres: { straat: 'Breestraat', huisnummer: '1' },
  });

  const step = (caseId: number, actie: string, velden: Record<string, unknown>) =>
    consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/stappen`,
      payload: { actie, velden },
    });
  const ok = async (caseId: number, actie: string, velden: Record<string, unknown>) => {
    const res = await step(caseId, actie, velden);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { toestand: string }).toestand;
  };
  const caseRow = async (caseId: number) =>
    (
      await database.query<{ status: string; gesloten: string | null }>(
        `select status, to_char(gesloten_op, 'YYYY-MM-DD') as gesloten from cases where id = $1`,
        [caseId],
      )
    )[0]!;
  const register = async (person: number) =>
    (
      await database.query<{ besluit: string; van: string | null; tot: string | null }>(
        `select besluit, to_char(geldig_van, 'YYYY-MM-DD') as van, to_char(geldig_tot, 'YYYY-MM-DD') as tot
           from exemptions where person_id = $1`,
        [person],
      )
    )[0];
  const openTasks = async (caseId: number) =>
    database.query<{ soort: string; op: string }>(
      `select soort, to_char(vervalt_op, 'YYYY-MM-DD') as op from tasks where case_id = $1 and gedaan_op is null order by id`,
      [caseId],
    );

  const letter = (caseId: number, soort: string) =>
    consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/bezwaren/brieven`,
      payload: { soort },
    });
  const letterText = async (caseId: number, sleutel: string) =>
    (
      await database.query<{ reden: string }>(
        `select l.gegevens->>'reden' as reden from letters l join letter_templates t on t.id = l.template_id
          where l.case_id = $1 and t.sleutel = $2 order by l.id desc limit 1`,
        [caseId, sleutel],
      )
    )[0]?.reden;

  /** A 5a request for `person`, decided on 2025-04-01: rejected, or granted for the school year. */
  async function decided5a(person: number, grant: boolean): Promise<number> {
    const opened = await consulent.inject({
      method: 'POST',
      url: '/api/vrijstellingen',
      payload: { persoonId: person, artikel: '5a', datumAanvraag: '2025-03-03' },
    });
    expect(opened.statusCode).toBe(201);
    const caseId = (opened.json() as { zaakId: number }).zaakId;
    if (!grant) {
      await ok(caseId, 'vs_afwijzen', {
        datumBesluit: '2025-04-01',
        toelichting: 'Geen verklaring van een arts.',
      });
      return caseId;
    }
    for (const document of ['verklaring_arts', 'advies_ggd_jgz']) {
      await ok(caseId, 'vs_stuk_ontvangen', { document, ontvangenOp: '2025-03-10' });
    }
    await ok(caseId, 'vs_advies_vragen', { adviseur: 'ggd', uiterlijk: '2025-06-30' });
    await ok(caseId, 'vs_advies_ontvangen', { uitkomst: 'positief', ontvangenOp: '2025-03-20' });
    await ok(caseId, 'vs_toekennen', {
      datumBesluit: '2025-04-01',
      geldigVan: '2025-04-07',
      geldigTot: '2026-04-06',
    });
    return caseId;
  }

  const objection = (extra: Record<string, unknown> = {}) => ({
    ontvangenOp: '2025-05-06',
    datumBesluit: '2025-04-01',
    indiener: 'ouder',
    gronden: 'De arts heeft de verklaring inmiddels gestuurd.',
    ...extra,
  });

  return {
    database,
    app,
    consulent,
    children,
    step,
    ok,
    caseRow,
    register,
    openTasks,
    letter,
    letterText,
    decided5a,
    objection,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
