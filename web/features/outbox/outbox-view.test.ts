// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  canRespond,
  developmentNotice,
  formatDay,
  formatMoment,
  linkStatusText,
} from './outbox-view.ts';

describe('outbox and appointment page helpers', () => {
  it('writes moments in Dutch time', () => {
    expect(formatMoment('2025-03-10T08:30:00Z')).toBe('10 maart 2025 om 09:30');
    expect(formatMoment('2025-07-01T22:05:00Z')).toBe('2 juli 2025 om 00:05');
    expect(formatMoment(null)).toBe('');
    expect(formatDay('2025-03-10')).toBe('maandag 10 maart 2025');
  });

  it('names the channels that only keep messages', () => {
    expect(developmentNotice({ email: false, sms: false })).toBe('');
    expect(developmentNotice({ email: true, sms: true })).toMatch(
      /^Ontwikkelmodus: e-mails en sms-berichten worden niet echt verzonden/,
    );
    expect(developmentNotice({ email: false, sms: true })).toMatch(
      /^Ontwikkelmodus: sms-berichten /,
    );
  });

  it('tells the invitee where the appointment stands and whether they can still respond', () => {
    expect(linkStatusText('bevestigd')).toMatch(/komt/);
    expect(linkStatusText('no_show')).toBe('Deze afspraak is voorbij.');
    expect(canRespond('gepland')).toBe(true);
    expect(canRespond('geannuleerd')).toBe(false);
  });
});
