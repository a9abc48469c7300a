// SPDX-License-Identifier: EUPL-1.2
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { recordAudit } from './record-audit.sql.ts';
import { verifyAudit } from './verify-audit.sql.ts';

describe(`verifyAudit (${testEngine()})`, () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
    for (let i = 1; i <= 5; i++) {
      await recordAudit(database, {
        actor: 'anna',
        actie: 'persons.viewed',
        onderwerpSoort: 'person',
        onderwerpId: String(i),
        doel: 'casework',
        // Keys out of order on purpose: jsonb reorders them, the hash must not care.
        details: { zoekterm: 'x', a: { z: 1, b: [2, { y: 1, c: 0 }] } },
        categorie: i === 3 ? 'wpg' : undefined,
      });
    }
  });
  afterEach(() => database.close());

  const ids = async () =>
    (await database.query<{ id: number }>('select id from audit_events order by id')).map((r) =>
      Number(r.id),
    );

  it('finds an untouched trail intact', async () => {
    expect(await verifyAudit(database)).toEqual({ intact: true, aantal: 5, breuken: [] });
  });

  it('detects a changed entry', async () => {
    const [, second] = await ids();
    await database.query(`update audit_events set actor = 'bert' where id = $1`, [second]);
    const result = await verifyAudit(database);
    expect(result.intact).toBe(false);
    expect(result.breuken).toEqual([
      expect.objectContaining({ id: second, code: 'audit.hash_mismatch' }),
    ]);
  });

  it('detects a changed category (police data relabelled as ordinary)', async () => {
    const third = (await ids())[2];
    await database.query(`update audit_events set categorie = 'avg' where id = $1`, [third]);
    expect((await verifyAudit(database)).breuken[0]).toMatchObject({ id: third });
  });

  it('detects a deleted entry in the middle', async () => {
    const [, , third, fourth] = await ids();
    await database.query('delete from audit_events where id = $1', [third]);
    const result = await verifyAudit(database);
    expect(result.breuken.map((b) => b.code)).toContain('audit.link_broken');
    expect(result.breuken[0]).toMatchObject({ id: fourth });
  });

  it('detects entries deleted from the end', async () => {
    const last = (await ids()).at(-1);
    await database.query('delete from audit_events where id = $1', [last]);
    const result = await verifyAudit(database);
    expect(result.breuken).toEqual([expect.objectContaining({ code: 'audit.head_mismatch' })]);
  });

  it('detects a rewritten chain that does not match the head', async () => {
    await database.query('delete from audit_events');
    expect((await verifyAudit(database)).intact).toBe(false);
  });
});
