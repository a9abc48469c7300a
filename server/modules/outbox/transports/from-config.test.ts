// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import { deliveryModes, transportsFromConfig } from './from-config.ts';

describe('transports from the configuration', () => {
  it('uses the development transport for a channel without settings', () => {
    const config = loadConfig({});
    expect(deliveryModes(config)).toEqual({ email: 'ontwikkel', sms: 'ontwikkel' });
    expect(transportsFromConfig(config).email.modus).toBe('ontwikkel');
  });

  it('uses SMTP and the SMS provider when they are set', () => {
    const config = loadConfig({
      AANWEZIG_SMTP_URL: 'smtp://mail.example.nl:587',
      AANWEZIG_SMS_URL: 'https://sms.example.nl/api/berichten',
      AANWEZIG_SMS_TOKEN: 'een-geheime-sleutel',
    });
    const transports = transportsFromConfig(config);
    expect([transports.email.modus, transports.sms.modus]).toEqual(['echt', 'echt']);
    transports.email.close?.();
  });

  it('refuses half an SMS setup and an SMS URL without https', () => {
    expect(() =>
      deliveryModes(loadConfig({ AANWEZIG_SMS_URL: 'https://sms.example.nl/api' })),
    ).toThrow(/AANWEZIG_SMS_TOKEN/);
    expect(() => loadConfig({ AANWEZIG_SMS_URL: 'http://sms.example.nl/api' })).toThrow(/https/);
  });
});
