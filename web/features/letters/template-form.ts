// SPDX-License-Identifier: EUPL-1.2
/**
 * Checking a letter template in the browser the way the server will (server/modules/letters/merge.ts),
 * so an unknown or broken field shows in the error summary before saving.
 */

/** A template in its current version, as `GET /api/brieven/sjablonen/beheer` gives it. */
export interface Template {
  id: number;
  sleutel: string;
  versie: number;
  titel: string;
  inhoud: string;
  gewijzigdDoor: string;
  gewijzigdOp: string;
  aantalVersies: number;
}

/** A merge field and what it holds. */
export interface MergeField {
  naam: string;
  uitleg: string;
}

export interface TemplateList {
  sjablonen: Template[];
  velden: MergeField[];
}

/** The ids of the form's fields (prefixed: the page shell already uses `inhoud` for the skip link). */
export type TemplateFormField = 'sjabloon-titel' | 'sjabloon-inhoud';

export interface FieldError {
  id: TemplateFormField;
  message: string;
}

const FIELD = /\{\{(.*?)\}\}/gs;

/** The names between `{{` and `}}` that are not merge fields, each once, in order. */
export function unknownFields(inhoud: string, known: readonly string[]): string[] {
  const names = [...inhoud.matchAll(FIELD)].map((m) => (m[1] ?? '').trim());
  return [...new Set(names.filter((n) => !known.includes(n)))];
}

/** True when a `{{` or `}}` has no partner. */
export const hasLooseBraces = (inhoud: string): boolean => {
  const rest = inhoud.replace(FIELD, '');
  return rest.includes('{{') || rest.includes('}}');
};

/** The problems of a template before it is saved; empty when the server should accept it. */
export function checkTemplate(
  titel: string,
  inhoud: string,
  known: readonly string[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (!titel.trim()) {
    errors.push({ id: 'sjabloon-titel', message: 'Vul het onderwerp van de brief in.' });
  } else if (/[{}]/.test(titel)) {
    errors.push({
      id: 'sjabloon-titel',
      message: 'Het onderwerp mag geen velden of accolades bevatten.',
    });
  }
  if (!inhoud.trim()) {
    errors.push({ id: 'sjabloon-inhoud', message: 'Vul de tekst van de brief in.' });
    return errors;
  }
  if (hasLooseBraces(inhoud)) {
    errors.push({
      id: 'sjabloon-inhoud',
      message:
        "De tekst heeft een '{{' zonder '}}' (of andersom). Schrijf een veld als {{jeugdige.naam}}.",
    });
  }
  const unknown = unknownFields(inhoud, known);
  if (unknown.length) {
    const list = unknown.map((n) => `{{${n}}}`).join(', ');
    errors.push({
      id: 'sjabloon-inhoud',
      message: `${unknown.length === 1 ? 'Dit veld bestaat niet' : 'Deze velden bestaan niet'}: ${list}. Kies velden uit de lijst.`,
    });
  }
  return errors;
}

/** The server's refusal codes and the form field each is about. */
const FIELD_OF_CODE: Record<string, TemplateFormField> = {
  'letters.unknown_fields': 'sjabloon-inhoud',
  'letters.template_syntax': 'sjabloon-inhoud',
  'letters.empty': 'sjabloon-inhoud',
  'letters.invalid_title': 'sjabloon-titel',
};

/** Places a refusal of the server at its field; empty when it is about no field. */
export function serverFieldErrors(error: { code: string; message: string }): FieldError[] {
  const id = FIELD_OF_CODE[error.code];
  return id ? [{ id, message: error.message }] : [];
}
