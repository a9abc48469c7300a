// SPDX-License-Identifier: EUPL-1.2
/**
 * The region's thuiszitter definition (regional setting `thuiszitter.omvang`, rules/settings.ts):
 * `breed` (seed 000: everyone 5-18 not in education, incl. geoorloofd and 5a, from day 1) or
 * `vier_weken_ongeoorloofd` (seed 004: ongeoorloofd or without enrolment, no exemption, 4 weeks).
 * An episode counts from its "effective start": the start plus the waiting time the definition asks.
 */
import { settingOn, type RuleSettings } from '../rules/index.ts';
import type { EpisodeType } from './episode.ts';
import { thresholdDate } from './thresholds.ts';

export type Omvang = 'breed' | 'vier_weken_ongeoorloofd';

export interface Definition {
  omvang: Omvang;
  /** Dutch text printed next to every figure (report-figures §4.2.1). */
  tekst: string;
  uitleg: string;
}

const TEXT: Record<Omvang, string> = {
  breed:
    'Brede definitie (seed 000): alle jongeren van 5 tot 18 jaar zonder startkwalificatie die geen onderwijs volgen, ook geoorloofd afwezig en met vrijstelling 5 onder a, vanaf de eerste dag.',
  vier_weken_ongeoorloofd:
    'Definitie 4 weken ongeoorloofd (seed 004): ingeschreven of niet, 4 weken of langer niet naar school, geen vrijstelling en niet (geoorloofd) ziek; telt vanaf 4 weken.',
};

/** The definition in force on `peildatum`. */
export function definitionOn(settings: RuleSettings, peildatum: string): Definition {
  const s = settingOn<Omvang>(settings, 'thuiszitter.omvang', peildatum);
  return { omvang: s.waarde, tekst: TEXT[s.waarde], uitleg: s.uitleg };
}

/** The day from which an episode counts under the definition, or null when its type never counts. */
export function effectiveStart(
  omvang: Omvang,
  type: EpisodeType,
  startdatum: string,
): string | null {
  if (omvang === 'breed') return startdatum;
  if (type === 'met_inschrijving_geoorloofd' || type === 'vrijstelling_5a') return null;
  return thresholdDate(startdatum, 'vier_weken');
}
