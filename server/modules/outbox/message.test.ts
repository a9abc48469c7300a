// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_POGINGEN,
  TransportError,
  contentForDisplay,
  failureText,
  isValidAddress,
  maskAddress,
  nextAttemptAt,
  normaliseMobile,
  scrubFailure,
  statusAfterFailure,
  statusLabel,
} from './message.ts';

describe('retries', () => {
  it('waits longer after each failure and gives up at the fifth', () => {
    const now = new Date('2025-03-10T09:00:00Z');
    expect(nextAttemptAt(now, 1).toISOString()).toBe('2025-03-10T09:02:00.000Z');
    expect(nextAttemptAt(now, 4).toISOString()).toBe('2025-03-10T09:16:00.000Z');
    expect([1, 2, 3, 4, 5].map(statusAfterFailure)).toEqual([
      'wachtend',
      'wachtend',
      'wachtend',
      'wachtend',
      'mislukt',
    ]);
    expect(MAX_POGINGEN).toBe(5);
  });
});

describe('addresses', () => {
  it('accepts e-mail addresses and Dutch mobile numbers in the usual spellings', () => {
    expect(isValidAddress('email', 'ouder@example.nl')).toBe(true);
    expect(isValidAddress('email', 'geen adres')).toBe(false);
    expect(isValidAddress('email', 'a@b')).toBe(false);
    expect(normaliseMobile('06-12345678')).toBe('+31612345678');
    expect(normaliseMobile('+31 6 1234 5678')).toBe('+31612345678');
    expect(normaliseMobile('0031612345678')).toBe('+31612345678');
    expect(normaliseMobile('0101234567')).toBeNull();
    expect(isValidAddress('sms', '0612345')).toBe(false);
  });

  it('masks addresses on the outbox page', () => {
    expect(maskAddress('email', 'jan.jansen@example.nl')).toBe('j…@example.nl');
    expect(maskAddress('sms', '+31612345678')).toBe('+316……78');
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const local = email.slice(0, email.lastIndexOf('@'));
        const masked = maskAddress('email', email);
        return local.length < 3 || !masked.includes(local);
      }),
    );
  });
});

describe('failure texts', () => {
  it('never keeps an address, a number or a link', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.stringMatching(/^06\d{8}$/),
        fc.webUrl(),
        fc.string(),
        (email, phone, url, noise) => {
          const text = scrubFailure(`550 <${email}> rejected ${noise} ${phone} ${url}`);
          return !text.includes(email) && !text.includes(phone) && !text.includes(url);
        },
      ),
    );
  });

  it('stores a TransportError reason, only the code of other errors', () => {
    expect(failureText(new TransportError('sms-dienst weigerde het bericht (HTTP 500)'))).toBe(
      'sms-dienst weigerde het bericht (HTTP 500)',
    );
    const foreign = Object.assign(new Error('550 mailbox ouder@example.nl unknown'), {
      code: 'EENVELOPE',
    });
    expect(failureText(foreign)).toBe('verzenden mislukt (EENVELOPE)');
    expect(failureText(new Error('ouder@example.nl'))).toBe('verzenden mislukt (onbekende fout)');
  });
});

describe('outbox page', () => {
  it('says a kept message was not sent in development mode, and hides links otherwise', () => {
    expect(statusLabel('wachtend', true)).toBe('niet verzonden (ontwikkelmodus)');
    expect(statusLabel('wachtend', false)).toBe('wacht op verzending');
    expect(statusLabel('mislukt', true)).toBe('mislukt');
    const inhoud = 'Bevestig: https://aanwezig.example.nl/afspraak/abc123 graag';
    expect(contentForDisplay(inhoud, true)).toBe(inhoud);
    expect(contentForDisplay(inhoud, false)).toBe('Bevestig: [link] graag');
  });
});
