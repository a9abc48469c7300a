// SPDX-License-Identifier: EUPL-1.2
/**
 * Decision letters (beschikkingen) are templates too, but they belong to the decision step that
 * fills in the decision and its reasons (exemptions, leave). Made from the generic list on the
 * case page they would go out without that reasoning, so that list leaves them out.
 */

/** The key prefixes of decision templates (see exemptions/letter-templates.sql.ts). */
export const DECISION_TEMPLATE_PREFIXES: readonly string[] = [
  'beschikking_',
  // objections/letter-templates.sql.ts: made from the objection panel with the beslissing's reasons.
  'beslissing_op_bezwaar',
  'bezwaar_',
];

/** Whether template `sleutel` is a decision letter, made only by its decision step. */
export const isDecisionTemplate = (sleutel: string): boolean =>
  DECISION_TEMPLATE_PREFIXES.some((prefix) => sleutel.startsWith(prefix));
