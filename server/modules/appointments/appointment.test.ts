// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChoice,
  localParts,
  nextWorkingDay,
  noShowPercentage,
  outcomeRefusal,
  reminderDue,
  type AfspraakStatus,
} from './appointment.ts';
import { hashLinkToken, linkUrl, looksLikeToken, newLinkToken } from './link-token.ts';

const start = '2025-03-10T08:30:00.000Z'; // maandag 10 maart 2025, 09:30 in Nederland
const at = (iso: string) => new Date(iso);

describe('outcome registration', () => {
  it('allows gehouden and no-show only after the start, and nothing on a closed appointment', () => {
    expect(outcomeRefusal('gepland', 'no_show', start, at('2025-03-10T08:00:00Z'))?.code).toBe(
      'appointments.not_started',
    );
    expect(outcomeRefusal('bevestigd', 'no_show', start, at('2025-03-10T09:00:00Z'))).toBeNull();
    expect(outcomeRefusal('gepland', 'geannuleerd', start, at('2025-03-01T09:00:00Z'))).toBeNull();
    for (const closed of ['gehouden', 'no_show', 'geannuleerd'] as AfspraakStatus[]) {
      expect(outcomeRefusal(closed, 'gehouden', start, at('2025-03-11T09:00:00Z'))?.kind).toBe(
        'conflict',
      );
    }
  });
});

describe('the invitee’s choice', () => {
  const before = at('2025-03-09T12:00:00Z');
  it('confirms once, cancels, and refuses after the start or on a closed appointment', () => {
    expect(applyChoice('gepland', 'bevestigen', start, before)).toEqual({
      status: 'bevestigd',
      gewijzigd: true,
    });
    expect(applyChoice('bevestigd', 'bevestigen', start, before)).toEqual({
      status: 'bevestigd',
      gewijzigd: false,
    });
    expect(applyChoice('bevestigd', 'annuleren', start, before)).toEqual({
      status: 'geannuleerd',
      gewijzigd: true,
    });
    expect(applyChoice('geannuleerd', 'bevestigen', start, before)).toMatchObject({
      code: 'appointments.link_closed',
    });
    expect(applyChoice('gepland', 'annuleren', start, at(start))).toMatchObject({
      code: 'appointments.link_closed',
    });
  });
});

describe('reminder', () => {
  const afspraak = {
    status: 'gepland' as AfspraakStatus,
    tijdstip: start,
    aangemaaktOp: '2025-03-01T10:00:00Z',
    herinneringVerstuurdOp: null,
  };
  it('is due from 24 hours before until the start, once', () => {
    expect(reminderDue(afspraak, at('2025-03-09T08:29:00Z'))).toBe(false);
    expect(reminderDue(afspraak, at('2025-03-09T08:30:00Z'))).toBe(true);
    expect(reminderDue(afspraak, at('2025-03-10T08:29:00Z'))).toBe(true);
    expect(reminderDue(afspraak, at(start))).toBe(false);
    expect(
      reminderDue(
        { ...afspraak, herinneringVerstuurdOp: '2025-03-09T09:00:00Z' },
        at('2025-03-09T10:00:00Z'),
      ),
    ).toBe(false);
    expect(reminderDue({ ...afspraak, status: 'geannuleerd' }, at('2025-03-09T10:00:00Z'))).toBe(
      false,
    );
  });

  it('is skipped while the invitation is less than 12 hours old', () => {
    const recent = { ...afspraak, aangemaaktOp: '2025-03-09T20:00:00Z' };
    expect(reminderDue(recent, at('2025-03-10T07:59:00Z'))).toBe(false);
    expect(reminderDue(recent, at('2025-03-10T08:00:00Z'))).toBe(true);
  });
});

describe('dates', () => {
  it('gives the Dutch local date and time, in winter and summer time', () => {
    expect(localParts(start)).toEqual({ datum: '2025-03-10', tijd: '09:30' });
    expect(localParts('2025-07-01T22:30:00Z')).toEqual({ datum: '2025-07-02', tijd: '00:30' });
  });

  it('finds the next working day past weekends and public holidays', () => {
    expect(nextWorkingDay('2025-03-10')).toBe('2025-03-11');
    expect(nextWorkingDay('2025-03-14')).toBe('2025-03-17'); // Friday → Monday
    expect(nextWorkingDay('2025-04-17')).toBe('2025-04-18'); // Goede Vrijdag is a working day
    expect(nextWorkingDay('2025-04-18')).toBe('2025-04-22'); // weekend, Easter Monday
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29'); // Christmas, weekend
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const next = nextWorkingDay(date);
          const day = new Date(`${next}T00:00:00Z`).getUTCDay();
          return next > date && day !== 0 && day !== 6;
        },
      ),
    );
  });
});

describe('no-show rate', () => {
  it('is no-shows over appointments that should have taken place', () => {
    expect(noShowPercentage(2, 1)).toBe(33.3);
    expect(noShowPercentage(0, 0)).toBeNull();
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (g, n) => {
        const p = noShowPercentage(g, n);
        return g + n === 0 ? p === null : p !== null && p >= 0 && p <= 100;
      }),
    );
  });
});

describe('link token', () => {
  it('is random, stored as a SHA-256, and recognised by its shape', () => {
    const a = newLinkToken();
    const b = newLinkToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashLinkToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken(a.token)).toBe(true);
    expect(looksLikeToken('../../etc')).toBe(false);
    expect(linkUrl('https://aanwezig.example.nl/', 'abc')).toBe(
      'https://aanwezig.example.nl/afspraak/abc',
    );
  });
});
