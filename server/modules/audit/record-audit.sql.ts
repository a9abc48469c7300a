// SPDX-License-Identifier: EUPL-1.2
import type { Database, Queryable } from '../../db/connect.ts';
import { auditHash, auditHashTail, type AuditEntry } from './audit-chain.ts';

/** Serialises writers so the chain has one order; any constant works, it only has to be shared. */
const AUDIT_LOCK = 727_001;

/**
 * Appends entries to the audit trail, chained to the last one. Pass the open transaction of the
 * change being recorded, so both commit or neither; given the database, it opens its own.
 */
export async function recordAudit(
  target: Database | Queryable,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  if (list.length === 1 && (await appendOne(target, list[0]!))) return;
  if ('transaction' in target) {
    await target.transaction((tx) => appendChained(tx, list));
  } else {
    await appendChained(target, list);
  }
}

async function appendChained(tx: Queryable, list: AuditEntry[]): Promise<void> {
  // Transaction-scoped lock: released at commit or rollback, so the chain has one order.
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const database = tx;
  {
    // The head holds the last hash and the count; only a trail from before the head existed needs
    // the slower look-up.
    const head = await database.query<{ laatste_hash: string; aantal: number }>(
      'select laatste_hash, aantal from audit_head where id = 1 for update',
    );
    let previous: string | null = head[0]?.laatste_hash ?? null;
    let aantal = Number(head[0]?.aantal ?? 0);
    if (!head[0]) {
      const last = await database.query<{ hash: string; n: number }>(
        'select hash, (select count(*)::int from audit_events) as n from audit_events order by id desc limit 1',
      );
      previous = last[0]?.hash ?? null;
      aantal = last[0]?.n ?? 0;
    }
    const tijdstip = new Date().toISOString();
    for (const entry of list) {
      const hash = auditHash({ ...entry, tijdstip }, previous);
      await database.query(
        `insert into audit_events (tijdstip, actor, actie, onderwerp_soort, onderwerp_id, doel, details, categorie, vorige_hash, hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          tijdstip,
          entry.actor,
          entry.actie,
          entry.onderwerpSoort ?? null,
          entry.onderwerpId ?? null,
          entry.doel ?? null,
          entry.details ? JSON.stringify(entry.details) : null,
          entry.categorie ?? 'avg',
          previous,
          hash,
        ],
      );
      previous = hash;
    }
    await database.query(
      `insert into audit_head (id, laatste_hash, aantal) values (1, $1, $2)
       on conflict (id) do update set laatste_hash = excluded.laatste_hash, aantal = excluded.aantal`,
      [previous, aantal + list.length],
    );
  }
}

/**
 * One entry in one statement (every read of person data writes one, so it must be cheap): lock
 * the chain head row, insert the entry with the hash of the head's hash and the entry, move the
 * head. The database hashes exactly the text `auditHash` hashes (`auditHashTail`), so
 * `verifyAudit` checks these entries like any other. Returns false when there is no head yet
 * (the very first entry), which the chained path then writes.
 */
async function appendOne(db: Queryable, entry: AuditEntry): Promise<boolean> {
  const tijdstip = new Date().toISOString();
  const rows = await db.query<{ hash: string }>(
    `with h as (select laatste_hash from audit_head where id = 1 for update),
     e as (insert into audit_events (tijdstip, actor, actie, onderwerp_soort, onderwerp_id, doel, details, categorie, vorige_hash, hash)
           select $1, $2, $3, $4, $5, $6, $7, $8, h.laatste_hash,
                  encode(sha256(convert_to('[' || coalesce(to_json(h.laatste_hash)::text, 'null') || ',' || $9, 'UTF8')), 'hex')
             from h returning hash)
     update audit_head set laatste_hash = e.hash, aantal = audit_head.aantal + 1
       from e where audit_head.id = 1 returning e.hash`,
    [
      tijdstip,
      entry.actor,
      entry.actie,
      entry.onderwerpSoort ?? null,
      entry.onderwerpId ?? null,
      entry.doel ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
      entry.categorie ?? 'avg',
      auditHashTail({ ...entry, tijdstip }),
    ],
  );
  return rows.length === 1;
}
