// SPDX-License-Identifier: EUPL-1.2
/** Privacy: the inzage export (art. 15 AVG) and the retention job (bewaartermijnen). */
export { collectInzage, type InzageAudit } from './inzage.sql.ts';
export { renderInzagePdf } from './inzage-pdf.ts';
export {
  applyRetention,
  type ApplyRetentionOptions,
  type RetentionRunResult,
  type RetentionVictim,
} from './apply-retention.sql.ts';
export {
  retentionDecision,
  type RetentionCase,
  type RetentionDecision,
  type RetentionFacts,
  type RetentionRule,
  type RetentionSettingsInput,
} from './retention.ts';
export { decideAll } from './retention-run.ts';
export {
  RETENTION_SETTING_DEFINITIONS,
  retentionSettingOn,
  type RetentionSettingKey,
  type RetentionSettings,
} from './retention-settings.ts';
export type * from './inzage-types.ts';
