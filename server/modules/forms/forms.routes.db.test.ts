// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/sign-in.ts';
import { suiteTempDir } from '../../test/suite-temp-dir.ts';
import { testEngine } from '../../test/test-database.ts';
import { caseworkFixture, type CaseworkFixture } from '../casework/casework-fixture.sql.ts';
import { invitationLink } from './appointment-qr.sql.ts';

const PDF = Buffer.from('%PDF-1.4\n%test\n');
const EXE = Buffer.from('MZ\x90\x00 not a pdf');

function multipartBody(
  antwoorden: object,
  files: { veld: string; name: string; content: Buffer }[] = [],
  extra: Record<string, string> = {},
) {
  const boundary = '----formtest';
  const chunks: Buffer[] = [];
  const field = (name: string, value: string) =>
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  field('antwoorden', JSON.stringify(antwoorden));
  for (const [k, v] of Object.entries(extra)) field(k, v);
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.veld}"; filename="${f.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const parent = { ouderNaam: 'A. Ouder', email: 'ouder@example.nl' };
const verlof = {
  bsn: '111222333',
  geboortedatum: '2012-03-04',
  school: 'De Regenboog',
  van: '2026-12-01',
  totEnMet: '2026-12-18',
  reden: 'Begrafenis van opa in het buitenland',
  ...parent,
};

describe(`web forms (${testEngine()})`, () => {
  const dataDir = suiteTempDir('forms-');
  let f: CaseworkFixture;
  beforeAll(async () => {
    process.env.AANWEZIG_DATA_DIR = dataDir();
    f = await caseworkFixture();
  });
  afterAll(async () => {
    await f.app.close();
    await f.database.close();
  });
  const post = (url: string, body: ReturnType<typeof multipartBody>) =>
    f.app.inject({ method: 'POST', url, ...body });

  it('serves the current version and checks answers without storing anything', async () => {
    const def = await f.app.inject({ method: 'GET', url: '/api/formulieren/verlof' });
    expect(def.json()).toMatchObject({ formulier: 'verlof', versie: 1 });
    const checked = await f.app.inject({
      method: 'POST',
      url: '/api/formulieren/verlof/controle',
      payload: { antwoorden: { ...verlof, bsn: '111222334', totEnMet: '2026-12-04' } },
    });
    expect(
      checked
        .json()
        .fouten.map((x: { veld: string }) => x.veld)
        .sort(),
    ).toEqual(['bsn', 'totEnMet']);
    const [n] = await f.database.query<{ n: number }>(
      'select count(*)::int as n from form_submissions',
    );
    expect(n!.n).toBe(0);
  });

  it('turns a matched leave request into a verlof case with a task and a receipt', async () => {
    const res = await post('/api/formulieren/verlof', multipartBody(verlof));
    expect(res.statusCode).toBe(201);
    const { referentie } = res.json<{ referentie: string }>();
    expect(referentie).toMatch(/^VL-[2-9A-Z]{8}$/);
    const [s] = await f.database.query<{
      status: string;
      soort: string;
      taskId: number | null;
      versie: number;
    }>(
      `select s.status, c.soort, s.task_id as "taskId", s.versie from form_submissions s join cases c on c.id = s.case_id
        where s.referentie = $1`,
      [referentie],
    );
    expect(s).toMatchObject({ status: 'gekoppeld', soort: 'verlof', versie: 1 });
    expect(s!.taskId).not.toBeNull();
    const mail = await f.database.query<{ inhoud: string }>(
      `select inhoud from outbox_messages where aan = 'ouder@example.nl'`,
    );
    expect(mail[0]!.inhoud).toContain(referentie);
    expect(mail[0]!.inhoud).not.toContain('111222333');
  });

  it('answers an unknown BSN the same way and files it in the worklist, to link by hand', async () => {
    const res = await post(
      '/api/formulieren/verlof',
      multipartBody({ ...verlof, bsn: '999999990' }),
    );
    expect(res.statusCode).toBe(201);
    const staff = await signedIn(f.app, f.database, 'administratief_medewerker');
    const list = await staff.inject({ method: 'GET', url: '/api/inzendingen' });
    const open = list.json().nietGekoppeld as { id: number; referentie: string; bsn: string }[];
    expect(open.map((o) => o.referentie)).toEqual([res.json().referentie]);
    expect(open[0]!.bsn).toBe('******990');
    // No known person means no gemeente to limit who sees it: consultants do not, the intake desk does.
    const theirs = await f.consulent.inject({ method: 'GET', url: '/api/inzendingen' });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().nietGekoppeld).toEqual([]);
    expect(
      (await f.consulent.inject({ method: 'GET', url: `/api/inzendingen/${open[0]!.id}` }))
        .statusCode,
    ).toBe(403);
    // The doorstroomcoach links only the young people's own help requests, not a leave request.
    const coach = await signedIn(f.app, f.database, 'doorstroomcoach');
    expect(
      (await coach.inject({ method: 'GET', url: '/api/inzendingen' })).json().nietGekoppeld,
    ).toEqual([]);
    for (const [method, url] of [
      ['GET', `/api/inzendingen/${open[0]!.id}`],
      ['POST', `/api/inzendingen/${open[0]!.id}/koppeling`],
    ] as const) {
      const refused = await coach.inject({ method, url, payload: { bsn: '123456782' } });
      expect(refused.statusCode).toBe(404);
    }
    const detail = await staff.inject({ method: 'GET', url: `/api/inzendingen/${open[0]!.id}` });
    expect(detail.json().vragen).toContainEqual({
      vraag: 'Reden van het verlof',
      antwoord: verlof.reden,
    });
    const linked = await staff.inject({
      method: 'POST',
      url: `/api/inzendingen/${open[0]!.id}/koppeling`,
      payload: { bsn: '123456782' },
    });
    expect(linked.statusCode).toBe(200);
    const again = await staff.inject({ method: 'GET', url: '/api/inzendingen' });
    expect(again.json().nietGekoppeld).toEqual([]);
    const panel = await f.consulent.inject({
      method: 'GET',
      url: `/api/zaken/${linked.json().zaakId}/inzendingen`,
    });
    expect(panel.json().inzendingen[0].titel).toBe('Verlof aanvragen voor meer dan 10 schooldagen');
  });

  it('takes an exemption request with a PDF and refuses a program renamed to .pdf', async () => {
    const answers = {
      bsn: '123456782',
      geboortedatum: '2013-05-06',
      artikel: '5a',
      herhalingsverzoek: 'nee',
      ...parent,
    };
    const bad = await post(
      '/api/formulieren/vrijstelling',
      multipartBody(answers, [{ veld: 'bewijsstuk', name: 'brief.pdf', content: EXE }]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([
      {
        path: 'bewijsstuk',
        message: 'Dit soort bestand kunnen wij niet gebruiken. Kies een PDF, JPG of PNG.',
      },
    ]);
    const missing = await post('/api/formulieren/vrijstelling', multipartBody(answers));
    expect(missing.json().error.details.fields[0].path).toBe('bewijsstuk');
    const ok = await post(
      '/api/formulieren/vrijstelling',
      multipartBody(answers, [{ veld: 'bewijsstuk', name: '../../verklaring.pdf', content: PDF }]),
    );
    expect(ok.statusCode).toBe(201);
    const [u] = await f.database.query<{
      bestandsnaam: string;
      mediatype: string;
      caseId: number;
      id: number;
    }>(
      `select u.id, u.bestandsnaam, u.mediatype, s.case_id as "caseId" from form_uploads u join form_submissions s on s.id = u.submission_id`,
    );
    expect(u).toMatchObject({ bestandsnaam: 'verklaring.pdf', mediatype: 'application/pdf' });
    const file = await f.consulent.inject({
      method: 'GET',
      url: `/api/zaken/${u!.caseId}/inzendingen/bestanden/${u!.id}`,
    });
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const [c] = await f.database.query<{ soort: string }>('select soort from cases where id = $1', [
      u!.caseId,
    ]);
    expect(c!.soort).toBe('vrijstelling');
  });

  it('stores nothing when the honeypot is filled in, but answers as usual', async () => {
    const before = await f.database.query<{ n: number }>(
      'select count(*)::int as n from form_submissions',
    );
    const res = await post(
      '/api/formulieren/hulpvraag',
      multipartBody(
        { bsn: '111222333', geboortedatum: '2012-03-04', vraag: 'x', email: 'a@b.nl' },
        [],
        { website: 'http://spam' },
      ),
    );
    expect(res.statusCode).toBe(201);
    const after = await f.database.query<{ n: number }>(
      'select count(*)::int as n from form_submissions',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('feedback links work once', async () => {
    const made = await f.consulent.inject({
      method: 'POST',
      url: `/api/zaken/${f.caseId}/feedbacklinks`,
    });
    expect(made.statusCode).toBe(201);
    const token = (made.json().link as string).split('/').pop()!;
    const url = `/api/formulieren/feedback/link/${token}`;
    expect((await f.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    const payload = { antwoorden: { gesprek: '4', gehoord: '5', opmerking: 'Fijn' } };
    expect((await f.app.inject({ method: 'POST', url, payload })).statusCode).toBe(201);
    expect((await f.app.inject({ method: 'POST', url, payload })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    const [t] = await f.database.query<{ n: number }>(
      `select count(*)::int as n from tasks where case_id = $1 and soort = 'feedback_lezen'`,
      [f.caseId],
    );
    expect(t!.n).toBe(1);
  });

  it('a school files beginnend verzuim as a melding through the import path', async () => {
    const school = await signedIn(f.app, f.database, 'school', { brin: '12AB' });
    const antwoorden = {
      bsn: '123456782',
      geboortedatum: '2013-05-06',
      verzuimVan: '2026-11-02',
      verzuimUren: '10',
      verwijtbaar: 'ja',
      herhaald: 'ja',
      zorg: 'ja',
      doelmatig: 'ja',
      melderNaam: 'M. Mentor',
      melderFunctie: 'mentor',
      melderEmail: 'mentor@school.nl',
    };
    const missing = await school.inject({
      method: 'POST',
      url: '/api/school/formulieren/beginnend-verzuim',
      payload: { antwoorden },
    });
    expect(missing.json().error.details.fields).toEqual([
      { path: 'actieSchool', message: 'Beantwoord de vraag: Wat heeft de school al gedaan?' },
    ]);
    const res = await school.inject({
      method: 'POST',
      url: '/api/school/formulieren/beginnend-verzuim',
      payload: { antwoorden: { ...antwoorden, actieSchool: 'Gesprek met ouders op 5 november' } },
    });
    expect(res.statusCode).toBe(201);
    const [m] = await f.database.query<{ verzuimsoort: string; actie: string }>(
      `select verzuimsoort, actie_school as actie from absence_reports where meldingnummer = $1`,
      [res.json().referentie],
    );
    expect(m).toEqual({ verzuimsoort: 'beginnend', actie: 'Gesprek met ouders op 5 november' });
    const twice = await school.inject({
      method: 'POST',
      url: '/api/school/formulieren/beginnend-verzuim',
      payload: { antwoorden: { ...antwoorden, actieSchool: 'nog een keer' } },
    });
    expect(twice.statusCode).toBe(422);
    const consultant = await f.consulent.inject({
      method: 'POST',
      url: '/api/school/formulieren/beginnend-verzuim',
      payload: { antwoorden },
    });
    expect(consultant.statusCode).toBe(403);
  });
  it('an invitee asks for another time through the existing appointment link', async () => {
    const planned = await f.consulent.inject({
      method: 'POST',
      url: `/api/zaken/${f.caseId}/afspraken`,
      payload: { tijdstip: '2027-03-10T10:00:00+01:00', locatie: 'Stadskantoor', contact: {} },
    });
    const token = (planned.json().link as string).split('/').pop()!;
    const res = await f.app.inject({
      method: 'POST',
      url: `/api/afspraken/link/${token}`,
      payload: { keuze: 'ander_moment', voorkeur: 'dinsdag na 15 uur' },
    });
    expect(res.json().status).toBe('geannuleerd');
    const [task] = await f.database.query<{ omschrijving: string }>(
      `select omschrijving from tasks where case_id = $1 and soort = 'afspraak_ander_moment'`,
      [f.caseId],
    );
    expect(task!.omschrijving).toContain('dinsdag na 15 uur');
  });
  it('the QR code on an invitation letter answers the appointment', async () => {
    await f.consulent.inject({
      method: 'POST',
      url: `/api/zaken/${f.caseId}/afspraken`,
      payload: { tijdstip: '2027-03-17T10:00:00+01:00', locatie: 'Stadskantoor', contact: {} },
    });
    const link = await invitationLink(f.database, f.caseId, 'https://aanwezig.example/');
    expect(link).toMatch(/^https:\/\/aanwezig\.example\/afspraak\/[A-Za-z0-9_-]{43}$/);
    const url = `/api/afspraken/link/${link!.split('/').pop()}`;
    expect((await f.app.inject({ method: 'GET', url })).json()).toMatchObject({
      datum: '2027-03-17',
      status: 'gepland',
    });
    const res = await f.app.inject({ method: 'POST', url, payload: { keuze: 'bevestigen' } });
    expect(res.json().status).toBe('bevestigd');
    expect(
      (await f.app.inject({ method: 'GET', url: '/api/afspraken/link/' + 'x'.repeat(43) }))
        .statusCode,
    ).toBe(404);
  });
});
