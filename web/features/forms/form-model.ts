// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser side of a form: the definition as the API sends it, and the quick checks done on
 * leaving a field. The server checks everything again (`/controle`, and on sending).
 */
import { isValidBsn } from '../../../shared/bsn.ts';

export interface Veld {
  naam: string;
  soort: string;
  label: string;
  uitleg?: string;
  verplicht: boolean;
  opties?: { waarde: string; label: string }[];
  max?: number;
  autocomplete?: string;
}

export interface Definitie {
  formulier: string;
  versie: number;
  titel: string;
  inleiding: string;
  toegang: 'publiek' | 'school' | 'link';
  aanspreekvorm: 'u' | 'je';
  behandelaar: string;
  velden: Veld[];
}

export type Antwoorden = Record<string, string>;
export interface Fout {
  veld: string;
  melding: string;
}

/** Largest document the server takes (5 MB). */
export const MAX_BESTAND = 5 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The quick check of one answer (the server has the last word), or undefined. */
export function quickCheck(veld: Veld, value: string, file?: File): string | undefined {
  const v = value.trim();
  if (veld.soort === 'bestand') {
    if (!file) return veld.verplicht ? `Kies een bestand bij ${lower(veld.label)}.` : undefined;
    if (file.size > MAX_BESTAND) return 'Het bestand is groter dan 5 MB. Kies een kleiner bestand.';
    if (!TYPES.includes(file.type)) {
      return 'Dit soort bestand kunnen wij niet gebruiken. Kies een PDF, JPG of PNG.';
    }
    return undefined;
  }
  if (v === '') {
    if (!veld.verplicht) return undefined;
    const choice = veld.soort === 'keuze' || veld.soort === 'janee';
    if (veld.label.endsWith('?')) {
      return `${choice ? 'Kies een antwoord op de vraag' : 'Beantwoord de vraag'}: ${veld.label}`;
    }
    return choice ? `Kies bij ${lower(veld.label)} een antwoord.` : `Vul ${lower(veld.label)} in.`;
  }
  if (veld.soort === 'bsn' && !(/^[0-9]{9}$/.test(v) && isValidBsn(v))) {
    return 'Dit burgerservicenummer klopt niet. Het heeft 9 cijfers; controleer ze.';
  }
  if (veld.soort === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v)) {
    return 'Vul een e-mailadres in zoals naam@voorbeeld.nl.';
  }
  if (veld.soort === 'telefoon') {
    const d = v.replace(/[\s-]/g, '');
    if (!/^0[1-9][0-9]{8}$/.test(d) && !/^\+31[1-9][0-9]{8}$/.test(d)) {
      return 'Vul een telefoonnummer in van 10 cijfers, zoals 0612345678.';
    }
  }
  return undefined;
}

/** Every quick problem of the form, in the order of the questions. */
export function quickCheckAll(def: Definitie, a: Antwoorden, files: Record<string, File>): Fout[] {
  return def.velden.flatMap((v) => {
    const melding = quickCheck(v, a[v.naam] ?? '', files[v.naam]);
    return melding ? [{ veld: v.naam, melding }] : [];
  });
}

/** The answer as the check page shows it: the option's label, a date in Dutch, a file's name. */
export function shownAnswer(veld: Veld, value: string | undefined): string {
  if (!value) return '—';
  const option = veld.opties?.find((o) => o.waarde === value)?.label;
  if (option) return option;
  if (veld.soort === 'janee') return value === 'ja' ? 'Ja' : 'Nee';
  if (veld.soort === 'datum' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T12:00:00Z`).toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return value;
}

/** The options of a yes/no question. */
export const JA_NEE = [
  { waarde: 'ja', label: 'Ja' },
  { waarde: 'nee', label: 'Nee' },
];
