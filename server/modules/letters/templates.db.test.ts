// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import {
  currentTemplate,
  listTemplates,
  saveTemplate,
  seedDefaultTemplates,
  templateVersions,
} from './templates.sql.ts';

const codeOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 'ok';
  } catch (e) {
    return e instanceof DomainFailure ? e.error.code : String(e);
  }
};

describe(`letter templates (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('seeds the defaults as version 1 once', async () => {
    expect(await seedDefaultTemplates(database)).toBe(5);
    expect(await seedDefaultTemplates(database)).toBe(0);
    const list = await listTemplates(database);
    expect(list.map((t) => [t.sleutel, t.versie, t.aantalVersies])).toEqual([
      ['afsluiting', 1, 1],
      ['bevestiging_halt', 1, 1],
      ['kennisgevingsbrief', 1, 1],
      ['uitnodiging', 1, 1],
      ['waarschuwing', 1, 1],
    ]);
    expect(list[0]?.gewijzigdDoor).toBe('systeem');
    expect(list[0]?.gewijzigdOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('saves a change as a new version and keeps the old one', async () => {
    const saved = await saveTemplate(database, {
      sleutel: 'afsluiting',
      titel: ' Zaak afgesloten ',
      inhoud: 'Beste {{geadresseerde.naam}},\n\nKlaar.',
      door: 'beheerder',
    });
    expect(saved).toMatchObject({
      versie: 2,
      titel: 'Zaak afgesloten',
      gewijzigdDoor: 'beheerder',
    });
    expect((await currentTemplate(database, 'afsluiting'))?.id).toBe(saved.id);
    const versions = await templateVersions(database, 'afsluiting');
    expect(versions.map((v) => v.versie)).toEqual([2, 1]);
    expect(versions[1]?.inhoud).toBe(DEFAULT_TEMPLATES[4]?.inhoud);
    const audit = await database.query<{ actor: string; onderwerp_id: string; details: unknown }>(
      `select actor, onderwerp_id, details from audit_events where actie = 'letters.template_saved'`,
    );
    expect(audit).toEqual([
      { actor: 'beheerder', onderwerp_id: 'afsluiting', details: { versie: 2 } },
    ]);
  });

  it('gives every concurrent save its own version number', async () => {
    const saves = [1, 2, 3].map((n) =>
      saveTemplate(database, {
        sleutel: 'nieuw_sjabloon',
        titel: `T${n}`,
        inhoud: `Tekst ${n}`,
        door: 'b',
      }),
    );
    const versies = (await Promise.all(saves)).map((s) => s.versie).sort();
    expect(versies).toEqual([1, 2, 3]);
  });

  it('refuses unknown fields, bad keys, empty text and fields in the subject, and saves nothing', async () => {
    const base = { sleutel: 'waarschuwing', titel: 'W', inhoud: 'x', door: 'b' };
    expect(await codeOf(saveTemplate(database, { ...base, inhoud: 'Beste {{ouder.naam}}' }))).toBe(
      'letters.unknown_fields',
    );
    expect(await codeOf(saveTemplate(database, { ...base, inhoud: 'Beste {{datum' }))).toBe(
      'letters.template_syntax',
    );
    expect(await codeOf(saveTemplate(database, { ...base, inhoud: '  ' }))).toBe('letters.empty');
    expect(await codeOf(saveTemplate(database, { ...base, titel: '{{datum}}' }))).toBe(
      'letters.invalid_title',
    );
    expect(await codeOf(saveTemplate(database, { ...base, sleutel: 'Waar schuwing' }))).toBe(
      'letters.invalid_key',
    );
    expect((await templateVersions(database, 'waarschuwing')).length).toBe(1);
  });
});
