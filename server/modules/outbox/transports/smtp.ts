// SPDX-License-Identifier: EUPL-1.2
/**
 * E-mail over SMTP with nodemailer (docs/decisions/0009-outbox-transports.md). Failures become a
 * TransportError carrying nodemailer's error code and the SMTP reply code only: the server's reply
 * text may quote the recipient's address.
 */
import nodemailer from 'nodemailer';
import { TransportError } from '../message.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

/** An `smtp://` or `smtps://` URL, or nodemailer options (tests pass `{ jsonTransport: true }`). */
export type SmtpTarget = string | Parameters<typeof nodemailer.createTransport>[0];

export interface SmtpOptions {
  smtp: SmtpTarget;
  /** The From header, e.g. `Leerplicht Regio <noreply@example.nl>`. */
  van: string;
  /** Called with what the transport accepted (tests read the composed message here). */
  onSent?: (info: unknown) => void;
}

// A provider that does not answer must not hold the delivery run for minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** An e-mail transport that sends through the SMTP server of `options.smtp`. */
export function smtpTransport(options: SmtpOptions): Transport {
  const mailer = nodemailer.createTransport(
    typeof options.smtp === 'string'
      ? { url: options.smtp, ...TIMEOUTS, logger: false, debug: false }
      : options.smtp,
  );
  return {
    modus: 'echt',
    async send(message: OutgoingMessage) {
      try {
        const info = await mailer.sendMail({
          from: options.van,
          to: message.aan,
          subject: message.onderwerp ?? 'Bericht van het leerplichtbureau',
          text: message.inhoud,
          headers: { 'X-Aanwezig-Bericht': String(message.id) },
        });
        options.onSent?.(info);
      } catch (error) {
        throw new TransportError(describeSmtpFailure(error));
      }
    },
    close: () => mailer.close(),
  };
}

/** Error code and SMTP reply code, never the reply text. */
export function describeSmtpFailure(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = ['e-mail niet verzonden'];
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) parts.push(code);
  if (typeof responseCode === 'number') parts.push(`SMTP ${responseCode}`);
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(', ')})` : parts[0]!;
}
