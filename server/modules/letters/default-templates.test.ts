// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { mergeTemplate, templateFields } from './merge.ts';

describe('default templates', () => {
  it('use only known fields and keep {{reden}} in a paragraph of its own', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.sleutel)).toEqual([
      'uitnodiging',
      'kennisgevingsbrief',
      'waarschuwing',
      'bevestiging_halt',
      'afsluiting',
    ]);
    for (const t of DEFAULT_TEMPLATES) {
      expect(templateFields(t.inhoud).ok, t.sleutel).toBe(true);
      for (const paragraph of t.inhoud.split('\n\n').filter((p) => p.includes('{{reden}}'))) {
        expect(paragraph, t.sleutel).toBe('Toelichting: {{reden}}');
      }
    }
  });
});

describe('default template wording', () => {
  const sample = {
    'jeugdige.naam': 'Sanne van Dijk',
    'jeugdige.geboortedatum': '15 mei 2012',
    'school.naam': 'De Kring',
    'melding.verzuim_van': '2 februari 2026',
    'afspraak.datum': 'dinsdag 10 maart 2026',
    'afspraak.tijd': '14:30',
    'afspraak.locatie': 'Stadhuis Leiden, Stadhuisplein 1',
    'consulent.naam': 'Joke Consulent',
    datum: '5 maart 2026',
    reden: 'Sanne was 20 uur afwezig zonder geldige reden.',
    'geadresseerde.naam': 'Petra van Dijk',
    'zaak.nummer': '12',
  } as const;

  // Wording changes show up in review as a changed snapshot.
  it.each(DEFAULT_TEMPLATES.map((t) => [t.sleutel, t] as const))('%s reads as expected', (_, t) => {
    const merged = mergeTemplate(t.inhoud, sample);
    expect(merged.ok).toBe(true);
    expect(`${t.titel}\n\n${merged.ok ? merged.value : ''}`).toMatchSnapshot();
  });
});
