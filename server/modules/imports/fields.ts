// SPDX-License-Identifier: EUPL-1.2
/**
 * Parsers for the field formats of interfaces.md (conventions and §2). Each returns the normalised
 * value or a Dutch message with an English code. Pure; `today` is passed in where it matters.
 */
import { isValidBsn } from '../../../shared/bsn.ts';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; code: string; melding: string };
const good = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = (code: string, melding: string): FieldResult<never> => ({ ok: false, code, melding });

/** Real calendar date check for y-m-d. */
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] ?? 0);
}

/** `YYYY-MM-DD` or Dutch `DD-MM-YYYY` → `YYYY-MM-DD`. */
export function parseDate(column: string, raw: string): FieldResult<string> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(raw);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (!parts) {
    return bad(
      'imports.invalid_date',
      `${column} '${raw}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)`,
    );
  }
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (!isCalendarDate(y, m, d)) {
    return bad('imports.nonexistent_date', `${column} ${raw} bestaat niet`);
  }
  return good(`${parts[0]}-${parts[1]}-${parts[2]}`);
}

/** A date or a date-time (`T` or space, `HH:MM[:SS]`) → the date and, when given, the local moment. */
export function parseDateOrDateTime(
  column: string,
  raw: string,
): FieldResult<{ datum: string; tijdstip: string | null }> {
  const match = /^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    raw,
  );
  if (!match) {
    return bad(
      'imports.invalid_datetime',
      `${column} '${raw}' is geen datum of datum-tijd (JJJJ-MM-DD of JJJJ-MM-DDTUU:MM)`,
    );
  }
  const date = parseDate(column, match[1]!);
  if (!date.ok) return date;
  if (match[2] === undefined) return good({ datum: date.value, tijdstip: null });
  const [h, min, s] = [Number(match[2]), Number(match[3]), Number(match[4] ?? '0')];
  if (h > 23 || min > 59 || s > 59) {
    return bad('imports.invalid_time', `${column} '${raw}' heeft een ongeldige tijd`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return good({ datum: date.value, tijdstip: `${date.value}T${pad(h)}:${pad(min)}:${pad(s)}` });
}

const TRUE = new Set(['ja', 'j', 'true', '1']);
const FALSE = new Set(['nee', 'n', 'false', '0']);

/** `ja`/`nee` (also `j`/`n`, `true`/`false`, `1`/`0`, any case). */
export function parseBoolean(column: string, raw: string): FieldResult<boolean> {
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return good(true);
  if (FALSE.has(value)) return good(false);
  return bad('imports.invalid_boolean', `${column} '${raw}' is geen ja of nee`);
}

export function parseEnum<T extends string>(
  column: string,
  raw: string,
  allowed: readonly T[],
): FieldResult<T> {
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  return found !== undefined
    ? good(found)
    : bad(
        'imports.invalid_value',
        `${column} '${raw}' is onbekend; kies uit ${allowed.join(', ')}`,
      );
}

/** Messages name the column, never the value: a mistyped BSN is still somebody's BSN. */
export function parseBsn(column: string, raw: string): FieldResult<string> {
  if (!/^\d{9}$/.test(raw)) {
    return bad('imports.bsn_format', `${column} moet uit 9 cijfers bestaan`);
  }
  if (!isValidBsn(raw)) {
    return bad('imports.bsn_elfproef', `${column} voldoet niet aan de elfproef`);
  }
  return good(raw);
}

export function parseNineDigits(column: string, raw: string): FieldResult<string> {
  return /^\d{9}$/.test(raw)
    ? good(raw)
    : bad('imports.invalid_number', `${column} moet uit 9 cijfers bestaan`);
}

export function parsePattern(
  column: string,
  raw: string,
  pattern: RegExp,
  example: string,
): FieldResult<string> {
  return pattern.test(raw)
    ? good(raw)
    : bad('imports.invalid_format', `${column} '${raw}' heeft niet de vorm ${example}`);
}

/** `1234AB`, a space allowed and removed, letters made capitals. */
export function parsePostcode(column: string, raw: string): FieldResult<string> {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(value)
    ? good(value)
    : bad('imports.invalid_postcode', `${column} '${raw}' is geen postcode (1234AB)`);
}

export function parseEmail(column: string, raw: string): FieldResult<string> {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)
    ? good(raw)
    : bad('imports.invalid_email', `${column} '${raw}' is geen e-mailadres`);
}

export function parseInteger(column: string, raw: string): FieldResult<number> {
  return /^-?\d{1,6}$/.test(raw)
    ? good(Number(raw))
    : bad('imports.invalid_integer', `${column} '${raw}' is geen geheel getal`);
}

/** A non-negative number; a decimal comma is accepted (Dutch spreadsheets). */
export function parseHours(column: string, raw: string): FieldResult<number> {
  const value = raw.replace(',', '.');
  return /^\d{1,5}(\.\d+)?$/.test(value)
    ? good(Number(value))
    : bad('imports.invalid_number', `${column} '${raw}' is geen aantal uren`);
}

export function parseText(column: string, raw: string, max = 500): FieldResult<string> {
  return raw.length <= max
    ? good(raw)
    : bad('imports.too_long', `${column} is langer dan ${max} tekens`);
}
