// SPDX-License-Identifier: EUPL-1.2
/** The one interface every way of sending a message implements (e-mail, SMS, development). */
import type { Kanaal } from '../message.ts';

/** A message as a transport sees it. */
export interface OutgoingMessage {
  id: number;
  kanaal: Kanaal;
  aan: string;
  onderwerp: string | null;
  inhoud: string;
}

/** Sends messages of one channel. */
export interface Transport {
  /**
   * `echt` sends; `ontwikkel` sends nothing, so messages stay `wachtend` and are shown on the
   * outbox page as "niet verzonden (ontwikkelmodus)".
   */
  readonly modus: 'echt' | 'ontwikkel';
  /** Resolves once the provider accepted the message; throws a TransportError otherwise. */
  send(message: OutgoingMessage): Promise<void>;
  /** Frees connections (SMTP); optional. */
  close?(): void;
}

/** One transport per channel. */
export type Transports = Record<Kanaal, Transport>;

/** The development transport: sends nothing and never fails. */
export const developmentTransport: Transport = {
  modus: 'ontwikkel',
  send: async () => {},
};

/** Both channels in development mode (no SMTP or SMS configured). */
export const developmentTransports = (): Transports => ({
  email: developmentTransport,
  sms: developmentTransport,
});

/** Whether a channel runs in development mode (messages are kept, not sent). */
export const isDevelopment = (transports: Transports, kanaal: Kanaal): boolean =>
  transports[kanaal].modus === 'ontwikkel';
