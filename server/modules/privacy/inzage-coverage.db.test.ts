// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { collectInzage } from './inzage.sql.ts';
import type { Inzage } from './inzage-types.ts';
import { insertCase, insertPerson, insertSchool } from './test-data.sql.ts';
import { insertWorkRows, type WorkRows } from './test-data-work.sql.ts';

/** Where each table with a `person_id` or `case_id` column shows up in the inzage. */
const COVERED: Record<string, (i: Inzage) => unknown[]> = {
  residence_periods: (i) => i.woonhistorie,
  enrolments: (i) => i.inschrijvingen,
  absence_reports: (i) => i.verzuimmeldingen,
  exemptions: (i) => i.vrijstellingen,
  cases: (i) => i.zaken,
  case_events: (i) => i.zaken.flatMap((z) => z.gebeurtenissen),
  letters: (i) => i.zaken.flatMap((z) => z.brieven),
  appointments: (i) => i.zaken.flatMap((z) => z.afspraken),
  tasks: (i) => i.taken,
  outbox_messages: (i) => i.berichten,
  exemption_requests: (i) => i.vrijstellingsaanvragen,
  leave_requests: (i) => i.verlofaanvragen,
  objections: (i) => i.bezwaren,
  thuiszitter_episodes: (i) => i.thuiszitperiodes,
  vsv_registrations: (i) => i.vsvRegistraties,
  doorstroompunt_contacts: (i) => i.contactpogingen,
  doorstroompunt_first_contacts: (i) => i.eersteContacten,
  doorstroompunt_trajectories: (i) => i.trajecten,
  pro_vso_follow_ups: (i) => i.proVsoNazorg,
  form_submissions: (i) => i.formulieren,
  office_meetings: (i) => i.overleggen,
  office_advice_questions: (i) => i.adviesvragen,
  office_transfer_reviews: (i) => i.overstapgesprekken,
  office_time_entries: (i) => i.bestedeTijd,
};

/** Tables with a person or case column the inzage leaves out on purpose, and why. */
const EXCLUDED: Record<string, string> = {
  // Only the SHA-256 of a single-use link token, its form and expiry: nothing about the person.
  form_tokens: 'token hash',
};

describe(`inzage covers every table with person data (${testEngine()})`, () => {
  let database: Database;
  let sanne: number;
  let other: number;
  let rows: WorkRows;

  beforeAll(async () => {
    database = await createTestDatabase();
    const s = await insertSchool(database, '12AB', 'De Kring');
    const [user] = await database.query<{ id: number }>(
      `insert into users (gebruikersnaam, naam, rol) values ('consulent.a', 'Consulent A', 'consulent') returning id`,
    );
    const u = user!.id;
    sanne = await insertPerson(database, { geboortedatum: '2008-05-15', bsn: '111222333' });
    other = await insertPerson(database, { geboortedatum: '2008-06-01', bsn: '123456782' });
    for (const [p, tag] of [
      [sanne, 'sanne'],
      [other, 'ander'],
    ] as const) {
      const c = await insertCase(database, p, { geslotenOp: '2025-06-01' });
      await database.query(
        `insert into residence_periods (person_id, gemeente_code, peildatum) values ($1, '0546', '2025-01-01')`,
        [p],
      );
      await database.query(
        `insert into enrolments (person_id, school_id, sector, datum_inschrijving) values ($1, $2, 'VO', '2022-08-01')`,
        [p, s],
      );
      await database.query(
        `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van, actie_gewenst, gemeld_op)
         values ($1, $2, $3, 'relatief', '2025-02-03', true, '2025-02-28')`,
        [`M-${tag}`, p, s],
      );
      await database.query(
        `insert into exemptions (person_id, artikel, datum_aanvraag, besluit) values ($1, '5a', '2024-06-01', 'toegekend')`,
        [p],
      );
      await database.query(
        `insert into case_events (case_id, soort, datum) values ($1, 'notitie', '2025-03-02')`,
        [c],
      );
      const made = await insertWorkRows(database, { p, c, s, u }, tag);
      if (p === sanne) rows = made;
    }
  });
  afterAll(() => database.close());

  it('lists every table with a person_id or case_id column as covered or deliberately excluded', async () => {
    const found = await database.query<{ table_name: string }>(
      `select distinct table_name from information_schema.columns
       where table_schema = current_schema() and column_name in ('person_id', 'case_id')
       order by table_name`,
    );
    // A new table with person data must be added to the inzage (and COVERED) or to EXCLUDED with a reason.
    expect(found.map((r) => r.table_name)).toEqual(
      [...Object.keys(COVERED), ...Object.keys(EXCLUDED)].sort(),
    );
  });

  it('exports exactly one row of every covered table for the person, none of the other', async () => {
    const inzage = await collectInzage(database, sanne, '2026-03-05');
    for (const [table, rowsOf] of Object.entries(COVERED)) {
      expect(rowsOf(inzage), table).toHaveLength(1);
    }
    expect(JSON.stringify(inzage)).not.toMatch(/ander|123456782/);
  });

  it('shows the later modules’ rows with ids, dates and their sub-rows', async () => {
    const inzage = await collectInzage(database, sanne, '2026-03-05');
    const zaak = inzage.zaken[0]!.id;
    expect(inzage.vrijstellingsaanvragen[0]).toMatchObject({
      zaakId: zaak,
      artikel: '5a',
      documenten: [{ soort: 'verklaring_arts', ontvangenOp: '2025-01-20' }],
    });
    expect(inzage.verlofaanvragen[0]).toMatchObject({ school: 'De Kring', van: '2025-05-12' });
    expect(inzage.bezwaren[0]).toMatchObject({ gronden: 'gronden sanne', tijdig: true });
    expect(inzage.thuiszitperiodes[0]!.drempeltaken).toEqual([
      { taakId: rows.taskId, drempel: '4_weken' },
    ]);
    expect(inzage.taken[0]).toMatchObject({ id: rows.taskId, omschrijving: 'Huisbezoek sanne' });
    expect(inzage.vsvRegistraties[0]).toMatchObject({ zaakId: zaak, datumUitval: '2024-10-01' });
    expect(inzage.overleggen[0]).toMatchObject({ id: rows.meetingId, aantalDeelnemers: 3 });
    expect(inzage.adviesvragen[0]).toMatchObject({ id: rows.adviceId, onderwerp: 'vraag sanne' });
    expect(inzage.bestedeTijd[0]).toMatchObject({ id: rows.timeEntryId, minuten: 45 });
  });

  it('lists uploads without bytes and leaves out the submitter’s name, the address and message text', async () => {
    const inzage = await collectInzage(database, sanne, '2026-03-05');
    expect(inzage.formulieren[0]).toMatchObject({
      id: rows.submissionId,
      referentie: 'VL-sanne',
      ingediendOp: '2025-04-02T08:00:00Z',
      antwoorden: { reden: 'bruiloft sanne' },
      bijlagen: [expect.objectContaining({ bestandsnaam: 'uitnodiging-sanne.pdf', grootte: 2048 })],
    });
    expect(inzage.berichten[0]).toMatchObject({ kanaal: 'email', status: 'verzonden' });
    const json = JSON.stringify(inzage);
    for (const hidden of [
      'Ouder sanne',
      'o.sanne@x.nl',
      'ouder.sanne@example.nl',
      'tok3n',
      'opslagnaam',
      'sha256',
    ]) {
      expect(json).not.toContain(hidden);
    }
  });
});
