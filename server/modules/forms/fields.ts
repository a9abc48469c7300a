// SPDX-License-Identifier: EUPL-1.2
/**
 * PURE: the kinds of question a form can ask and the check of one answer. Messages are B1 Dutch
 * and say what to do, not what went wrong (NL Design System error messages).
 */
import { isValidBsn } from '../../../shared/bsn.ts';
import { isIsoDate } from '../rules/index.ts';

export const VELDSOORTEN = [
  'tekst',
  'lang',
  'bsn',
  'datum',
  'postcode',
  'telefoon',
  'email',
  'keuze',
  'janee',
  'getal',
  'bestand',
] as const;
export type Veldsoort = (typeof VELDSOORTEN)[number];

/** One question of a form. */
export interface Veld {
  naam: string;
  soort: Veldsoort;
  label: string;
  uitleg?: string;
  verplicht: boolean;
  /** For `keuze`: the options. */
  opties?: readonly { waarde: string; label: string }[];
  /** Longest text (characters) or largest number. */
  max?: number;
  /** The HTML autocomplete token, so phones can fill it in. */
  autocomplete?: string;
}

/** The answers to a form: text per field name (a file field holds the file name). */
export type Antwoorden = Record<string, string>;

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A Dutch phone number: 10 digits starting with 0, or +31 and 9 digits (spaces and dashes allowed). */
export function isValidPhone(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  return /^0[1-9][0-9]{8}$/.test(digits) || /^\+31[1-9][0-9]{8}$/.test(digits);
}

export const isValidPostcode = (value: string): boolean => POSTCODE.test(value.trim());
export const isValidEmail = (value: string): boolean =>
  value.length <= 254 && EMAIL.test(value.trim());

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** Why `value` is not a valid answer to `veld`, or undefined when it is. */
export function checkAnswer(veld: Veld, value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (v === '') return veld.verplicht ? emptyMessage(veld) : undefined;
  switch (veld.soort) {
    case 'bsn':
      return /^[0-9]{9}$/.test(v) && isValidBsn(v)
        ? undefined
        : 'Dit burgerservicenummer klopt niet. Het heeft 9 cijfers; controleer ze.';
    case 'datum':
      return isIsoDate(v) ? undefined : `Vul bij ${lower(veld.label)} een datum in.`;
    case 'postcode':
      return isValidPostcode(v) ? undefined : 'Vul een postcode in zoals 1234 AB.';
    case 'telefoon':
      return isValidPhone(v)
        ? undefined
        : 'Vul een telefoonnummer in van 10 cijfers, zoals 0612345678.';
    case 'email':
      return isValidEmail(v) ? undefined : 'Vul een e-mailadres in zoals naam@voorbeeld.nl.';
    case 'keuze':
      return veld.opties?.some((o) => o.waarde === v) ? undefined : emptyMessage(veld);
    case 'janee':
      return v === 'ja' || v === 'nee' ? undefined : `Kies ja of nee bij ${lower(veld.label)}.`;
    case 'getal':
      return /^[0-9]{1,4}$/.test(v) && Number(v) <= (veld.max ?? 9999)
        ? undefined
        : `Vul bij ${lower(veld.label)} een heel getal in${veld.max ? ` van hoogstens ${veld.max}` : ''}.`;
    default:
      return v.length <= (veld.max ?? 200)
        ? undefined
        : `Gebruik bij ${lower(veld.label)} hoogstens ${veld.max ?? 200} tekens.`;
  }
}

function emptyMessage(veld: Veld): string {
  const choice = veld.soort === 'keuze' || veld.soort === 'janee';
  // A question ("Wat heeft de school al gedaan?") does not fit in "Vul … in": quote it instead.
  if (veld.label.endsWith('?')) {
    return `${choice ? 'Kies een antwoord op de vraag' : 'Beantwoord de vraag'}: ${veld.label}`;
  }
  if (choice) return `Kies bij ${lower(veld.label)} een antwoord.`;
  if (veld.soort === 'bestand') return `Kies een bestand bij ${lower(veld.label)}.`;
  return `Vul ${lower(veld.label)} in.`;
}

/** The answer as stored: trimmed; a postcode as `1234 AB`, a BSN and phone number without spaces. */
export function normaliseAnswer(veld: Veld, value: string): string {
  const v = value.trim();
  if (veld.soort === 'postcode') return `${v.slice(0, 4)} ${v.slice(-2).toUpperCase()}`;
  if (veld.soort === 'telefoon' || veld.soort === 'bsn') return v.replace(/[\s-]/g, '');
  return v;
}
