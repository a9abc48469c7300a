// SPDX-License-Identifier: EUPL-1.2
/**
 * Effect measurement (seed 003 asks for a nulmeting and effectmeting): the share of young persons
 * with a new melding within 3 and 6 months after a kennisgevingsbrief or after a conversation, and
 * the no-show rate of appointments with and without a reminder. Pure; groups smaller than
 * `MIN_GROEP` are marked too small to conclude anything.
 */
import { Temporal } from '@js-temporal/polyfill';
import { percentage } from './stats.ts';

/** Fewer than this many in a group: too small to conclude (rule of thumb for a share ± 15 points). */
export const MIN_GROEP = 30;

export type Interventie = 'kennisgevingsbrief' | 'gesprek';

export interface Intervention {
  caseId: number;
  groep: Interventie;
  /** Day of the letter or the conversation. */
  datum: string;
  /** The young person's first melding after that day, if any. */
  volgendeMelding: string | null;
}

export interface Share {
  /** Cases whose follow-up window has fully passed. */
  aantal: number;
  metNieuweMelding: number;
  percentage: number | null;
  teKlein: boolean;
}

export interface OutcomeRow {
  groep: Interventie;
  totaal: number;
  binnen3Maanden: Share;
  binnen6Maanden: Share;
}

const addMonths = (day: string, months: number) =>
  Temporal.PlainDate.from(day).add({ months }).toString();

function share(list: readonly Intervention[], months: number, today: string): Share {
  const measurable = list.filter((i) => addMonths(i.datum, months) <= today);
  const met = measurable.filter(
    (i) => i.volgendeMelding !== null && i.volgendeMelding <= addMonths(i.datum, months),
  ).length;
  return {
    aantal: measurable.length,
    metNieuweMelding: met,
    percentage: percentage(met, measurable.length),
    teKlein: measurable.length < MIN_GROEP,
  };
}

/** Outcomes after a kennisgevingsbrief vs after a conversation; only complete windows count. */
export function compareOutcomes(list: readonly Intervention[], today: string): OutcomeRow[] {
  return (['kennisgevingsbrief', 'gesprek'] as const).map((groep) => {
    const members = list.filter((i) => i.groep === groep);
    return {
      groep,
      totaal: members.length,
      binnen3Maanden: share(members, 3, today),
      binnen6Maanden: share(members, 6, today),
    };
  });
}

export interface ReminderRow {
  herinnering: boolean;
  afspraken: number;
  noShow: number;
  percentage: number | null;
  teKlein: boolean;
}

/** No-show rate of ended appointments with and without a reminder sent. */
export function compareReminders(
  appointments: readonly { status: 'gehouden' | 'no_show'; herinnerd: boolean }[],
): ReminderRow[] {
  return [true, false].map((herinnering) => {
    const group = appointments.filter((a) => a.herinnerd === herinnering);
    const noShow = group.filter((a) => a.status === 'no_show').length;
    return {
      herinnering,
      afspraken: group.length,
      noShow,
      percentage: percentage(noShow, group.length),
      teKlein: group.length < MIN_GROEP,
    };
  });
}
