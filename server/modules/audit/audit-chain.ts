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
  /** `wpg` for police data (proces-verbaal), kept apart from ordinary (`avg`) entries. */
  categorie?: AuditCategorie | undefined;
}

export type AuditCategorie = 'avg' | 'wpg';

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
  return createHash('sha256')
    .update(`[${JSON.stringify(vorigeHash)},${auditHashTail(entry)}`)
    .digest('hex');
}

/**
 * The hashed text after the previous hash: the canonical JSON array of the entry's fields without
 * its opening bracket. The hashed text is `[` + the previous hash as JSON + `,` + this, which is
 * the canonical JSON of `[vorigeHash, ...fields]`; the one-statement append builds the same text
 * in SQL around the head's hash.
 */
export function auditHashTail(entry: AuditEntry & { tijdstip: string }): string {
  const fields: unknown[] = [
    entry.tijdstip,
    entry.actor,
    entry.actie,
    entry.onderwerpSoort ?? null,
    entry.onderwerpId ?? null,
    entry.doel ?? null,
    entry.details ?? null,
  ];
  // Only non-default categories are hashed, so entries written before categories existed still verify.
  if (entry.categorie && entry.categorie !== 'avg') fields.push(entry.categorie);
  return canonicalJson(fields).slice(1);
}

/**
 * JSON with object keys sorted at every level: jsonb stores keys in its own order, so the hash
 * must not depend on the order in which the details were written.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
