// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure rules of the outbox: channels, statuses, when to try again, and how a failure or an
 * address is written down without personal data.
 */

/** The channels a message can go out on. */
export const KANALEN = ['email', 'sms'] as const;
export type Kanaal = (typeof KANALEN)[number];

/** wachtend (not sent yet), verzonden, mislukt (gave up after {@link MAX_POGINGEN}). */
export const STATUSSEN = ['wachtend', 'verzonden', 'mislukt'] as const;
export type OutboxStatus = (typeof STATUSSEN)[number];

/** After this many failed attempts a message is marked `mislukt` and not tried again. */
export const MAX_POGINGEN = 5;

/**
 * A message not sent within this many hours is not sent at all (`mislukt`, "verlopen"): a reminder
 * for an appointment that has passed must not go out when a channel is configured days later.
 */
export const VERLOOPT_NA_UREN = 48;

/** How long a claimed message is left alone while a deliverer sends it (crash safety). */
export const CLAIM_MINUTEN = 10;

/** Minutes to wait after the `pogingen`-th failure: 2, 4, 8, 16 … (a provider hiccup passes). */
export const retryDelayMinutes = (pogingen: number): number => 2 ** Math.max(1, pogingen);

/** The moment of the next attempt after `pogingen` failures, counted from `now`. */
export const nextAttemptAt = (now: Date, pogingen: number): Date =>
  new Date(now.getTime() + retryDelayMinutes(pogingen) * 60_000);

/** The status after a failed attempt that brought the count to `pogingen`. */
export const statusAfterFailure = (pogingen: number): OutboxStatus =>
  pogingen >= MAX_POGINGEN ? 'mislukt' : 'wachtend';

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]{2,}$/;
const MOBIEL = /^(?:\+316|06)\d{8}$/;

/** Normalises a phone number to +316…; null when it is not a Dutch mobile number. */
export function normaliseMobile(value: string): string | null {
  const compact = value.replaceAll(/[\s\-().]/g, '').replace(/^00316/, '+316');
  if (!MOBIEL.test(compact)) return null;
  return compact.startsWith('06') ? `+316${compact.slice(2)}` : compact;
}

/** Whether `aan` is a usable address for `kanaal` (an e-mail address, or a Dutch mobile number). */
export function isValidAddress(kanaal: Kanaal, aan: string): boolean {
  return kanaal === 'email' ? aan.length <= 254 && EMAIL.test(aan) : normaliseMobile(aan) !== null;
}

/**
 * An address shown on the outbox page: enough to recognise, not enough to copy.
 * @example maskAddress('email', 'jan.jansen@example.nl') === 'j…@example.nl'
 * @example maskAddress('sms', '+31612345678') === '+316……78'
 */
export function maskAddress(kanaal: Kanaal, aan: string): string {
  if (kanaal === 'email') {
    const at = aan.lastIndexOf('@');
    return at > 0 ? `${aan.slice(0, 1)}…@${aan.slice(at + 1)}` : '…';
  }
  return aan.length > 6 ? `${aan.slice(0, 4)}……${aan.slice(-2)}` : '…';
}

/**
 * Removes anything that might be personal from a failure text: e-mail addresses, runs of digits
 * (phone numbers, BSNs) and URLs (which may carry a link token); at most 200 characters.
 */
export function scrubFailure(text: string): string {
  return text
    .replaceAll(/\S+@\S+/g, '[adres]')
    .replaceAll(/https?:\/\/\S+/g, '[url]')
    .replaceAll(/\+?\d[\d\s-]{4,}\d/g, '[nummer]')
    .slice(0, 200);
}

/**
 * A failure of a transport whose `reden` was written to be stored: no address, no content.
 * Transports throw this; anything else is reduced to its error code by {@link failureText}.
 */
export class TransportError extends Error {
  constructor(readonly reden: string) {
    super(reden);
    this.name = 'TransportError';
  }
}

/** The text stored in `outbox_messages.fout`: never the raw message of a foreign error. */
export function failureText(error: unknown): string {
  if (error instanceof TransportError) return scrubFailure(error.reden);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) {
    return `verzenden mislukt (${code})`;
  }
  return 'verzenden mislukt (onbekende fout)';
}

/** The status as the outbox page says it. */
export function statusLabel(status: OutboxStatus, ontwikkelmodus: boolean): string {
  if (status === 'verzonden') return 'verzonden';
  if (status === 'mislukt') return 'mislukt';
  return ontwikkelmodus ? 'niet verzonden (ontwikkelmodus)' : 'wacht op verzending';
}

/**
 * The content as the outbox page shows it. Links carry a token that acts for the invitee, so they
 * are shown only in development mode, where nothing is sent and someone has to click them to test.
 */
export const contentForDisplay = (inhoud: string, ontwikkelmodus: boolean): string =>
  ontwikkelmodus ? inhoud : inhoud.replaceAll(/https?:\/\/\S+/g, '[link]');
