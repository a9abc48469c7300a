// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  hasLooseBraces,
  serverFieldErrors,
  unknownFields,
} from './template-form.ts';

const KNOWN = ['jeugdige.naam', 'datum', 'reden'];

describe('checkTemplate', () => {
  it('accepts known fields, with spaces inside the braces', () => {
    expect(checkTemplate('Uitnodiging', 'Beste {{ jeugdige.naam }}, {{datum}}', KNOWN)).toEqual([]);
  });

  it('names every unknown field once', () => {
    const errors = checkTemplate('T', '{{leerling}} {{datum}} {{Datum}} {{leerling}}', KNOWN);
    expect(errors).toEqual([
      {
        id: 'sjabloon-inhoud',
        message: 'Deze velden bestaan niet: {{leerling}}, {{Datum}}. Kies velden uit de lijst.',
      },
    ]);
  });

  it('refuses loose braces, an empty text and an empty or templated subject', () => {
    expect(checkTemplate('T', 'Beste {{jeugdige.naam', KNOWN).map((e) => e.id)).toEqual([
      'sjabloon-inhoud',
    ]);
    expect(checkTemplate('', '  ', KNOWN).map((e) => e.id)).toEqual([
      'sjabloon-titel',
      'sjabloon-inhoud',
    ]);
    expect(checkTemplate('Over {{datum}}', 'x', KNOWN)[0]?.id).toBe('sjabloon-titel');
  });

  it('finds no unknown field in text built only from known fields and plain words', () => {
    const part = fc.oneof(
      fc.constantFrom(...KNOWN).map((f) => `{{${f}}}`),
      fc.string().map((s) => s.replaceAll(/[{}]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(part), (parts) => {
        const text = parts.join('');
        expect(unknownFields(text, KNOWN)).toEqual([]);
        expect(hasLooseBraces(text)).toBe(false);
      }),
    );
  });
});

describe('serverFieldErrors', () => {
  it('puts a refusal about the text or subject at its field', () => {
    expect(serverFieldErrors({ code: 'letters.unknown_fields', message: 'm' })).toEqual([
      { id: 'sjabloon-inhoud', message: 'm' },
    ]);
    expect(serverFieldErrors({ code: 'letters.invalid_title', message: 't' })[0]?.id).toBe(
      'sjabloon-titel',
    );
    expect(serverFieldErrors({ code: 'auth.csrf', message: 'x' })).toEqual([]);
  });
});
