// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { insertFamily } from '../letters/test-data.sql.ts';

const today = '2026-11-23';

describe(`exemption request end to end (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let child: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
    consulent = await signedIn(app, database, 'leerplichtconsulent');
    const family = await insertFamily(database, {
      geslachtsnaam: 'Berg',
      ouder: { voornamen: 'Petra', geboortedatum: '1984-01-01' },
      kinderen: [{ voornamen: 'Sanne', geboortedatum: '2014-02-03' }],
      adres: { straat: 'Breestraat', huisnummer: '1' },
    });
    child = family.children[0]!;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const step = (caseId: number, actie: string, velden: Record<string, unknown>) =>
    consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/stappen`,
      payload: { actie, velden },
    });
  const detail = async (caseId: number) =>
    (await consulent.inject({ method: 'GET', url: `/api/vrijstellingen/zaken/${caseId}` })).json();

  it('runs 5a from request through advice and decision to the register, renewal task, DUO record and beschikking', async () => {
    const opened = await consulent.inject({
      method: 'POST',
      url: '/api/vrijstellingen',
      payload: { persoonId: child, artikel: '5a', datumAanvraag: '2026-11-02' },
    });
    expect(opened.statusCode).toBe(201);
    const caseId = (opened.json() as { zaakId: number }).zaakId;
    expect((await detail(caseId)).checklist.map((c: { soort: string }) => c.soort)).toEqual([
      'verklaring_arts',
      'advies_ggd_jgz',
    ]);

    // Granting before the documents and the advice are in is refused, and changes nothing.
    const early = await step(caseId, 'vs_toekennen', {
      datumBesluit: today,
      geldigVan: '2026-12-01',
      geldigTot: '2027-11-30',
    });
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('Nog niet binnen');
    const [state] = await database.query<{ status: string }>(
      'select status from cases where id = $1',
      [caseId],
    );
    expect(state!.status).toBe('VRIJSTELLING_AANGEVRAAGD');

    // A document of another article does not belong on this checklist.
    expect(
      (
        await step(caseId, 'vs_stuk_ontvangen', {
          document: 'bewijs_inschrijving_mbo',
          ontvangenOp: today,
        })
      ).statusCode,
    ).toBe(422);
    for (const document of ['verklaring_arts', 'advies_ggd_jgz']) {
      expect(
        (await step(caseId, 'vs_stuk_ontvangen', { document, ontvangenOp: '2026-11-10' }))
          .statusCode,
      ).toBe(200);
    }
    expect(
      (await step(caseId, 'vs_advies_vragen', { adviseur: 'ggd', uiterlijk: '2026-12-07' }))
        .statusCode,
    ).toBe(200);
    const lijst = (await consulent.inject({ method: 'GET', url: '/api/vrijstellingen' })).json();
    expect(lijst.aanvragen[0]).toMatchObject({
      caseId,
      adviesUiterlijk: '2026-12-07',
      ontbreekt: [],
    });
    expect(
      (
        await step(caseId, 'vs_advies_ontvangen', {
          uitkomst: 'positief',
          ontvangenOp: '2026-11-20',
        })
      ).statusCode,
    ).toBe(200);
    const granted = await step(caseId, 'vs_toekennen', {
      datumBesluit: today,
      geldigVan: '2026-12-01',
      geldigTot: '2027-11-30',
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toEqual({ toestand: 'VRIJSTELLING_LOOPT' });

    const [row] = await database.query<{ besluit: string; geldig_tot: string; case_id: number }>(
      `select besluit, to_char(geldig_tot, 'YYYY-MM-DD') as geldig_tot, case_id from exemptions where person_id = $1`,
      [child],
    );
    expect(row).toEqual({ besluit: 'toegekend', geldig_tot: '2027-11-30', case_id: caseId });

    const tasks = await database.query<{ soort: string; vervalt_op: string; open: boolean }>(
      `select soort, to_char(vervalt_op, 'YYYY-MM-DD') as vervalt_op, gedaan_op is null as open from tasks where case_id = $1 order by id`,
      [caseId],
    );
    expect(tasks).toEqual([
      { soort: 'vrijstelling_beslissen', vervalt_op: '2026-12-28', open: false },
      { soort: 'advies_termijn', vervalt_op: '2026-12-07', open: false },
      { soort: 'verlenging_vrijstelling', vervalt_op: '2027-08-30', open: true },
    ]);

    const register = async (peildatum: string) =>
      (
        await consulent.inject({
          method: 'GET',
          url: `/api/vrijstellingen/register?peildatum=${peildatum}`,
        })
      ).json().vrijstellingen as { caseId: number }[];
    expect(await register('2026-11-30')).toEqual([]);
    expect((await register('2026-12-01')).map((v) => v.caseId)).toEqual([caseId]);
    expect(await register('2027-12-01')).toEqual([]);

    const admin = await signedIn(app, database, 'administratief_medewerker');
    const duo = (
      await admin.inject({ method: 'GET', url: '/api/vrijstellingen/duo-registraties' })
    ).json();
    expect(duo.registraties).toHaveLength(1);
    expect(duo.registraties[0]).toMatchObject({
      artikel: '5a',
      besluit: 'toegekend',
      geldigTot: '2027-11-30',
    });
    const sent = await admin.inject({
      method: 'POST',
      url: '/api/vrijstellingen/duo-registraties/verzonden',
      payload: { ids: [duo.registraties[0].id] },
    });
    expect(sent.json()).toEqual({ gemarkeerd: 1 });
    expect(
      (await admin.inject({ method: 'GET', url: '/api/vrijstellingen/duo-registraties' })).json()
        .registraties,
    ).toEqual([]);

    const letter = await consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/beschikking`,
    });
    expect(letter.statusCode).toBe(201);
    expect(letter.json()).toMatchObject({ sleutel: 'beschikking_vrijstelling_toegekend' });
    const [stored] = await database.query<{ reden: string }>(
      `select gegevens->>'reden' as reden from letters where case_id = $1`,
      [caseId],
    );
    expect(stored!.reden).toContain('1 december 2026 tot en met 30 november 2027');

    // Ending the exemption early shortens it in the register and makes the DUO record pending again.
    expect(
      (await step(caseId, 'vs_beeindigen', { datum: '2027-03-31', reden: 'ingeschreven' }))
        .statusCode,
    ).toBe(200);
    expect(await register('2027-04-01')).toEqual([]);
    expect(
      (await admin.inject({ method: 'GET', url: '/api/vrijstellingen/duo-registraties' })).json()
        .registraties,
    ).toHaveLength(1);
  });

  it('rejects with a letter, keeps maatwerk out of the DUO records, and a renewal opens a herhalingsverzoek', async () => {
    const open = async (artikel: string, datumAanvraag: string) =>
      (
        await consulent.inject({
          method: 'POST',
          url: '/api/vrijstellingen',
          payload: { persoonId: child, artikel, datumAanvraag },
        })
      ).json().zaakId as number;
    const rejected = await open('5c', '2026-11-03');
    expect(
      (
        await step(rejected, 'vs_afwijzen', {
          datumBesluit: today,
          toelichting: 'Geen verklaring van de school.',
        })
      ).statusCode,
    ).toBe(200);
    const [r] = await database.query<{ besluit: string }>(
      'select besluit from exemptions where case_id = $1',
      [rejected],
    );
    expect(r!.besluit).toBe('afgewezen');
    const letter = await consulent.inject({
      method: 'POST',
      url: `/api/zaken/${rejected}/beschikking`,
    });
    expect(letter.json()).toMatchObject({ sleutel: 'beschikking_vrijstelling_afgewezen' });

    const maatwerk = await open('maatwerk', '2026-11-04');
    await step(maatwerk, 'vs_stuk_ontvangen', {
      document: 'onderbouwing_maatwerk',
      ontvangenOp: today,
    });
    expect(
      (
        await step(maatwerk, 'vs_toekennen', {
          datumBesluit: today,
          geldigVan: today,
          geldigTot: '2027-02-28',
        })
      ).statusCode,
    ).toBe(200);
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const artikelen = (
      await admin.inject({ method: 'GET', url: '/api/vrijstellingen/duo-registraties' })
    )
      .json()
      .registraties.map((x: { artikel: string }) => x.artikel);
    expect(artikelen).not.toContain('maatwerk');
    expect(artikelen).toContain('5c');

    expect(
      (
        await step(maatwerk, 'vs_verlengingsoverleg', {
          datum: '2026-12-01',
          uitkomst: 'verlengen',
        })
      ).statusCode,
    ).toBe(200);
    const [renewal] = await database.query<{ herhalingsverzoek: boolean; artikel: string }>(
      `select herhalingsverzoek, artikel from exemption_requests where datum_aanvraag = '2026-12-01'`,
    );
    expect(renewal).toEqual({ herhalingsverzoek: true, artikel: 'maatwerk' });
  });

  it('refuses requests for unknown articles and from roles that may not work cases', async () => {
    const bad = await consulent.inject({
      method: 'POST',
      url: '/api/vrijstellingen',
      payload: { persoonId: child, artikel: '11g', datumAanvraag: today },
    });
    expect(bad.statusCode).toBe(400);
    const beleid = await signedIn(app, database, 'beleidsmedewerker');
    expect((await beleid.inject({ method: 'GET', url: '/api/vrijstellingen' })).statusCode).toBe(
      403,
    );
  });
});
