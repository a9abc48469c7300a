// SPDX-License-Identifier: EUPL-1.2
/**
 * Merging a letter template: `{{veld}}` is replaced by its value in one pass, so a value that
 * itself looks like `{{…}}` is printed as it is and never read as a field. Unknown, malformed or
 * missing fields are errors that name them: a letter is never sent with a silent gap.
 */
import { domainError, type DomainError } from '../../lib/errors.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { isMergeField, type MergeData, type MergeField } from './merge-fields.ts';

const FIELD = /\{\{(.*?)\}\}/gs;
/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /(\n[ \t]*\n)/;

const quoted = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');

/**
 * The fields a template uses, in order of first use; an error for `{{`/`}}` without a partner
 * (`letters.template_syntax`) or names outside MERGE_FIELDS (`letters.unknown_fields`).
 */
export function templateFields(inhoud: string): Result<MergeField[], DomainError> {
  const used: MergeField[] = [];
  const unknown: string[] = [];
  for (const match of inhoud.matchAll(FIELD)) {
    const name = (match[1] ?? '').trim();
    if (!isMergeField(name)) {
      if (!unknown.includes(name)) unknown.push(name);
    } else if (!used.includes(name)) {
      used.push(name);
    }
  }
  const rest = inhoud.replace(FIELD, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    return err(
      domainError(
        'letters.template_syntax',
        'invalid',
        "Het sjabloon heeft een '{{' zonder '}}' (of andersom). Schrijf een veld als {{jeugdige.naam}}.",
      ),
    );
  }
  if (unknown.length > 0) {
    return err(
      domainError(
        'letters.unknown_fields',
        'invalid',
        `Onbekende velden in het sjabloon: ${quoted(unknown)}. Gebruik alleen velden uit de lijst.`,
        { velden: unknown },
      ),
    );
  }
  return ok(used);
}

interface Paragraph {
  text: string;
  /** The blank line(s) before this paragraph, kept so an unchanged template merges unchanged. */
  before: string;
}

function paragraphs(inhoud: string): Paragraph[] {
  const parts = inhoud.split(PARAGRAPH_BREAK);
  const result: Paragraph[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    result.push({ text: parts[i] ?? '', before: i === 0 ? '' : (parts[i - 1] ?? '') });
  }
  return result;
}

const usesAny = (text: string, fields: ReadonlySet<string>) =>
  [...text.matchAll(FIELD)].some((m) => fields.has((m[1] ?? '').trim()));

/**
 * Fills in `inhoud` with `data`. A field whose value is `null` is withheld: every paragraph
 * (text between blank lines) that uses it is left out. Fails with `letters.missing_fields` when
 * a field the remaining text needs has no value, and with `letters.empty` when nothing remains.
 *
 * @example mergeTemplate('Beste {{jeugdige.naam}},', { 'jeugdige.naam': 'Sanne' }) // ok('Beste Sanne,')
 */
export function mergeTemplate(inhoud: string, data: MergeData): Result<string, DomainError> {
  const fields = templateFields(inhoud);
  if (!fields.ok) return fields;
  const withheld = new Set<string>(fields.value.filter((f) => data[f] === null));
  const kept = paragraphs(inhoud).filter((p) => !usesAny(p.text, withheld));
  const text = kept.map((p, i) => (i === 0 ? p.text : p.before + p.text)).join('');
  const missing = fields.value.filter((f) => !withheld.has(f) && data[f] === undefined);
  const needed = missing.filter((f) => usesAny(text, new Set([f])));
  if (needed.length > 0) {
    return err(
      domainError(
        'letters.missing_fields',
        'invalid',
        `Voor deze brief ontbreken gegevens: ${quoted(needed)}. Vul ze aan en maak de brief opnieuw.`,
        { velden: needed },
      ),
    );
  }
  // One pass: the replacement text is never scanned again, so data cannot add fields.
  const merged = text.replace(FIELD, (_, name: string) => data[name.trim() as MergeField] ?? '');
  if (merged.trim() === '') {
    return err(
      domainError('letters.empty', 'invalid', 'Na het invullen blijft er van de brief niets over.'),
    );
  }
  return ok(merged);
}
