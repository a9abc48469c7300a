// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { auditHash } from './audit-chain.ts';
import { recordAudit } from './record-audit.sql.ts';
import { verifyAudit } from './verify-audit.sql.ts';

describe(`recordAudit (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('chains every entry to the one before it', async () => {
    await recordAudit(database, { actor: 'cli', actie: 'imports.applied', doel: 'import' });
    await recordAudit(database, [
      {
        actor: 'anna',
        actie: 'persons.viewed',
        onderwerpSoort: 'person',
        onderwerpId: '7',
        doel: 'casework',
      },
      {
        actor: 'anna',
        actie: 'persons.viewed',
        onderwerpSoort: 'person',
        onderwerpId: '8',
        doel: 'casework',
      },
    ]);
    const rows = await database.query<{
      tijdstip: string;
      actor: string;
      actie: string;
      onderwerp_soort: string | null;
      onderwerp_id: string | null;
      doel: string | null;
      details: Record<string, unknown> | null;
      vorige_hash: string | null;
      hash: string;
    }>('select * from audit_events order by id');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.vorige_hash).toBeNull();
    let previous: string | null = null;
    for (const row of rows) {
      expect(row.vorige_hash).toBe(previous);
      const tijdstip = new Date(row.tijdstip).toISOString();
      expect(row.hash).toBe(
        auditHash(
          {
            tijdstip,
            actor: row.actor,
            actie: row.actie,
            onderwerpSoort: row.onderwerp_soort ?? undefined,
            onderwerpId: row.onderwerp_id ?? undefined,
            doel: row.doel ?? undefined,
            details: row.details ?? undefined,
          },
          previous,
        ),
      );
      previous = row.hash;
    }
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const before = await database.query<{ n: number }>(
      'select count(*)::int as n from audit_events',
    );
    await expect(
      database.transaction(async (tx) => {
        await recordAudit(tx, { actor: 'cli', actie: 'imports.applied' });
        throw new Error('import failed');
      }),
    ).rejects.toThrow('import failed');
    const after = await database.query<{ n: number }>(
      'select count(*)::int as n from audit_events',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('hashes a single entry in the database exactly as auditHash does, whatever the text', async () => {
    // A single entry is appended in one statement that hashes in SQL (appendOne); verifyAudit
    // recomputes every hash in JavaScript, so any difference in the hashed text breaks the chain.
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            actor: text,
            actie: text,
            onderwerpSoort: text,
            onderwerpId: text,
            doel: text,
            details: fc.dictionary(
              fc.string({ maxLength: 6 }),
              fc.oneof(text, fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })),
              { maxKeys: 4 },
            ),
            categorie: fc.constantFrom('avg' as const, 'wpg' as const),
          },
          { requiredKeys: ['actor', 'actie'] },
        ),
        async (entry) => {
          await recordAudit(database, entry);
        },
      ),
      { numRuns: 60 },
    );
    const check = await verifyAudit(database);
    expect(check.breuken).toEqual([]);
    expect(check.intact).toBe(true);
  });

  it('keeps one chain when single entries and lists are written at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const entry = { actor: 'cli', actie: 'persons.viewed', onderwerpId: String(i) };
        // Every fifth call writes two entries, through the chained path, racing the single ones.
        return recordAudit(database, i % 5 === 0 ? [entry, { ...entry, actie: 'x' }] : entry);
      }),
    );
    const [head] = await database.query<{ aantal: number }>(
      'select aantal from audit_head where id = 1',
    );
    const [count] = await database.query<{ n: number }>(
      'select count(*)::int as n from audit_events',
    );
    expect(Number(head!.aantal)).toBe(count!.n);
    expect((await verifyAudit(database)).intact).toBe(true);
  });
});
