// SPDX-License-Identifier: EUPL-1.2
/**
 * Absoluut verzuim (interfaces.md §1.4, art. 2 and 4a Leerplichtwet): who lives in the region on
 * the peildatum, is leerplichtig or kwalificatieplichtig by the rules engine, and has neither a
 * valid enrolment nor a granted exemption 5a, 5b, 5c or 15. Pure: the caller supplies the facts
 * of the candidates (persons without enrolment or exemption on the day).
 */
import {
  addDays,
  computeLeerplicht,
  fullSchoolYears,
  type IsoDate,
  type LeerplichtResult,
  type LeerplichtStatus,
  type RuleSettings,
} from '../rules/index.ts';

export interface Candidate {
  bsn: string;
  gemeente: string;
  geboortedatum: IsoDate;
  inschrijvingen: {
    van: IsoDate;
    totEnMet: IsoDate | null;
    school: string;
    startkwalificatie: IsoDate | null;
  }[];
}

export interface Signal {
  bsn: string;
  gemeente: string;
  status: Extract<LeerplichtStatus, 'leerplichtig' | 'kwalificatieplichtig'>;
  reden: string;
}

/**
 * The leerplicht status on `peildatum` from the date of birth and the enrolment history: the
 * startkwalificatie and the twelve full school years (art. 3) as far as they lie before that day.
 * The one way signals and reports derive a status from history.
 */
export function leerplichtFromHistory(
  geboortedatum: IsoDate,
  inschrijvingen: Candidate['inschrijvingen'],
  peildatum: IsoDate,
  settings: RuleSettings,
): LeerplichtResult {
  const past = inschrijvingen.filter((e) => e.van <= peildatum);
  const startkwalificatie = past
    .map((e) => e.startkwalificatie)
    .filter((d): d is IsoDate => d !== null && d <= peildatum)
    .sort()[0];
  return computeLeerplicht(
    {
      geboortedatum,
      peildatum,
      ...(startkwalificatie ? { startkwalificatie } : {}),
      volledigeSchooljaren: fullSchoolYears(past, peildatum),
    },
    settings,
  );
}

export function absoluteVerzuimSignal(
  candidate: Candidate,
  peildatum: IsoDate,
  settings: RuleSettings,
): Signal | undefined {
  const result = leerplichtFromHistory(
    candidate.geboortedatum,
    candidate.inschrijvingen,
    peildatum,
    settings,
  );
  if (result.status !== 'leerplichtig' && result.status !== 'kwalificatieplichtig') {
    return undefined;
  }
  const past = candidate.inschrijvingen.filter((e) => e.van <= peildatum);
  const last = [...past].sort((a, b) => ((a.totEnMet ?? '') < (b.totEnMet ?? '') ? -1 : 1)).at(-1);
  const reden = last?.totEnMet
    ? `sinds ${addDays(last.totEnMet, 1)} niet ingeschreven (laatste school ${last.school})`
    : 'nooit ingeschreven geweest';
  return { bsn: candidate.bsn, gemeente: candidate.gemeente, status: result.status, reden };
}
