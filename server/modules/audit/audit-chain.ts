// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

/** One audit entry before it is chained. Ids and field names only — never a BSN or a name. */
export interface AuditEntry {
  /** Who: a user name, or `cli`, `systeem`, `demo` for non-interactive work. */
  actor: string;
  /** What happened, `<module>.<past_tense>` or `<module>.viewed`: `persons.viewed`, `imports.applied`. */
  actie: string;
  onderwerpSoort?: string | undefined;
  onderwerpId?: string | undefined;
  /** Why (doelbinding): e.g. `casework`, `import`, `search`. */
  doel?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

/** The stored form, with its place in the chain. */
export interface ChainedAuditEntry extends AuditEntry {
  tijdstip: string;
  vorigeHash: string | null;
  hash: string;
}

/**
 * The hash of an entry covers its content and the previous entry's hash, so changing or deleting
 * any row breaks every hash after it (checked by `aanwezig audit verifieer`).
 */
export function auditHash(
  entry: AuditEntry & { tijdstip: string },
  vorigeHash: string | null,
): string {
  const canonical = JSON.stringify([
    vorigeHash,
    entry.tijdstip,
    entry.actor,
    entry.actie,
    entry.onderwerpSoort ?? null,
    entry.onderwerpId ?? null,
    entry.doel ?? null,
    entry.details ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
