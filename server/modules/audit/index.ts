// SPDX-License-Identifier: EUPL-1.2
/** The audit trail: who read or changed which person data, when and why (append-only, hash-chained). */
export { recordAudit } from './record-audit.sql.ts';
export {
  auditHash,
  canonicalJson,
  type AuditCategorie,
  type AuditEntry,
  type ChainedAuditEntry,
} from './audit-chain.ts';
export { verifyAudit, type AuditBreak, type AuditVerification } from './verify-audit.sql.ts';
