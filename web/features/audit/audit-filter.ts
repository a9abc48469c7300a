// SPDX-License-Identifier: EUPL-1.2
/** The audit log's filter: checking what the privacy officer typed, and the query it becomes. */

export type AuditField =
  'actor' | 'actie' | 'onderwerpSoort' | 'onderwerpId' | 'van' | 'tot' | 'categorie';

export type AuditFilterValues = Record<AuditField, string>;

export const EMPTY_FILTER: AuditFilterValues = {
  actor: '',
  actie: '',
  onderwerpSoort: '',
  onderwerpId: '',
  van: '',
  tot: '',
  categorie: '',
};

export interface FieldError {
  id: AuditField;
  message: string;
}

/** `14-05-2024` or `2024-05-14` → `2024-05-14`; undefined when it is no calendar date. */
export function toIsoDate(text: string): string | undefined {
  const t = text.trim();
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  const iso = nl ? `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` : t;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Limits of GET /api/audit's query (longer values would be refused with a 400). */
const MAX_LENGTH: Partial<Record<AuditField, number>> = {
  actor: 64,
  actie: 64,
  onderwerpSoort: 32,
  onderwerpId: 32,
};

/** Checks the filter; `query` holds only the filled-in fields, dates as JJJJ-MM-DD. */
export function checkAuditFilter(values: AuditFilterValues): {
  errors: FieldError[];
  query: Partial<Record<AuditField, string>>;
} {
  const errors: FieldError[] = [];
  const query: Partial<Record<AuditField, string>> = {};
  for (const [field, max] of Object.entries(MAX_LENGTH) as [AuditField, number][]) {
    const value = values[field].trim();
    if (value.length > max) {
      errors.push({ id: field, message: `Vul hier hoogstens ${max} tekens in.` });
    } else if (value) query[field] = value;
  }
  for (const field of ['van', 'tot'] as const) {
    const text = values[field].trim();
    if (!text) continue;
    const iso = toIsoDate(text);
    if (iso) query[field] = iso;
    else {
      errors.push({
        id: field,
        message: `Vul bij '${field === 'van' ? 'Vanaf' : 'Tot en met'}' een bestaande datum in, bijvoorbeeld 01-09-2024.`,
      });
    }
  }
  if (query.van && query.tot && query.van > query.tot) {
    errors.push({
      id: 'tot',
      message: "De datum bij 'Tot en met' ligt vóór de datum bij 'Vanaf'.",
    });
  }
  if (values.categorie === 'avg' || values.categorie === 'wpg') query.categorie = values.categorie;
  return { errors, query };
}

/** The path for one page of results; empty fields are left out. */
export function auditPath(query: Partial<Record<AuditField, string>>, pagina: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  params.set('pagina', String(pagina));
  return `/api/audit?${params.toString()}`;
}

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `2024-09-02T08:05:09Z` → `2 september 2024 om 10:05:09` (Dutch time, summer time included). */
export function formatTijdstip(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : TIJDSTIP.format(d);
}

/** Audit details as short `veld: waarde` text; they hold ids and field names only, never a BSN or name. */
export function formatDetails(details: Record<string, unknown> | null): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => {
      const text = Array.isArray(value)
        ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : String(value);
      return `${key}: ${text}`;
    })
    .join('; ');
}
