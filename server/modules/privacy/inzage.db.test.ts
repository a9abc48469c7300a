// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { recordAudit } from '../audit/index.ts';
import { collectInzage } from './inzage.sql.ts';
import {
  insertCase,
  insertParent,
  insertPerson,
  insertRejection,
  insertSchool,
} from './test-data.sql.ts';

describe(`collectInzage (${testEngine()})`, () => {
  let database: Database;
  let sanne: number;
  let bare: number;
  let zaak: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    sanne = await insertPerson(database, {
      geboortedatum: '2010-05-15',
      bsn: '111222333',
      geslachtsnaam: 'Dijk',
      voornamen: 'Sanne',
    });
    const moeder = await insertPerson(database, {
      geboortedatum: '1980-01-01',
      geslachtsnaam: 'Dijk',
      voornamen: 'Petra',
    });
    bare = await insertPerson(database, { geboortedatum: '2011-01-01', bsn: '123456782' });
    await insertParent(database, sanne, moeder);
    await database.query(
      `insert into residence_periods (person_id, gemeente_code, straat, huisnummer, postcode, woonplaats, vanaf, peildatum)
       values ($1, '0546', 'Breestraat', '12', '2311CS', 'Leiden', '2010-05-15', '2025-01-01')`,
      [sanne],
    );
    const school = await insertSchool(database, '12AB', 'De Kring');
    await database.query(
      `insert into enrolments (person_id, school_id, sector, datum_inschrijving) values ($1, $2, 'VO', '2022-08-01')`,
      [sanne, school],
    );
    await database.query(
      `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van, actie_gewenst, gemeld_op, melder_naam, melder_functie)
       values ('M-001', $1, $2, 'relatief', '2025-02-03', true, '2025-02-28', 'J. Mentor', 'mentor')`,
      [sanne, school],
    );
    await database.query(
      `insert into exemptions (person_id, artikel, datum_aanvraag, besluit) values ($1, '5a', '2024-06-01', 'toegekend')`,
      [sanne],
    );
    const [user] = await database.query<{ id: number }>(
      `insert into users (gebruikersnaam, naam, rol) values ('consulent.a', 'Consulent A', 'consulent') returning id`,
    );
    zaak = await insertCase(database, sanne, { geslotenOp: '2025-06-01' });
    await database.query(`update cases set toegewezen_aan = $2 where id = $1`, [zaak, user!.id]);
    await database.query(
      `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, 'notitie', '2025-03-02', '{"tekst":"gesprek"}', $2)`,
      [zaak, user!.id],
    );
    await recordAudit(database, [
      {
        actor: 'consulent.a',
        actie: 'persons.viewed',
        onderwerpSoort: 'person',
        onderwerpId: String(sanne),
        doel: 'casework',
      },
      {
        actor: 'consulent.a',
        actie: 'persons.viewed',
        onderwerpSoort: 'person',
        onderwerpId: String(bare),
        doel: 'casework',
      },
      {
        actor: 'consulent.a',
        actie: 'cases.closed',
        onderwerpSoort: 'case',
        onderwerpId: String(zaak),
        doel: 'casework',
      },
    ]);
    await insertRejection(database, '2025-01-10', { bsn: '111222333', naam: 'Dijk' });
    await insertRejection(database, '2025-01-10', { bsn: '9111222333', naam: 'Ander' });
  });
  afterAll(() => database.close());

  it('refuses an unknown person with privacy.person_not_found', async () => {
    const error = await collectInzage(database, 999_999, '2026-03-05').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainFailure);
    expect((error as DomainFailure).error).toMatchObject({
      code: 'privacy.person_not_found',
      kind: 'not_found',
    });
  });

  it('gives every section, empty ones too, for a person with little data', async () => {
    const inzage = await collectInzage(database, bare, '2026-03-05');
    expect(inzage).toMatchObject({
      exportdatum: '2026-03-05',
      persoon: { id: bare, bsn: '123456782' },
      woonhistorie: [],
      ouders: [],
      kinderen: [],
      inschrijvingen: [],
      verzuimmeldingen: [],
      vrijstellingen: [],
      zaken: [],
      afgewezenImportregels: [],
      vrijstellingsaanvragen: [],
      verlofaanvragen: [],
      bezwaren: [],
      thuiszitperiodes: [],
      taken: [],
      vsvRegistraties: [],
      contactpogingen: [],
      eersteContacten: [],
      trajecten: [],
      proVsoNazorg: [],
      formulieren: [],
      overleggen: [],
      adviesvragen: [],
      overstapgesprekken: [],
      bestedeTijd: [],
      berichten: [],
      bewaartermijn: { verwijderen: false, regel: 'doorstroompunt', bewarenTot: '2033-12-31' },
    });
    expect(inzage.auditregels.map((a) => a.actie)).toEqual(['persons.viewed']);
  });

  it('collects every stored fact about the person, with the full BSN', async () => {
    const inzage = await collectInzage(database, sanne, '2026-03-05');
    expect(inzage.persoon).toMatchObject({
      bsn: '111222333',
      voornamen: 'Sanne',
      geboortedatum: '2010-05-15',
    });
    expect(inzage.persoon.aangemaaktOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(inzage.woonhistorie).toEqual([
      expect.objectContaining({
        gemeenteCode: '0546',
        straat: 'Breestraat',
        huisnummer: '12',
        vanaf: '2010-05-15',
      }),
    ]);
    expect(inzage.ouders).toEqual([{ naam: 'Petra Dijk', rang: 1, gezag: true }]);
    expect(inzage.inschrijvingen).toEqual([
      expect.objectContaining({
        school: 'De Kring',
        brin: '12AB',
        datumInschrijving: '2022-08-01',
      }),
    ]);
    expect(inzage.verzuimmeldingen).toEqual([
      expect.objectContaining({
        meldingnummer: 'M-001',
        school: 'De Kring',
        melderFunctie: 'mentor',
      }),
    ]);
    expect(JSON.stringify(inzage.verzuimmeldingen)).not.toContain('J. Mentor');
    expect(inzage.vrijstellingen).toEqual([
      expect.objectContaining({ artikel: '5a', besluit: 'toegekend' }),
    ]);
    expect(inzage.zaken).toEqual([
      expect.objectContaining({
        id: zaak,
        geslotenOp: '2025-06-01',
        behandelaar: 'Consulent A',
        gebeurtenissen: [
          {
            soort: 'notitie',
            datum: '2025-03-02',
            gegevens: { tekst: 'gesprek' },
            medewerker: 'Consulent A',
          },
        ],
      }),
    ]);
    expect(inzage.auditregels.map((a) => [a.actor, a.actie, a.doel])).toEqual([
      ['consulent.a', 'persons.viewed', 'casework'],
      ['consulent.a', 'cases.closed', 'casework'],
    ]);
    expect(inzage.afgewezenImportregels).toEqual([
      expect.objectContaining({
        soort: 'brp',
        importdatum: '2025-01-10',
        rij: { bsn: '111222333', naam: 'Dijk' },
      }),
    ]);
  });

  it('records the export in the audit trail without a BSN when asked', async () => {
    await collectInzage(database, sanne, '2026-03-05', { actor: 'privacy.officer' });
    const [entry] = await database.query<{
      actor: string;
      onderwerp_id: string;
      doel: string;
      details: unknown;
    }>(
      `select actor, onderwerp_id, doel, details from audit_events where actie = 'privacy.inzage_exported'`,
    );
    expect(entry).toEqual({
      actor: 'privacy.officer',
      onderwerp_id: String(sanne),
      doel: 'inzageverzoek',
      details: null,
    });
    const next = await collectInzage(database, sanne, '2026-03-05');
    expect(next.auditregels.at(-1)?.actie).toBe('privacy.inzage_exported');
  });
});
