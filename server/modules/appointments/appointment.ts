// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure rules of an appointment (domain.md §2.10, §3.11 R69, W9; seed 003 proposal 3): which status
 * may follow which, when the reminder is due, when the no-show follow-up falls due, and the
 * no-show rate. Moments are ISO instants; calendar dates are those of Europe/Amsterdam.
 */
import { Temporal } from '@js-temporal/polyfill';
import { domainError, type DomainError } from '../../lib/errors.ts';
import { addDays, dayOfWeek, publicHolidays, type IsoDate } from '../rules/index.ts';

export const AFSPRAAK_STATUSSEN = [
  'gepland',
  'bevestigd',
  'gehouden',
  'no_show',
  'geannuleerd',
] as const;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];

/** The outcomes an officer registers afterwards (or a cancellation). */
export const UITKOMSTEN = ['gehouden', 'no_show', 'geannuleerd'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** The invitee's choices on the public link page (`ander_moment`: cancel and ask for another time). */
export const KEUZES = ['bevestigen', 'annuleren', 'ander_moment'] as const;
export type Keuze = (typeof KEUZES)[number];

/** Statuses in which the appointment is still ahead and can change. */
export const isOpen = (status: AfspraakStatus): boolean =>
  status === 'gepland' || status === 'bevestigd';

export const TIJDZONE = 'Europe/Amsterdam';

/** The reminder goes out from this many hours before the appointment … */
export const HERINNERING_UREN_VOORAF = 24;
/** … unless the invitation itself went out less than this many hours ago. */
export const HERINNERING_MIN_UREN_NA_UITNODIGING = 12;

const HOUR = 3_600_000;

/** The local date and time (Europe/Amsterdam) of an instant. */
export function localParts(instant: string): { datum: IsoDate; tijd: string } {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(TIJDZONE);
  return {
    datum: zoned.toPlainDate().toString(),
    tijd: zoned.toPlainTime().toString({ smallestUnit: 'minute' }),
  };
}

/** Today's date in Europe/Amsterdam at `now` (jobs get a moment, case events want a date). */
export const localDate = (now: Date): IsoDate => localParts(now.toISOString()).datum;

/** Why an officer may not register `next` now, or null when it is allowed. */
export function outcomeRefusal(
  current: AfspraakStatus,
  next: Uitkomst,
  tijdstip: string,
  now: Date,
): DomainError | null {
  if (!isOpen(current)) {
    return domainError(
      'appointments.already_closed',
      'conflict',
      `Deze afspraak is al afgesloten (${current.replace('_', '-')}).`,
      { status: current },
    );
  }
  if (next !== 'geannuleerd' && Date.parse(tijdstip) > now.getTime()) {
    return domainError(
      'appointments.not_started',
      'conflict',
      'De afspraak is nog niet begonnen: registreer gehouden of no-show na de starttijd.',
    );
  }
  return null;
}

/** The invitee's choice applied: the new status and whether anything changed, or why not. */
export function applyChoice(
  current: AfspraakStatus,
  keuze: Keuze,
  tijdstip: string,
  now: Date,
): { status: AfspraakStatus; gewijzigd: boolean } | DomainError {
  if (!isOpen(current) || Date.parse(tijdstip) <= now.getTime()) {
    return domainError(
      'appointments.link_closed',
      'conflict',
      'Deze afspraak kan niet meer worden gewijzigd. Neem contact met ons op als u vragen hebt.',
    );
  }
  if (keuze !== 'bevestigen') return { status: 'geannuleerd', gewijzigd: true };
  return { status: 'bevestigd', gewijzigd: current !== 'bevestigd' };
}

/** Whether the reminder for this appointment should be queued at `now` (once: not yet sent). */
export function reminderDue(
  afspraak: {
    status: AfspraakStatus;
    tijdstip: string;
    aangemaaktOp: string;
    herinneringVerstuurdOp: string | null;
  },
  now: Date,
): boolean {
  const start = Date.parse(afspraak.tijdstip);
  const t = now.getTime();
  return (
    isOpen(afspraak.status) &&
    afspraak.herinneringVerstuurdOp === null &&
    t < start &&
    t >= start - HERINNERING_UREN_VOORAF * HOUR &&
    t - Date.parse(afspraak.aangemaaktOp) >= HERINNERING_MIN_UREN_NA_UITNODIGING * HOUR
  );
}

const isPublicHoliday = (date: IsoDate): boolean =>
  publicHolidays(Number(date.slice(0, 4))).some((h) => h.datum === date);

/**
 * The first working day after `date`: not a Saturday, Sunday or public holiday. The no-show follow-up
 * is due then: seed 003 asks for "een kort telefoontje of berichtje direct erna".
 * @example nextWorkingDay('2025-04-25') === '2025-04-28' // Friday → Monday
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let next = addDays(date, 1);
  while (dayOfWeek(next) > 5 || isPublicHoliday(next)) next = addDays(next, 1);
  return next;
}

/** No-shows as a percentage (one decimal) of the appointments that should have taken place. */
export function noShowPercentage(gehouden: number, noShow: number): number | null {
  const total = gehouden + noShow;
  return total === 0 ? null : Math.round((noShow / total) * 1000) / 10;
}
