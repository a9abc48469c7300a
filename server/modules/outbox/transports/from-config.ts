// SPDX-License-Identifier: EUPL-1.2
/** Chooses the transports from the configuration: a channel without settings runs in development mode. */
import type { Config } from '../../../config.ts';
import type { Kanaal } from '../message.ts';
import { httpSmsTransport } from './sms-http.ts';
import { smtpTransport } from './smtp.ts';
import { developmentTransport, type Transport, type Transports } from './transport.ts';

/** The settings the outbox reads. */
export type OutboxConfig = Pick<
  Config,
  'AANWEZIG_SMTP_URL' | 'AANWEZIG_MAIL_AFZENDER' | 'AANWEZIG_SMS_URL' | 'AANWEZIG_SMS_TOKEN'
>;

/** Per channel: does it really send (`echt`) or keep messages (`ontwikkel`)? Throws on half an SMS setup. */
export function deliveryModes(config: OutboxConfig): Record<Kanaal, Transport['modus']> {
  if (Boolean(config.AANWEZIG_SMS_URL) !== Boolean(config.AANWEZIG_SMS_TOKEN)) {
    throw new Error(
      'Ongeldige configuratie: zet AANWEZIG_SMS_URL en AANWEZIG_SMS_TOKEN allebei, of geen van beide',
    );
  }
  return {
    email: config.AANWEZIG_SMTP_URL ? 'echt' : 'ontwikkel',
    sms: config.AANWEZIG_SMS_URL ? 'echt' : 'ontwikkel',
  };
}

/** The transports for `config`: SMTP and the HTTPS SMS provider when set, else the development transport. */
export function transportsFromConfig(config: OutboxConfig): Transports {
  const modes = deliveryModes(config);
  return {
    email:
      modes.email === 'echt'
        ? smtpTransport({ smtp: config.AANWEZIG_SMTP_URL!, van: config.AANWEZIG_MAIL_AFZENDER })
        : developmentTransport,
    sms:
      modes.sms === 'echt'
        ? httpSmsTransport({ url: config.AANWEZIG_SMS_URL!, token: config.AANWEZIG_SMS_TOKEN! })
        : developmentTransport,
  };
}
