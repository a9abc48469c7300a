// SPDX-License-Identifier: EUPL-1.2
/** Letters: versioned templates, merge fields, addressees (16+ rule), PDFs as sent, and the register. */
export {
  createLetter,
  type CreateLetterInput,
  type CreateLetterResult,
  type CreatedLetter,
} from './create-letter.sql.ts';
export {
  currentTemplate,
  listTemplates,
  saveTemplate,
  seedDefaultTemplates,
  templateVersions,
  type SaveTemplateInput,
  type StoredTemplate,
  type TemplateSummary,
} from './templates.sql.ts';
export { listLetters, letterPdfs, type LetterSummary, type StoredPdf } from './letters.sql.ts';
export { mergeTemplate, templateFields } from './merge.ts';
export { MERGE_FIELDS, isMergeField, type MergeData, type MergeField } from './merge-fields.ts';
export { DEFAULT_TEMPLATES, type DefaultTemplate } from './default-templates.ts';
export { EXTRA_FIELDS, type Extra, type ExtraField } from './letter-data.ts';
export {
  decideAddressees,
  type AddresseeDecision,
  type LetterAddress,
  type Ontvanger,
  type Overgeslagen,
} from './addressees.ts';
export { joinPdfs, renderLetterPdf } from './letter-pdf.ts';
