// SPDX-License-Identifier: EUPL-1.2
/** The outbox: messages (e-mail, SMS) are queued in a transaction and sent by a job. */
export { enqueueMessage, type NewMessage } from './enqueue-message.sql.ts';
export { deliverOutbox, type DeliveryResult } from './deliver-outbox.sql.ts';
export {
  KANALEN,
  MAX_POGINGEN,
  TransportError,
  isValidAddress,
  normaliseMobile,
  type Kanaal,
  type OutboxStatus,
} from './message.ts';
export {
  developmentTransport,
  developmentTransports,
  type OutgoingMessage,
  type Transport,
  type Transports,
} from './transports/transport.ts';
export { smtpTransport, type SmtpOptions } from './transports/smtp.ts';
export { httpSmsTransport, type HttpSmsOptions } from './transports/sms-http.ts';
export {
  deliveryModes,
  transportsFromConfig,
  type OutboxConfig,
} from './transports/from-config.ts';
