// SPDX-License-Identifier: EUPL-1.2
/** The merge values of a letter (pure): facts of the case, written the Dutch way, plus the caller's extras. */
import { Temporal } from '@js-temporal/polyfill';
import { dateInWords, weekdayDateInWords } from '../../../shared/dutch-dates.ts';
import type { IsoDate } from '../rules/index.ts';
import { fullName, type AddresseeFacts, type LetterAddress } from './addressees.ts';
import type { MergeData, MergeField } from './merge-fields.ts';

/** Everything a letter about one case may print, gathered by `letter-facts.sql.ts`. */
export interface CaseFacts extends AddresseeFacts {
  zaakId: number;
  /** The latest verzuimmelding of the case. */
  melding: { schoolNaam: string; verzuimVan: IsoDate; reden: string | null } | null;
  /** The next planned appointment: an instant (ISO, UTC) and its place. */
  afspraak: { tijdstip: string; locatie: string | null } | null;
  /** The assigned consultant, or else the user who makes the letter. */
  consulentNaam: string | null;
}

/**
 * Fields the caller may fill in or correct (an appointment not yet in the agenda, the reason of a
 * warning, who signs). Names, dates of birth, school and case number always come from the register.
 */
export const EXTRA_FIELDS = [
  'afspraak.datum',
  'afspraak.tijd',
  'afspraak.locatie',
  'reden',
  'consulent.naam',
] as const satisfies readonly MergeField[];

export type ExtraField = (typeof EXTRA_FIELDS)[number];
export type Extra = Partial<Record<ExtraField, string>>;

/** `2026-03-05` → `5 maart 2026`. */
export const datumNl = (date: IsoDate): string => dateInWords(date);

/** The Dutch date with weekday and the time of an instant, as the clock in the Netherlands shows it. */
export function momentNl(instant: string): { datum: string; tijd: string } {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Amsterdam');
  const tijd = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return { datum: weekdayDateInWords(local.toPlainDate().toString()), tijd };
}

/** The first appointment on or after `today` (Dutch calendar day), from a list in time order. */
export function nextAppointment<T extends { tijdstip: string }>(
  appointments: readonly T[],
  today: IsoDate,
): T | null {
  const first = appointments.find(
    (a) =>
      Temporal.PlainDate.compare(
        Temporal.Instant.from(a.tijdstip).toZonedDateTimeISO('Europe/Amsterdam').toPlainDate(),
        Temporal.PlainDate.from(today),
      ) >= 0,
  );
  return first ?? null;
}

/** The values shared by every letter of one case (the addressee and the reason come per letter). */
export function caseMergeData(facts: CaseFacts, today: IsoDate, extra: Extra = {}): MergeData {
  const data: MergeData = {
    'jeugdige.naam': fullName(facts.jeugdige),
    'jeugdige.geboortedatum': datumNl(facts.jeugdige.geboortedatum),
    'zaak.nummer': String(facts.zaakId),
    datum: datumNl(today),
  };
  if (facts.melding) {
    data['school.naam'] = facts.melding.schoolNaam;
    data['melding.verzuim_van'] = datumNl(facts.melding.verzuimVan);
    if (facts.melding.reden) data.reden = facts.melding.reden;
  }
  if (facts.afspraak) {
    const { datum, tijd } = momentNl(facts.afspraak.tijdstip);
    data['afspraak.datum'] = datum;
    data['afspraak.tijd'] = tijd;
    if (facts.afspraak.locatie) data['afspraak.locatie'] = facts.afspraak.locatie;
  }
  if (facts.consulentNaam) data['consulent.naam'] = facts.consulentNaam;
  for (const field of EXTRA_FIELDS) {
    const value = extra[field]?.trim();
    if (value) data[field] = value;
  }
  return data;
}

/** The values of one letter: who it is for, and the reason withheld (null) when the 16+ rule says so. */
export function letterMergeData(base: MergeData, letter: LetterAddress): MergeData {
  return {
    ...base,
    'geadresseerde.naam': letter.ontvangers.map((o) => o.naam).join(' en '),
    ...(letter.redenWeglaten ? { reden: null } : {}),
  };
}
