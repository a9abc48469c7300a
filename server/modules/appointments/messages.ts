// SPDX-License-Identifier: EUPL-1.2
/**
 * The texts of the invitation and the reminder (B1 Dutch). They hold the date, time and place and
 * the link: no name, no reason for the appointment, because an e-mail or SMS may be read by others.
 */
import { weekdayDateInWords } from '../../../shared/dutch-dates.ts';
import type { NewMessage } from '../outbox/index.ts';
import { localParts } from './appointment.ts';

/** A local date in words. @example dutchDate('2025-03-10') === 'maandag 10 maart 2025' */
export const dutchDate = weekdayDateInWords;

/** Date and time of an instant in words, Dutch time. @example 'maandag 10 maart 2025 om 09:30' */
export function dutchMoment(tijdstip: string): string {
  const { datum, tijd } = localParts(tijdstip);
  return `${dutchDate(datum)} om ${tijd}`;
}

export interface AppointmentText {
  tijdstip: string;
  duurMinuten: number;
  locatie: string | null;
  contact: { email?: string | undefined; telefoon?: string | undefined };
}

const plaats = (locatie: string | null) => locatie ?? 'de plaats hoort u nog van ons';

/** One message per contact channel given: the invitation with the confirm/cancel link. */
export function invitationMessages(afspraak: AppointmentText, link: string): NewMessage[] {
  const moment = dutchMoment(afspraak.tijdstip);
  const messages: NewMessage[] = [];
  if (afspraak.contact.email) {
    messages.push({
      kanaal: 'email',
      aan: afspraak.contact.email,
      onderwerp: `Uitnodiging voor een gesprek op ${moment}`,
      inhoud: [
        'Goedendag,',
        '',
        'Wij nodigen u uit voor een gesprek.',
        '',
        `Wanneer: ${moment} (ongeveer ${afspraak.duurMinuten} minuten)`,
        `Waar: ${plaats(afspraak.locatie)}`,
        '',
        'Wilt u laten weten of u komt? Via deze link kunt u de afspraak bevestigen of afzeggen:',
        link,
        '',
        'Kunt u niet? Zeg de afspraak dan zo snel mogelijk af. Wij maken dan een nieuwe afspraak met u.',
        '',
        'Met vriendelijke groet,',
        'Het leerplichtbureau',
      ].join('\n'),
    });
  }
  if (afspraak.contact.telefoon) {
    messages.push({
      kanaal: 'sms',
      aan: afspraak.contact.telefoon,
      inhoud: `Uitnodiging voor een gesprek op ${moment}, ${plaats(afspraak.locatie)}. Bevestigen of afzeggen: ${link}`,
    });
  }
  return messages;
}

/** "vandaag", "morgen" or the date in words, seen from `now`. */
function whenFrom(tijdstip: string, now: Date): string {
  const { datum, tijd } = localParts(tijdstip);
  const today = localParts(now.toISOString()).datum;
  const tomorrow = localParts(new Date(now.getTime() + 86_400_000).toISOString()).datum;
  const day =
    datum === today ? 'vandaag' : datum === tomorrow ? 'morgen' : `op ${dutchDate(datum)}`;
  return `${day} om ${tijd}`;
}

/**
 * The reminder shortly before (seed 003: "het sturen van berichtje kort voor de afspraak"). It has no
 * link: only the token's hash is stored, so the link of the invitation is the one that works.
 */
export function reminderMessages(afspraak: AppointmentText, now: Date): NewMessage[] {
  const when = whenFrom(afspraak.tijdstip, now);
  const messages: NewMessage[] = [];
  if (afspraak.contact.email) {
    messages.push({
      kanaal: 'email',
      aan: afspraak.contact.email,
      onderwerp: `Herinnering: uw afspraak ${when}`,
      inhoud: [
        'Goedendag,',
        '',
        `Dit is een herinnering: u hebt ${when} een gesprek met ons.`,
        `Waar: ${plaats(afspraak.locatie)}`,
        '',
        'Kunt u toch niet? Zeg de afspraak dan af via de link in de uitnodiging, of neem contact met ons op. Wij maken dan een nieuwe afspraak met u.',
        '',
        'Met vriendelijke groet,',
        'Het leerplichtbureau',
      ].join('\n'),
    });
  }
  if (afspraak.contact.telefoon) {
    messages.push({
      kanaal: 'sms',
      aan: afspraak.contact.telefoon,
      inhoud: `Herinnering: ${when} uw afspraak, ${plaats(afspraak.locatie)}. Kunt u niet? Zeg af via de link in de uitnodiging.`,
    });
  }
  return messages;
}
