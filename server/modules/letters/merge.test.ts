// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MERGE_FIELD_NAMES, type MergeData, type MergeField } from './merge-fields.ts';
import { mergeTemplate, templateFields } from './merge.ts';

const errorOf = (result: ReturnType<typeof mergeTemplate>) => (result.ok ? null : result.error);

describe('templateFields', () => {
  it('lists the fields in order of first use, spaces inside the braces allowed', () => {
    const result = templateFields('{{ datum }} {{jeugdige.naam}} en {{datum}}');
    expect(result).toEqual({ ok: true, value: ['datum', 'jeugdige.naam'] });
  });

  it('names every unknown field once', () => {
    const result = templateFields('{{jeugdige.naam}} {{leerling}} {{Datum}} {{leerling}}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('letters.unknown_fields');
      expect(result.error.details).toEqual({ velden: ['leerling', 'Datum'] });
      expect(result.error.message).toContain('{{leerling}}, {{Datum}}');
    }
  });

  it.each(['Beste {{jeugdige.naam', 'Beste jeugdige.naam}}', '{{datum}} {{'])(
    'refuses braces without a partner in %j',
    (inhoud) => {
      const result = templateFields(inhoud);
      expect(result.ok ? null : result.error.code).toBe('letters.template_syntax');
    },
  );
});

describe('mergeTemplate', () => {
  const data: MergeData = { 'jeugdige.naam': 'Sanne van Dijk', datum: '5 maart 2026' };

  it('fills in every field', () => {
    expect(mergeTemplate('{{datum}}: brief over {{ jeugdige.naam }}.', data)).toEqual({
      ok: true,
      value: '5 maart 2026: brief over Sanne van Dijk.',
    });
  });

  it('refuses to leave a field empty and names what is missing', () => {
    const error = errorOf(mergeTemplate('{{afspraak.datum}} om {{afspraak.tijd}} {{datum}}', data));
    expect(error?.code).toBe('letters.missing_fields');
    expect(error?.details).toEqual({ velden: ['afspraak.datum', 'afspraak.tijd'] });
    expect(error?.message).toContain('{{afspraak.datum}}, {{afspraak.tijd}}');
  });

  it('counts an empty string as a value but not an absent one', () => {
    expect(mergeTemplate('[{{reden}}]', { reden: '' })).toEqual({ ok: true, value: '[]' });
    expect(errorOf(mergeTemplate('[{{reden}}]', {}))?.code).toBe('letters.missing_fields');
  });

  it('leaves out the whole paragraph of a withheld field, and only that one', () => {
    const inhoud = 'Geachte ouder,\n\nDe reden was: {{reden}}\nzegt de school.\n  \nGroet';
    expect(mergeTemplate(inhoud, { reden: null })).toEqual({
      ok: true,
      value: 'Geachte ouder,\n  \nGroet',
    });
    expect(mergeTemplate(inhoud, { reden: 'ziek' })).toEqual({
      ok: true,
      value: 'Geachte ouder,\n\nDe reden was: ziek\nzegt de school.\n  \nGroet',
    });
  });

  it('does not ask for a field that only a withheld paragraph used', () => {
    const inhoud = 'Hallo\n\n{{reden}} ({{school.naam}})';
    expect(mergeTemplate(inhoud, { reden: null })).toEqual({ ok: true, value: 'Hallo' });
  });

  it('refuses a letter that ends up empty', () => {
    expect(errorOf(mergeTemplate('{{reden}}', { reden: null }))?.code).toBe('letters.empty');
  });

  it('prints a value that looks like a field as it is', () => {
    const result = mergeTemplate('{{jeugdige.naam}} / {{reden}}', {
      'jeugdige.naam': '{{reden}}',
      reden: 'geheim',
    });
    expect(result).toEqual({ ok: true, value: '{{reden}} / geheim' });
  });
});

// Templates built from literal text (no braces) and known fields, with values for every field.
const literal = fc.string({ maxLength: 20 }).map((s) => s.replaceAll(/[{}]/g, ''));
const field = fc.constantFrom(...MERGE_FIELD_NAMES);
const segment = fc.oneof(
  literal.map((text) => ({ text })),
  field.map((name) => ({ name })),
);
const template = fc.array(segment, { maxLength: 12 });
const anyValue = fc.oneof(
  fc.string({ maxLength: 15 }),
  field.map((f) => `{{${f}}}`),
  fc.constantFrom('{{', '}}', '$&', '$1', '{{onbekend}}'),
);
const values = fc.record(
  Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, anyValue])) as Record<
    MergeField,
    typeof anyValue
  >,
);

type Segment = { text: string } | { name: MergeField };
const source = (segments: Segment[]) =>
  segments.map((s) => ('name' in s ? `{{${s.name}}}` : s.text)).join('');
const expected = (segments: Segment[], data: Record<MergeField, string>) =>
  segments.map((s) => ('name' in s ? data[s.name] : s.text)).join('');

describe('mergeTemplate properties', () => {
  it('replaces each field by its value verbatim: data never adds or removes fields', () => {
    fc.assert(
      fc.property(template, values, (segments, data) => {
        const result = mergeTemplate(source(segments), data);
        const want = expected(segments, data);
        if (want.trim() === '') expect(errorOf(result)?.code).toBe('letters.empty');
        else expect(result).toEqual({ ok: true, value: want });
      }),
    );
  });

  it('leaves no field behind when the values hold no braces', () => {
    const plain = fc.record(
      Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, literal])) as Record<
        MergeField,
        typeof literal
      >,
    );
    fc.assert(
      fc.property(template, plain, (segments, data) => {
        const result = mergeTemplate(source(segments), data);
        if (result.ok) expect(result.value).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });

  it('names exactly the used fields that have no value', () => {
    fc.assert(
      fc.property(template, values, fc.subarray(MERGE_FIELD_NAMES), (segments, data, absent) => {
        const partial: MergeData = { ...data };
        for (const f of absent) delete partial[f];
        const used = segments.flatMap((s) => ('name' in s ? [s.name] : []));
        const missing = [...new Set(used)].filter((f) => absent.includes(f));
        const result = mergeTemplate(source(segments), partial);
        if (missing.length > 0) {
          expect(errorOf(result)?.details).toEqual({ velden: missing });
        } else {
          expect(errorOf(result)?.code ?? 'ok').not.toBe('letters.missing_fields');
        }
      }),
    );
  });

  it('drops exactly the paragraphs that use a withheld field', () => {
    const paragraph = fc.array(segment, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), values, (paras, data) => {
        const inhoud = paras.map(source).join('\n\n');
        const result = mergeTemplate(inhoud, { ...data, reden: null });
        const kept = paras.filter((p) => !p.some((s) => 'name' in s && s.name === 'reden'));
        const want = kept.map((p) => expected(p, { ...data, reden: '' })).join('\n\n');
        if (want.trim() === '') expect(errorOf(result)?.code).toBe('letters.empty');
        else expect(result).toEqual({ ok: true, value: want });
      }),
    );
  });
});
