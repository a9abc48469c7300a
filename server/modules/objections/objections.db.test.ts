// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/sign-in.ts';
import { testEngine } from '../../test/test-database.ts';
import { openLeaveRequest } from '../leave/open-request.sql.ts';
import { hasPdftotext, pdfText } from '../letters/test-pdf-text.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { objectionIndicators } from './indicators.sql.ts';
import { objectionFixture, type ObjectionFixture } from './objection-fixture.sql.ts';

// A fixed day in the past: opening dates must come from the caller, never the database clock.
const today = '2025-06-02';

describe(`bezwaar against an exemption or leave decision (${testEngine()})`, () => {
  let f: ObjectionFixture;
  beforeAll(async () => {
    f = await objectionFixture(today);
  });
  afterAll(() => f.close());

  it('a rejected 5a request granted on objection writes the register and reopens the closed case', async () => {
    const person = f.children[0]!;
    const caseId = await f.decided5a(person, false);
    expect(await f.caseRow(caseId)).toEqual({ status: 'AFGESLOTEN', gesloten: today });

    expect(await f.ok(caseId, 'vs_bezwaar_ontvangen', f.objection())).toBe('BEZWAAR');
    expect(await f.caseRow(caseId)).toEqual({ status: 'BEZWAAR', gesloten: null });
    // Term ends 2025-05-13; decide 6 weeks after that.
    expect(await f.openTasks(caseId)).toEqual([{ soort: 'bezwaar_beslissen', op: '2025-06-24' }]);
    const [event] = await f.database.query<{ gegevens: { tijdig: boolean; uitleg: string[] } }>(
      `select gegevens from case_events where case_id = $1 and soort = 'bezwaar_ontvangen'`,
      [caseId],
    );
    expect(event!.gegevens.tijdig).toBe(true);
    expect(event!.gegevens.uitleg.join(' ')).toContain('art. 7:10 lid 1 Awb');
    const receipt = await f.letter(caseId, 'ontvangst');
    expect(receipt.statusCode, receipt.body).toBe(201);
    expect(await f.letterText(caseId, 'bezwaar_ontvangstbevestiging')).toContain(
      'Wij beslissen uiterlijk op 24 juni 2025',
    );
    expect((await f.letter(caseId, 'beslissing')).statusCode).toBe(409);

    // No decision before the hearing (art. 7:2), and a grant needs its period.
    const unheard = await f.step(caseId, 'vs_bezwaar_beslissen', {
      datum: today,
      uitkomst: 'gegrond',
      geldigVan: '2025-06-09',
      geldigTot: '2026-06-08',
      toelichting: 'Verklaring ontvangen.',
    });
    expect(unheard.statusCode).toBe(422);
    expect(unheard.body).toContain('7:2');
    await f.ok(caseId, 'vs_bezwaar_horen', { datum: '2025-05-20' });
    const noPeriod = await f.step(caseId, 'vs_bezwaar_beslissen', {
      datum: today,
      uitkomst: 'gegrond',
      toelichting: 'Verklaring ontvangen.',
    });
    expect(noPeriod.statusCode).toBe(422);
    expect(await f.register(person)).toMatchObject({ besluit: 'afgewezen' });

    expect(
      await f.ok(caseId, 'vs_bezwaar_beslissen', {
        datum: today,
        uitkomst: 'gegrond',
        geldigVan: '2025-06-09',
        geldigTot: '2026-06-08',
        toelichting: 'De verklaring van de arts en het advies van de GGD zijn er nu.',
      }),
    ).toBe('VRIJSTELLING_LOOPT');
    expect(await f.register(person)).toEqual({
      besluit: 'toegekend',
      van: '2025-06-09',
      tot: '2026-06-08',
    });
    expect(await f.openTasks(caseId)).toEqual([
      { soort: 'verlenging_vrijstelling', op: '2026-03-08' },
    ]);
    expect(await f.caseRow(caseId)).toEqual({ status: 'VRIJSTELLING_LOOPT', gesloten: null });
    expect((await f.letter(caseId, 'beslissing')).statusCode).toBe(201);
    const text = await f.letterText(caseId, 'beslissing_op_bezwaar');
    expect(text).toContain('Uw bezwaar is gegrond');
    expect(text).toContain('9 juni 2025 tot en met 8 juni 2026');
    expect(text).toContain('Beroep instellen kan tot en met 14 juli 2025');
    if (hasPdftotext()) {
      const [pdf] = await f.database.query<{ pdf: Uint8Array }>(
        `select l.pdf from letters l join letter_templates t on t.id = l.template_id
          where l.case_id = $1 and t.sleutel = 'beslissing_op_bezwaar'`,
        [caseId],
      );
      const flat = pdfText(pdf!.pdf, { layout: false }).replace(/\s+/g, ' ');
      expect(flat).toContain('Beslissing op uw bezwaar');
      expect(flat).toContain('beroep instellen bij de rechtbank');
      expect(flat).toContain('Uw bezwaar is gegrond');
    }
    const history = await f.database.query<{ van: string; naar: string }>(
      `select gegevens->>'van' as van, gegevens->>'naar' as naar from case_events
        where case_id = $1 and soort = 'status' order by id`,
      [caseId],
    );
    expect(history.slice(-3)).toEqual([
      { van: 'VRIJSTELLING_AANGEVRAAGD', naar: 'AFGESLOTEN' },
      { van: 'AFGESLOTEN', naar: 'BEZWAAR' },
      { van: 'BEZWAAR', naar: 'VRIJSTELLING_LOOPT' },
    ]);
  });

  it('an objection against a running grant: ongegrond keeps it running, gegrond ends it', async () => {
    const person = f.children[1]!;
    const caseId = await f.decided5a(person, true);
    await f.ok(
      caseId,
      'vs_bezwaar_ontvangen',
      f.objection({ indiener: 'andere_ouder', gronden: 'Ik ben het niet eens.' }),
    );
    // Kennelijk ongegrond fits only ongegrond.
    await f.ok(caseId, 'vs_bezwaar_niet_horen', { grond: 'kennelijk_ongegrond' });
    const wrong = await f.step(caseId, 'vs_bezwaar_beslissen', {
      datum: today,
      uitkomst: 'gegrond',
      toelichting: 'x',
    });
    expect(wrong.statusCode).toBe(422);
    expect(
      await f.ok(caseId, 'vs_bezwaar_beslissen', {
        datum: today,
        uitkomst: 'ongegrond',
        toelichting: 'Geen nieuwe feiten.',
      }),
    ).toBe('VRIJSTELLING_LOOPT');
    expect(await f.register(person)).toEqual({
      besluit: 'toegekend',
      van: '2025-04-07',
      tot: '2026-04-06',
    });
    expect((await f.openTasks(caseId)).map((t) => t.soort)).toEqual(['verlenging_vrijstelling']);

    await f.ok(
      caseId,
      'vs_bezwaar_ontvangen',
      f.objection({ indiener: 'school', gronden: 'Het kind kan wel naar school.' }),
    );
    await f.ok(caseId, 'vs_bezwaar_horen', { datum: '2025-05-20' });
    expect(
      await f.ok(caseId, 'vs_bezwaar_beslissen', {
        datum: today,
        uitkomst: 'gegrond',
        toelichting: 'Nieuw advies.',
      }),
    ).toBe('AFGESLOTEN');
    expect(await f.register(person)).toEqual({
      besluit: 'toegekend',
      van: '2025-04-07',
      tot: '2025-06-01',
    });
    expect(await f.openTasks(caseId)).toEqual([]);
    expect(await f.caseRow(caseId)).toEqual({ status: 'AFGESLOTEN', gesloten: today });
    const [counts] = await f.database.query<{ n: number }>(
      `select count(*)::int as n from objections where case_id = $1 and uitkomst is not null`,
      [caseId],
    );
    expect(counts!.n).toBe(2);
    const list = await f.consulent.inject({ method: 'GET', url: `/api/zaken/${caseId}/bezwaren` });
    expect(list.statusCode).toBe(200);
    expect(
      (list.json() as { bezwaren: { indiener: string; uitkomst: string }[] }).bezwaren.map((b) => [
        b.indiener,
        b.uitkomst,
      ]),
    ).toEqual([
      ['school', 'gegrond'],
      ['andere_ouder', 'ongegrond'],
    ]);
    const elsewhere = await signedIn(f.app, f.database, 'leerplichtconsulent', {
      gemeenten: ['0547'],
    });
    expect(
      (await elsewhere.inject({ method: 'GET', url: `/api/zaken/${caseId}/bezwaren` })).statusCode,
    ).toBe(404);
  });

  it('a late objection is niet-ontvankelijk unless verschoonbaar; a withdrawn request has nothing to object to', async () => {
    const caseId = await f.decided5a(f.children[2]!, false);
    // Term ended 2025-05-13; received 2025-05-20 without a postmark in time.
    await f.ok(caseId, 'vs_bezwaar_ontvangen', f.objection({ ontvangenOp: '2025-05-20' }));
    await f.ok(caseId, 'vs_bezwaar_niet_horen', { grond: 'afstand' });
    const late = await f.step(caseId, 'vs_bezwaar_beslissen', {
      datum: today,
      uitkomst: 'ongegrond',
      toelichting: 'x',
    });
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain('6:11');
    expect(
      await f.ok(caseId, 'vs_bezwaar_beslissen', {
        datum: today,
        uitkomst: 'niet_ontvankelijk',
        toelichting: 'Te laat.',
      }),
    ).toBe('AFGESLOTEN');
    expect(await f.register(f.children[2]!)).toMatchObject({ besluit: 'afgewezen' });

    // Posted in time and received within a week: in time (art. 6:9 lid 2).
    const posted = await f.decided5a(f.children[3]!, false);
    await f.ok(
      posted,
      'vs_bezwaar_ontvangen',
      f.objection({ ontvangenOp: '2025-05-19', gepostOp: '2025-05-13' }),
    );
    const [row] = await f.database.query<{ tijdig: boolean }>(
      'select tijdig from objections where case_id = $1',
      [posted],
    );
    expect(row!.tijdig).toBe(true);
    expect(await f.ok(posted, 'vs_bezwaar_ingetrokken', { datum: '2025-05-26' })).toBe(
      'AFGESLOTEN',
    );

    const opened = await f.consulent.inject({
      method: 'POST',
      url: '/api/vrijstellingen',
      payload: { persoonId: f.children[4]!, artikel: '5a', datumAanvraag: '2025-03-03' },
    });
    const withdrawn = (opened.json() as { zaakId: number }).zaakId;
    await f.ok(withdrawn, 'vs_ingetrokken', { toelichting: 'Ouders trekken de aanvraag in.' });
    const none = await f.step(withdrawn, 'vs_bezwaar_ontvangen', f.objection());
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('geen besluit');
  });

  it('leave: opened on the caller’s day; a refusal objected to, postponed once, granted on objection', async () => {
    const { caseId } = await f.database.transaction((tx) =>
      openLeaveRequest(tx, {
        personId: f.children[4]!,
        van: '2025-09-15',
        totEnMet: '2025-10-03',
        reden: 'Begrafenis in het buitenland',
        bron: 'medewerker',
        actor: 'test',
        today: '2025-03-31',
      }),
    );
    const [opened] = await f.database.query<{ geopend: string; event: string }>(
      `select to_char(c.geopend_op, 'YYYY-MM-DD') as geopend,
              (select to_char(e.datum, 'YYYY-MM-DD') from case_events e where e.case_id = c.id and e.soort = 'verlof_aangevraagd') as event
         from cases c where c.id = $1`,
      [caseId],
    );
    expect(opened).toEqual({ geopend: '2025-03-31', event: '2025-03-31' });

    await f.ok(caseId, 'vl_school_horen', { datum: '2025-03-25', standpunt: 'bezwaar' });
    await f.ok(caseId, 'vl_weigeren', {
      datumBesluit: '2025-04-01',
      toelichting: 'Geen gewichtige omstandigheden.',
    });
    await f.ok(caseId, 'vl_bezwaar_ontvangen', f.objection({ adviescommissie: true }));
    // With the committee: 12 weeks after 2025-05-13.
    expect(await f.openTasks(caseId)).toEqual([{ soort: 'bezwaar_beslissen', op: '2025-08-05' }]);
    await f.ok(caseId, 'vl_bezwaar_verdagen', {
      datum: today,
      toelichting: 'Commissie vergadert later.',
    });
    expect(await f.openTasks(caseId)).toEqual([{ soort: 'bezwaar_beslissen', op: '2025-09-16' }]);
    const again = await f.step(caseId, 'vl_bezwaar_verdagen', {
      datum: today,
      toelichting: 'Nog later.',
    });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('al een keer');
    await f.ok(caseId, 'vl_bezwaar_horen', { datum: today });
    expect(
      await f.ok(caseId, 'vl_bezwaar_beslissen', {
        datum: today,
        uitkomst: 'gegrond',
        toelichting: 'Overlijdensakte ontvangen.',
      }),
    ).toBe('AFGESLOTEN');
    const [leave] = await f.database.query<{ besluit: string }>(
      'select besluit from leave_requests where case_id = $1',
      [caseId],
    );
    expect(leave!.besluit).toBe('verleend');
    // A step of the other werkproces is refused.
    expect((await f.step(caseId, 'vs_bezwaar_ontvangen', f.objection())).statusCode).toBe(409);
  });

  it('X23 counts the objections of the school year by werkproces and outcome', async () => {
    const [x23] = await objectionIndicators(f.database, schoolYearSpan('2024-2025')!);
    const count: Record<string, number> = {};
    for (const r of x23!.rijen) {
      const key = `${r.werkproces}/${r.uitkomst}`;
      count[key] = (count[key] ?? 0) + r.aantal;
    }
    expect(count).toEqual({
      'vrijstelling/gegrond': 2,
      'vrijstelling/ongegrond': 1,
      'vrijstelling/niet_ontvankelijk': 1,
      'vrijstelling/ingetrokken': 1,
      'verlof/gegrond': 1,
    });
    expect(x23!.geenGegevens).toBeUndefined();
    const [empty] = await objectionIndicators(f.database, schoolYearSpan('2023-2024')!);
    expect(empty!.rijen).toEqual([]);
  });
});
