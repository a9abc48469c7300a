// SPDX-License-Identifier: EUPL-1.2
/**
 * The dates the Leerplichtwet 1969 attaches to a date of birth, and the status on a peildatum
 * (interfaces.md §1.1, rules R1–R4, R7, R10).
 */
import { addDays, assertDate, birthday, firstOfNextMonth, type IsoDate } from './dates.ts';
import { schoolYearOf, parseSchoolYear } from './school-year.ts';
import { settingOn, type RuleSettings } from './settings.ts';

export const LEERPLICHT_STATUSES = [
  'nog_niet_leerplichtig',
  'leerplichtig',
  'kwalificatieplichtig',
  'boven_leerplichtig',
  'startkwalificatie_behaald',
  'geen_doelgroep',
] as const;
export type LeerplichtStatus = (typeof LEERPLICHT_STATUSES)[number];

export interface LeerplichtInput {
  geboortedatum: IsoDate;
  peildatum: IsoDate;
  startkwalificatie?: IsoDate;
  /** School years (`2015-2016`) the child was enrolled for the whole year, from enrolment history (art. 3: twelve full school years). */
  volledigeSchooljaren?: readonly string[];
}

/** The JSON of `aanwezig regels leerplicht --json`, keys in the order of the spec example. */
export interface LeerplichtResult {
  geboortedatum: IsoDate;
  peildatum: IsoDate;
  leerplichtigVanaf: IsoDate;
  volledigeLeerplichtTotEnMet: IsoDate;
  kwalificatieplichtTotEnMet: IsoDate;
  doorstroompuntTotEnMet: IsoDate;
  status: LeerplichtStatus;
  uitleg: string[];
}

const LPW = 'Leerplichtwet 1969';

/** art. 2: the first day of the month after the month in which the child turns 5. */
function start(geboortedatum: IsoDate, uitleg: string[]): IsoDate {
  const vijf = birthday(geboortedatum, 5);
  const vanaf = firstOfNextMonth(vijf);
  uitleg.push(
    `art. 2 ${LPW}: wordt 5 op ${vijf}; leerplichtig vanaf de eerste dag van de maand daarna: ${vanaf}`,
  );
  return vanaf;
}

/** art. 3: 31 July of the school year of the 16th birthday, or after twelve full school years if earlier. */
function endOfFull(input: LeerplichtInput, uitleg: string[]): IsoDate {
  const zestien = birthday(input.geboortedatum, 16);
  const jaar = schoolYearOf(zestien);
  uitleg.push(
    `art. 3 ${LPW}: wordt 16 op ${zestien}; schooljaar ${jaar.naam} eindigt op ${jaar.totEnMet}`,
  );
  const twaalfde = twelfthSchoolYearEnd(input.volledigeSchooljaren ?? []);
  if (twaalfde && twaalfde < jaar.totEnMet) {
    uitleg.push(
      `art. 3 ${LPW}: 12 volledige schooljaren ingeschreven, het 12e eindigt op ${twaalfde}; dat is eerder, dus volledige leerplicht tot en met ${twaalfde}`,
    );
    return twaalfde;
  }
  return jaar.totEnMet;
}

/** The last day of the 12th full school year in the history, or undefined with fewer than 12. */
function twelfthSchoolYearEnd(schooljaren: readonly string[]): IsoDate | undefined {
  const ends = [...new Set(schooljaren)]
    .map((s) => parseSchoolYear(s)?.totEnMet)
    .filter((e): e is IsoDate => e !== undefined)
    .sort();
  return ends[11];
}

/** art. 4a: the day before the 18th birthday, or the day before the startkwalificatie when earlier. */
function endOfQualification(
  input: LeerplichtInput,
  eindeVolledig: IsoDate,
  uitleg: string[],
): IsoDate {
  const achttien = birthday(input.geboortedatum, 18);
  const dagVoor18 = addDays(achttien, -1);
  uitleg.push(
    `art. 4a ${LPW}: wordt 18 op ${achttien}; kwalificatieplicht tot en met de dag ervoor: ${dagVoor18}`,
  );
  const skq = input.startkwalificatie;
  if (!skq || skq >= achttien) {
    if (skq) {
      uitleg.push(
        `art. 4a ${LPW}: startkwalificatie op ${skq} valt niet vóór de 18e verjaardag; die telt niet`,
      );
    }
    return dagVoor18;
  }
  const dagVoorSkq = addDays(skq, -1);
  if (dagVoorSkq <= eindeVolledig) {
    uitleg.push(
      `art. 4a ${LPW}: startkwalificatie op ${skq}, vóór het einde van de volledige leerplicht; kwalificatieplicht tot en met ${dagVoorSkq} (de dag ervoor), dus er volgt geen kwalificatieplicht; de volledige leerplicht loopt wel door tot en met ${eindeVolledig} (art. 3)`,
    );
    return dagVoorSkq;
  }
  uitleg.push(
    `art. 4a ${LPW}: startkwalificatie op ${skq}, eerder dan 18; kwalificatieplicht tot en met ${dagVoorSkq}`,
  );
  return dagVoorSkq;
}

/** Doorstroompunt (RMC-wet; "Van school naar duurzaam werk"): the day before the birthday of the age limit in force on the peildatum. */
function endOfDoorstroompunt(
  input: LeerplichtInput,
  settings: RuleSettings,
  uitleg: string[],
): IsoDate {
  const grens = settingOn<number>(settings, 'doorstroompunt.leeftijdsgrens', input.peildatum);
  const verjaardag = birthday(input.geboortedatum, grens.waarde);
  const tot = addDays(verjaardag, -1);
  uitleg.push(
    `Doorstroompunt (R10, wet "Van school naar duurzaam werk"): leeftijdsgrens ${grens.waarde} op ${input.peildatum}, ${grens.uitleg}; wordt ${grens.waarde} op ${verjaardag}; tot en met ${tot}`,
  );
  return tot;
}

/** Computes the leerplicht dates and the status on the peildatum (interfaces.md §1.1). */
export function computeLeerplicht(
  input: LeerplichtInput,
  settings: RuleSettings = {},
): LeerplichtResult {
  assertDate(input.geboortedatum, 'geboortedatum');
  assertDate(input.peildatum, 'peildatum');
  if (input.startkwalificatie !== undefined) {
    assertDate(input.startkwalificatie, 'startkwalificatie');
  }
  const uitleg: string[] = [];
  const leerplichtigVanaf = start(input.geboortedatum, uitleg);
  const volledigeLeerplichtTotEnMet = endOfFull(input, uitleg);
  const kwalificatieplichtTotEnMet = endOfQualification(input, volledigeLeerplichtTotEnMet, uitleg);
  const doorstroompuntTotEnMet = endOfDoorstroompunt(input, settings, uitleg);
  const dates = {
    leerplichtigVanaf,
    volledigeLeerplichtTotEnMet,
    kwalificatieplichtTotEnMet,
    doorstroompuntTotEnMet,
  };
  const status = statusOn(input, dates, uitleg);
  return {
    geboortedatum: input.geboortedatum,
    peildatum: input.peildatum,
    ...dates,
    status,
    uitleg,
  };
}

type Dates = Pick<
  LeerplichtResult,
  | 'leerplichtigVanaf'
  | 'volledigeLeerplichtTotEnMet'
  | 'kwalificatieplichtTotEnMet'
  | 'doorstroompuntTotEnMet'
>;

/** The status on the peildatum; the phases follow each other without gaps. */
function statusOn(input: LeerplichtInput, d: Dates, uitleg: string[]): LeerplichtStatus {
  const p = input.peildatum;
  const skqBehaald = input.startkwalificatie !== undefined && input.startkwalificatie <= p;
  let status: LeerplichtStatus;
  let reden: string;
  if (p < d.leerplichtigVanaf) {
    status = 'nog_niet_leerplichtig';
    reden =
      p < input.geboortedatum
        ? `vóór de geboortedatum ${input.geboortedatum}`
        : `vóór ${d.leerplichtigVanaf}`;
  } else if (p <= d.volledigeLeerplichtTotEnMet) {
    status = 'leerplichtig';
    reden = `van ${d.leerplichtigVanaf} tot en met ${d.volledigeLeerplichtTotEnMet}`;
  } else if (p <= d.kwalificatieplichtTotEnMet) {
    status = 'kwalificatieplichtig';
    reden = `na ${d.volledigeLeerplichtTotEnMet}, tot en met ${d.kwalificatieplichtTotEnMet}`;
  } else if (p <= d.doorstroompuntTotEnMet) {
    status = skqBehaald ? 'startkwalificatie_behaald' : 'boven_leerplichtig';
    reden = skqBehaald
      ? `startkwalificatie op ${input.startkwalificatie}, onder de Doorstroompunt-grens (tot en met ${d.doorstroompuntTotEnMet})`
      : `na ${d.kwalificatieplichtTotEnMet}, zonder startkwalificatie, tot en met ${d.doorstroompuntTotEnMet}`;
  } else {
    status = 'geen_doelgroep';
    reden = `na ${d.doorstroompuntTotEnMet}: op of boven de Doorstroompunt-leeftijdsgrens`;
  }
  uitleg.push(`status op ${p}: ${status} (${reden})`);
  return status;
}
