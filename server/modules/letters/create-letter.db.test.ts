// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { createLetter, type CreateLetterInput } from './create-letter.sql.ts';
import { letterPdfs, listLetters } from './letters.sql.ts';
import { saveTemplate } from './templates.sql.ts';
import {
  insertAddress,
  insertAppointment,
  insertCase,
  insertCaseEvent,
  insertMelding,
  insertParent,
  insertPerson,
} from './test-data.sql.ts';
import { hasPdftotext, pdfText } from './test-pdf-text.ts';

const TODAY = '2026-03-05';
const flat = (text: string) => text.replaceAll(/\s+/g, ' ');

describe(`createLetter (${testEngine()})`, () => {
  let database: Database;
  let consulent: number;
  /** Sanne, 13; parents live apart. */
  let sanneCase: number;
  /** Tim, 16; parents live together. */
  let timCase: number;
  /** Lisa, 18. */
  let lisaCase: number;

  const pdfOf = async (id: number) => (await letterPdfs(database, [id]))[0]!.pdf;
  const make = (input: Partial<CreateLetterInput> & { caseId: number; sleutel: string }) =>
    createLetter(database, { door: 'j.consulent', today: TODAY, ...input });
  const failure = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (e) {
      if (e instanceof DomainFailure) return e.error;
      throw e;
    }
    throw new Error('expected a DomainFailure');
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.query(`insert into regions (id, naam) values (1, 'Holland Rijnland')`);
    await database.query(
      `insert into gemeenten (code, naam, in_regio) values ('0546', 'Leiden', true)`,
    );
    [{ id: consulent }] = (await database.query<{ id: number }>(
      `insert into users (gebruikersnaam, naam, rol) values ('j.consulent', 'Joke Consulent', 'leerplichtconsulent') returning id`,
    )) as [{ id: number }];

    const sanne = await insertPerson(database, {
      voornamen: 'Sanne',
      voorvoegsel: 'van',
      geslachtsnaam: 'Dijk',
      geboortedatum: '2012-05-15',
    });
    const petra = await insertPerson(database, {
      voornamen: 'Petra Johanna',
      voorvoegsel: 'van',
      geslachtsnaam: 'Dijk',
      geboortedatum: '1980-01-01',
    });
    const karel = await insertPerson(database, {
      voornamen: 'Karel',
      geslachtsnaam: 'Jansen',
      geboortedatum: '1979-01-01',
    });
    await insertParent(database, sanne, petra, 1, true);
    await insertParent(database, sanne, karel, 2, null);
    await insertAddress(database, sanne, { straat: 'Breestraat', huisnummer: '12' });
    await insertAddress(database, petra, { straat: 'Breestraat', huisnummer: '12' });
    // Karel moved out last year: only his current address counts.
    await insertAddress(database, karel, {
      straat: 'Breestraat',
      huisnummer: '12',
      tot: '2025-06-01',
    });
    await insertAddress(database, karel, {
      straat: 'Haarlemmerstraat',
      huisnummer: '7',
      vanaf: '2025-06-01',
    });
    sanneCase = await insertCase(database, sanne, consulent);
    await insertMelding(database, sanne, sanneCase, {
      nummer: 'M-1',
      school: 'De Kring',
      verzuimVan: '2026-02-02',
    });

    const tim = await insertPerson(database, {
      voornamen: 'Tim',
      geslachtsnaam: 'Bakker',
      geboortedatum: '2009-06-01',
    });
    const moeder = await insertPerson(database, {
      voornamen: 'Anna',
      geslachtsnaam: 'Bakker',
      geboortedatum: '1975-01-01',
    });
    await insertParent(database, tim, moeder, 1);
    await insertAddress(database, moeder, { straat: 'Rapenburg', huisnummer: '3' });
    timCase = await insertCase(database, tim);
    await insertMelding(database, tim, timCase, {
      nummer: 'M-2',
      school: 'Het Lyceum',
      verzuimVan: '2026-01-12',
      reden: 'VERTROUWELIJK-spijbelt met vrienden',
    });

    const lisa = await insertPerson(database, {
      voornamen: 'Lisa',
      geslachtsnaam: 'Vos',
      geboortedatum: '2007-01-10',
    });
    const vader = await insertPerson(database, {
      voornamen: 'Piet',
      geslachtsnaam: 'Vos',
      geboortedatum: '1970-01-01',
    });
    await insertParent(database, lisa, vader, 1);
    await insertAddress(database, lisa, { straat: 'Nieuwstraat', huisnummer: '9' });
    await insertAddress(database, vader, { straat: 'Nieuwstraat', huisnummer: '9' });
    lisaCase = await insertCase(database, lisa, consulent);
  });
  afterAll(async () => {
    await database.close();
  });

  it('writes one kennisgevingsbrief per address when the parents live apart, and records it', async () => {
    const result = await make({ caseId: sanneCase, sleutel: 'kennisgevingsbrief' });
    expect(result).toMatchObject({ sleutel: 'kennisgevingsbrief', versie: 1, overgeslagen: [] });
    expect(result.brieven.map((b) => b.adresregels)).toEqual([
      ['P.J. van Dijk', 'Breestraat 12', '2311 CS  LEIDEN'],
      ['K. Jansen', 'Haarlemmerstraat 7', '2311 CS  LEIDEN'],
    ]);
    const ids = result.brieven.map((b) => b.id);

    const rows = await database.query<{
      id: number;
      template_id: number;
      gegevens: Record<string, unknown>;
    }>('select id, template_id, gegevens from letters where case_id = $1 order by id', [sanneCase]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows[0]?.gegevens).toMatchObject({
      'geadresseerde.naam': 'Petra van Dijk',
      'school.naam': 'De Kring',
      'melding.verzuim_van': '2 februari 2026',
      'consulent.naam': 'Joke Consulent',
    });
    const [template] = await database.query<{ id: number }>(
      `select id from letter_templates where sleutel = 'kennisgevingsbrief' and versie = 1`,
    );
    expect(rows.every((r) => r.template_id === template?.id)).toBe(true);

    const events = await database.query<{
      soort: string;
      datum: string;
      gegevens: unknown;
      user_id: number;
    }>('select soort, datum, gegevens, user_id from case_events where case_id = $1', [sanneCase]);
    expect(events).toEqual([
      {
        soort: 'brief',
        datum: TODAY,
        gegevens: { letterIds: ids, sleutel: 'kennisgevingsbrief' },
        user_id: consulent,
      },
    ]);
    const audit = await database.query<{
      actor: string;
      onderwerp_soort: string;
      onderwerp_id: string;
      details: unknown;
    }>(
      `select actor, onderwerp_soort, onderwerp_id, details from audit_events where actie = 'letters.created'`,
    );
    expect(audit).toEqual([
      {
        actor: 'j.consulent',
        onderwerp_soort: 'case',
        onderwerp_id: String(sanneCase),
        details: { letterIds: ids, sleutel: 'kennisgevingsbrief', versie: 1 },
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Dijk|Jansen|Breestraat/);
    expect((await listLetters(database, sanneCase)).map((l) => l.id)).toEqual([...ids].reverse());
  });

  it.runIf(hasPdftotext())(
    'prints the merged kennisgevingsbrief with letterhead and signature',
    async () => {
      const [first] = await listLetters(database, sanneCase).then((l) => l.slice(-1));
      const text = flat(pdfText(await pdfOf(first!.id)));
      for (const expected of [
        'Holland Rijnland',
        'P.J. van Dijk Breestraat 12 2311 CS LEIDEN',
        'Leiden, 5 maart 2026',
        'Kenmerk: zaak',
        'Onderwerp: Wij hebben een melding van verzuim ontvangen',
        'Beste Petra van Dijk,',
        'De Kring heeft ons laten weten dat Sanne van Dijk niet naar school is geweest',
        'Het verzuim begon op 2 februari 2026.',
        'Dan volgt een gesprek met de leerplichtconsulent.',
        'Met vriendelijke groet, Joke Consulent',
        'Pagina 1 van 1',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Jansen');
    },
  );

  it('never changes a letter already sent when the template changes', async () => {
    const [old] = await listLetters(database, sanneCase);
    const before = Buffer.from(await pdfOf(old!.id));
    const saved = await saveTemplate(database, {
      sleutel: 'kennisgevingsbrief',
      titel: 'Nieuwe kennisgeving',
      inhoud: 'Beste {{geadresseerde.naam}},\n\nNIEUWE TEKST over {{jeugdige.naam}}.',
      door: 'beheerder',
    });
    expect(Buffer.from(await pdfOf(old!.id)).equals(before)).toBe(true);
    const [stillOld] = await listLetters(database, sanneCase);
    expect(stillOld).toMatchObject({
      versie: 1,
      titel: 'Wij hebben een melding van verzuim ontvangen',
    });

    const next = await make({ caseId: sanneCase, sleutel: 'kennisgevingsbrief' });
    expect(next.versie).toBe(2);
    const [row] = await database.query<{ template_id: number }>(
      'select template_id from letters where id = $1',
      [next.brieven[0]!.id],
    );
    expect(row?.template_id).toBe(saved.id);
    if (hasPdftotext()) {
      expect(pdfText(await pdfOf(next.brieven[0]!.id))).toContain(
        'NIEUWE TEKST over Sanne van Dijk.',
      );
      expect(pdfText(before)).not.toContain('NIEUWE TEKST');
    }
  });

  it('leaves the reason out of a letter to the parents of a 16-year-old until he consents', async () => {
    const withheld = await make({ caseId: timCase, sleutel: 'waarschuwing' });
    expect(withheld.brieven).toHaveLength(1);
    expect(withheld.brieven[0]).toMatchObject({
      redenWeggelaten: true,
      adresregels: ['A. Bakker', 'Rapenburg 3', '2311 CS  LEIDEN'],
    });
    const [stored] = await database.query<{ gegevens: Record<string, unknown> }>(
      'select gegevens from letters where id = $1',
      [withheld.brieven[0]!.id],
    );
    expect(stored?.gegevens.reden).toBeNull();
    if (hasPdftotext()) {
      const text = pdfText(await pdfOf(withheld.brieven[0]!.id));
      expect(text).not.toContain('VERTROUWELIJK');
      expect(text).not.toContain('Toelichting');
      expect(text).toContain('officiële waarschuwing');
    }

    await insertCaseEvent(database, timCase, 'toestemming', '2026-03-01', {
      toestemming16plus: true,
    });
    const shared = await make({
      caseId: timCase,
      sleutel: 'waarschuwing',
      extra: { reden: 'Tim was 20 uur afwezig.' },
    });
    expect(shared.brieven[0]?.redenWeggelaten).toBe(false);
    if (hasPdftotext()) {
      expect(flat(pdfText(await pdfOf(shared.brieven[0]!.id)))).toContain(
        'Toelichting: Tim was 20 uur afwezig.',
      );
    }

    // Consent can be withdrawn: the latest event counts.
    await insertCaseEvent(database, timCase, 'toestemming', '2026-03-04', {
      toestemming16plus: false,
    });
    expect(
      (await make({ caseId: timCase, sleutel: 'waarschuwing' })).brieven[0]?.redenWeggelaten,
    ).toBe(true);
  });

  it('writes to an 18-year-old himself, with the reason', async () => {
    const result = await make({
      caseId: lisaCase,
      sleutel: 'waarschuwing',
      extra: { reden: 'Lisa was 30 uur afwezig.' },
    });
    expect(result.brieven).toEqual([
      {
        id: expect.any(Number),
        ontvangers: [{ personId: expect.any(Number), naam: 'Lisa Vos', rol: 'jeugdige' }],
        adresregels: ['L. Vos', 'Nieuwstraat 9', '2311 CS  LEIDEN'],
        redenWeggelaten: false,
      },
    ]);
  });

  it('names the missing appointment fields and stores nothing; fills them from the agenda', async () => {
    const before = await database.query('select id from letters');
    const error = await failure(make({ caseId: lisaCase, sleutel: 'uitnodiging' }));
    expect(error).toMatchObject({
      code: 'letters.missing_fields',
      details: { velden: ['afspraak.datum', 'afspraak.tijd', 'afspraak.locatie'] },
    });
    expect(await database.query('select id from letters')).toHaveLength(before.length);

    // A past appointment does not count; the next one is shown in Dutch local time.
    await insertAppointment(database, lisaCase, '2026-03-01T09:00:00Z', 'Oud');
    await insertAppointment(
      database,
      lisaCase,
      '2026-03-10T13:30:00Z',
      'Stadhuis, Stadhuisplein 1',
    );
    const result = await make({ caseId: lisaCase, sleutel: 'uitnodiging' });
    const [row] = await database.query<{ gegevens: Record<string, string> }>(
      'select gegevens from letters where id = $1',
      [result.brieven[0]!.id],
    );
    expect(row?.gegevens).toMatchObject({
      'afspraak.datum': 'dinsdag 10 maart 2026',
      'afspraak.tijd': '14:30',
      'afspraak.locatie': 'Stadhuis, Stadhuisplein 1',
    });
  });

  it('refuses an unknown case or template, and a case without a consultant or signer', async () => {
    expect((await failure(make({ caseId: 999_999, sleutel: 'afsluiting' }))).code).toBe(
      'letters.case_not_found',
    );
    expect((await failure(make({ caseId: sanneCase, sleutel: 'bestaat_niet' }))).code).toBe(
      'letters.unknown_template',
    );
    const error = await failure(make({ caseId: timCase, sleutel: 'afsluiting', door: 'systeem' }));
    expect(error).toMatchObject({
      code: 'letters.missing_fields',
      details: { velden: ['consulent.naam'] },
    });
    const signed = await make({
      caseId: timCase,
      sleutel: 'afsluiting',
      door: 'systeem',
      extra: { 'consulent.naam': 'Team Leerplicht' },
    });
    expect(signed.brieven).toHaveLength(1);
  });
});
