// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dutchDate, dutchMoment, invitationMessages, reminderMessages } from './messages.ts';

const afspraak = {
  tijdstip: '2025-03-10T08:30:00.000Z',
  duurMinuten: 45,
  locatie: 'Stadskantoor, spreekkamer 2',
  contact: { email: 'ouder@example.nl', telefoon: '0612345678' },
};
const link = 'https://aanwezig.example.nl/afspraak/TOKEN';

describe('appointment messages', () => {
  it('writes dates in Dutch words', () => {
    expect(dutchDate('2025-03-10')).toBe('maandag 10 maart 2025');
    expect(dutchDate('2024-12-29')).toBe('zondag 29 december 2024');
    expect(dutchMoment(afspraak.tijdstip)).toBe('maandag 10 maart 2025 om 09:30');
  });

  it('invites per contact channel with date, time, place and the link', () => {
    const [email, sms] = invitationMessages(afspraak, link);
    expect(email).toMatchObject({
      kanaal: 'email',
      aan: 'ouder@example.nl',
      onderwerp: 'Uitnodiging voor een gesprek op maandag 10 maart 2025 om 09:30',
    });
    expect(email!.inhoud).toContain('Waar: Stadskantoor, spreekkamer 2');
    expect(email!.inhoud).toContain(link);
    expect(sms).toMatchObject({ kanaal: 'sms', aan: '0612345678' });
    expect(sms!.inhoud).toContain(link);
    expect(invitationMessages({ ...afspraak, contact: {} }, link)).toEqual([]);
  });

  it('reminds with "morgen" or "vandaag" and without a link', () => {
    const [email, sms] = reminderMessages(afspraak, new Date('2025-03-09T09:00:00Z'));
    expect(email!.onderwerp).toBe('Herinnering: uw afspraak morgen om 09:30');
    expect(sms!.inhoud).toMatch(/^Herinnering: morgen om 09:30 uw afspraak, Stadskantoor/);
    expect(email!.inhoud).not.toContain('https://');
    const [today] = reminderMessages(afspraak, new Date('2025-03-10T06:00:00Z'));
    expect(today!.onderwerp).toBe('Herinnering: uw afspraak vandaag om 09:30');
  });
});
