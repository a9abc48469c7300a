// SPDX-License-Identifier: EUPL-1.2
/** Pure helpers of the outbox page and the public appointment page (tested without a browser). */

/** A moment in Dutch, in Dutch time. @example formatMoment('2025-03-10T08:30:00Z') === '10 maart 2025 om 09:30' */
export function formatMoment(iso: string | null): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} om ${part('hour')}:${part('minute')}`;
}

export const KANAAL_LABELS: Record<string, string> = { email: 'E-mail', sms: 'Sms' };

/** The channels in development mode, as a sentence for the page; empty when both really send. */
export function developmentNotice(modus: { email: boolean; sms: boolean }): string {
  const kept = [modus.email && 'e-mails', modus.sms && 'sms-berichten'].filter(Boolean);
  if (kept.length === 0) return '';
  return `Ontwikkelmodus: ${kept.join(' en ')} worden niet echt verzonden. Ze blijven hier staan als "niet verzonden (ontwikkelmodus)".`;
}

/** What the invitee reads about the status of their appointment. */
export function linkStatusText(status: string): string {
  switch (status) {
    case 'gepland':
      return 'Deze afspraak staat gepland. Laat u weten of u komt?';
    case 'bevestigd':
      return 'U hebt laten weten dat u komt. Dank u wel.';
    case 'geannuleerd':
      return 'Deze afspraak is afgezegd. Wij nemen contact met u op voor een nieuwe afspraak.';
    default:
      return 'Deze afspraak is voorbij.';
  }
}

/** Whether the invitee can still confirm or cancel (the server checks again). */
export const canRespond = (status: string): boolean =>
  status === 'gepland' || status === 'bevestigd';

/** `2025-03-10` → `maandag 10 maart 2025` (the date of the link page, no time zone involved). */
export function formatDay(datum: string): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
