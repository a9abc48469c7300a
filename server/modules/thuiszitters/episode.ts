// SPDX-License-Identifier: EUPL-1.2
/** The controlled lists of a thuiszitter episode (domain.md §2.15, seed 000) and their checks. */

/** Type of thuiszitten (000 chart, split by geoorloofd/ongeoorloofd as 004 does). */
export const EPISODE_TYPES = {
  met_inschrijving_ongeoorloofd: 'Met schoolinschrijving, ongeoorloofd afwezig',
  met_inschrijving_geoorloofd: 'Met schoolinschrijving, geoorloofd afwezig',
  zonder_inschrijving: 'Wel leerplicht, geen schoolinschrijving',
  vrijstelling_5a: 'Geen leerplicht, geen schoolinschrijving (vrijstelling 5 onder a)',
} as const;
export type EpisodeType = keyof typeof EPISODE_TYPES;

/** Share of education followed ("structureel minder dan 50%", 000 L534). */
export const ONDERWIJSDEELNAME = {
  geen: 'Geen onderwijs (0%)',
  gedeeltelijk: 'Gedeeltelijk onderwijs',
  volledig: 'Volledig onderwijs (opbouw afgerond)',
} as const;
export type Onderwijsdeelname = keyof typeof ONDERWIJSDEELNAME;

/** Cause: a consultant's estimate with deliberately few categories (000 L447-453, R43). */
export const OORZAKEN = {
  psychisch_internaliserend:
    'Internaliserende psychische problematiek (angst, depressie, eetstoornissen)',
  psychisch_externaliserend: 'Externaliserende psychische problematiek',
  hoogbegaafd_hoogsensitief: 'Hoogbegaafdheid of hoogsensitiviteit',
  meervoudig_beperkt: 'Meervoudig beperkt',
  overig: 'Overig of onbekend',
} as const;
export type Oorzaak = keyof typeof OORZAKEN;

/** End situation (000 L418-432, "Situatie aan het einde van het schooljaar"). */
export const EINDSITUATIES = {
  weer_naar_school: 'Weer naar school',
  gedeeltelijk: 'Gedeeltelijk naar school',
  einde_leerplicht_18: 'Einde leerplicht (18 jaar)',
  verhuisd: 'Verhuisd',
  vrijstelling: 'Vrijstelling',
  geen_info: 'Geen info school meer',
} as const;
export type Eindsituatie = keyof typeof EINDSITUATIES;

/** Which term of the stock-flow identity an end situation is (004: opgelost, 18 jaar, verhuisd). */
export function outflowTerm(e: Eindsituatie): 'opgelost' | 'achttien' | 'verhuisd' {
  if (e === 'einde_leerplicht_18') return 'achttien';
  if (e === 'verhuisd') return 'verhuisd';
  return 'opgelost';
}

export interface EpisodeInput {
  startdatum: string;
  type: EpisodeType;
  onderwijsdeelname: Onderwijsdeelname;
  onderwijsdeelnameVanaf?: string | null;
  oorzaak: Oorzaak;
  regie: string;
  wachtlijst?: string | null;
  wachtlijstSinds?: string | null;
}

export interface Problem {
  veld: string;
  melding: string;
}

/** The Dutch problems with an episode's fields (R42: regie always assigned); empty when fine. */
export function checkEpisode(input: EpisodeInput, today: string): Problem[] {
  const problems: Problem[] = [];
  if (input.startdatum > today) {
    problems.push({ veld: 'startdatum', melding: 'De startdatum ligt in de toekomst.' });
  }
  if (!input.regie.trim()) {
    problems.push({ veld: 'regie', melding: 'Vul in welke partner de regie heeft.' });
  }
  if (input.onderwijsdeelname !== 'geen' && !input.onderwijsdeelnameVanaf) {
    problems.push({
      veld: 'onderwijsdeelnameVanaf',
      melding: 'Vul in sinds wanneer de jongere (gedeeltelijk) onderwijs volgt.',
    });
  }
  if (input.wachtlijstSinds && !input.wachtlijst?.trim()) {
    problems.push({ veld: 'wachtlijst', melding: 'Vul in voor welke plek de wachtlijst is.' });
  }
  return problems;
}

/** The Dutch problems with ending an episode on `einddatum`; empty when fine. */
export function checkEnd(startdatum: string, einddatum: string, today: string): Problem[] {
  if (einddatum < startdatum) {
    return [{ veld: 'einddatum', melding: 'De einddatum ligt vóór de startdatum.' }];
  }
  if (einddatum > today) {
    return [{ veld: 'einddatum', melding: 'De einddatum ligt in de toekomst.' }];
  }
  return [];
}
