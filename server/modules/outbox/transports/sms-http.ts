// SPDX-License-Identifier: EUPL-1.2
/**
 * SMS through a provider's HTTPS API: a JSON POST `{ aan, tekst, referentie }` with a bearer token.
 * Most Dutch SMS gateways accept this shape directly or through a small adapter at their side.
 * `Idempotency-Key` lets a provider drop the duplicate when we retry after a lost answer.
 */
import { TransportError } from '../message.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

export interface HttpSmsOptions {
  /** The provider's endpoint (https; http only for a local test server). */
  url: string;
  token: string;
  /** Give up on a request after this many milliseconds (default 10 s). */
  timeoutMs?: number;
  /** The afzender (sender name) the provider shows, at most 11 characters. */
  afzender?: string;
}

/** The SMS transport: one POST per message; any answer other than 2xx is a failure. */
export function httpSmsTransport(options: HttpSmsOptions): Transport {
  return {
    modus: 'echt',
    async send(message: OutgoingMessage) {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/json',
            'idempotency-key': `aanwezig-${message.id}`,
          },
          body: JSON.stringify({
            aan: message.aan,
            tekst: message.inhoud,
            referentie: `aanwezig-${message.id}`,
            ...(options.afzender ? { afzender: options.afzender } : {}),
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          redirect: 'error',
        });
      } catch (error) {
        throw new TransportError(`sms-dienst niet bereikbaar (${networkCode(error)})`);
      }
      // The body is not read into the error: a provider may echo the number or the text.
      await response.body?.cancel();
      if (!response.ok) {
        throw new TransportError(`sms-dienst weigerde het bericht (HTTP ${response.status})`);
      }
    },
  };
}

function networkCode(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'time-out';
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code)
    ? cause.code
    : 'netwerkfout';
}
