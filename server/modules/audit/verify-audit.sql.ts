// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';
import { auditHash, type AuditCategorie } from './audit-chain.ts';

/** One break in the chain: which entry, and what is wrong with it (Dutch, for the user). */
export interface AuditBreak {
  id: number | null;
  code: 'audit.hash_mismatch' | 'audit.link_broken' | 'audit.head_mismatch';
  melding: string;
}

export interface AuditVerification {
  intact: boolean;
  aantal: number;
  breuken: AuditBreak[];
}

interface Row {
  id: number;
  tijdstip: string;
  actor: string;
  actie: string;
  onderwerp_soort: string | null;
  onderwerp_id: string | null;
  doel: string | null;
  details: Record<string, unknown> | null;
  categorie: AuditCategorie;
  vorige_hash: string | null;
  hash: string;
}

const BATCH = 5_000;
/** More breaks than this says enough: the trail has been tampered with. */
const MAX_BREAKS = 100;

/**
 * Recomputes every hash of the audit trail in id order and compares the end with the stored head.
 * A changed row breaks its own hash, a deleted row breaks the link of the next one, and rows
 * deleted from the end no longer match the head's count and hash.
 */
export async function verifyAudit(database: Queryable): Promise<AuditVerification> {
  const breuken: AuditBreak[] = [];
  let previous: string | null = null;
  let aantal = 0;
  let afterId = 0;
  for (;;) {
    const rows = await database.query<Row>(
      `select id, tijdstip, actor, actie, onderwerp_soort, onderwerp_id, doel, details, categorie,
              vorige_hash, hash
         from audit_events where id > $1 order by id limit ${BATCH}`,
      [afterId],
    );
    for (const row of rows) {
      aantal++;
      if (row.vorige_hash !== previous) {
        breuken.push({
          id: row.id,
          code: 'audit.link_broken',
          melding: `Regel ${row.id} verwijst niet naar de regel ervoor: er is een regel verwijderd of ingevoegd.`,
        });
      }
      if (row.hash !== hashOf(row)) {
        breuken.push({
          id: row.id,
          code: 'audit.hash_mismatch',
          melding: `Regel ${row.id} is na het vastleggen gewijzigd.`,
        });
      }
      previous = row.hash;
    }
    if (rows.length < BATCH || breuken.length >= MAX_BREAKS) break;
    afterId = rows[rows.length - 1]!.id;
  }
  const head = (
    await database.query<{ laatste_hash: string; aantal: number }>(
      'select laatste_hash, aantal from audit_head where id = 1',
    )
  )[0];
  const headMatches = head
    ? Number(head.aantal) === aantal && head.laatste_hash === previous
    : aantal === 0;
  if (!headMatches && breuken.length < MAX_BREAKS) {
    breuken.push({
      id: null,
      code: 'audit.head_mismatch',
      melding: `Het logboek hoort ${head?.aantal ?? 0} regels te hebben en te eindigen op de laatst vastgelegde regel, maar heeft er ${aantal}: er zijn regels aan het eind verwijderd of toegevoegd.`,
    });
  }
  return { intact: breuken.length === 0, aantal, breuken };
}

function hashOf(row: Row): string {
  return auditHash(
    {
      tijdstip: new Date(row.tijdstip).toISOString(),
      actor: row.actor,
      actie: row.actie,
      onderwerpSoort: row.onderwerp_soort ?? undefined,
      onderwerpId: row.onderwerp_id ?? undefined,
      doel: row.doel ?? undefined,
      details: row.details ?? undefined,
      categorie: row.categorie,
    },
    row.vorige_hash,
  );
}
