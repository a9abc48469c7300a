// SPDX-License-Identifier: EUPL-1.2
/** Loads a school year's meldingen and the minutes per task, and runs the what-if (what-if.ts). */
import type { Queryable } from '../../db/connect.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import { schoolYearOf, type SchoolYear } from '../rules/index.ts';
import { averageMinutesPerActivity } from '../office/time.sql.ts';
import { MIN_GROEP } from './effect.ts';
import { minutesOn } from './time-settings.ts';
import { markFirsts, simulateKennisgevingsmodus, type Minutes } from './what-if.ts';

/**
 * The minutes per task: for the conversation the measured average of casework registrations
 * (kantoorwerk, issue #9) in the school year when there are at least `MIN_GROEP` of them, else the
 * regional setting in force at the end of the year; the letter always from the setting.
 */
export async function loadMinutes(db: Queryable, year: SchoolYear): Promise<Minutes> {
  const stored = await db.query<{ sleutel: string; waarde: number; geldigVanaf: string }>(
    `select sleutel, waarde, to_char(geldig_vanaf, 'YYYY-MM-DD') as "geldigVanaf"
       from settings where sleutel like 'dashboard.minuten.%'`,
  );
  const setting = minutesOn(stored, 'dashboard.minuten.gesprek', year.totEnMet);
  const brief = minutesOn(stored, 'dashboard.minuten.kennisgevingsbrief', year.totEnMet);
  const casework = (await averageMinutesPerActivity(db, year)).find((a) => a.soort === 'casus');
  const measured = casework && casework.registraties >= MIN_GROEP ? casework : undefined;
  return {
    gesprek: measured ? measured.gemiddeldeMinuten : setting.waarde,
    kennisgevingsbrief: brief.waarde,
    bron: [
      measured
        ? `gesprek gemeten: gemiddeld ${measured.gemiddeldeMinuten} minuten per casusregistratie in de tijdregistratie (${measured.registraties} registraties in ${year.naam})`
        : setting.uitleg,
      brief.uitleg,
    ].join('; '),
  };
}

export interface WhatIfInput {
  schooljaar: SchoolYear;
  /** The days the simulated mode is in force (default: the whole school year). */
  modusVan?: string | undefined;
  modusTotEnMet?: string | undefined;
  scope: Scope;
  gemeente?: string | undefined;
}

/** Simulates the kennisgevingsmodus on the meldingen of a school year. */
export async function runWhatIf(db: Queryable, input: WhatIfInput) {
  const { schooljaar } = input;
  const rows = await db.query<{
    id: number;
    personId: number;
    caseId: number | null;
    caseGeopendOp: string | null;
    verzuimsoort: string;
    actieGewenst: boolean;
    zorgen: boolean;
    gemeldOp: string;
    afdoening: string | null;
  }>(
    // The same facts intake gives triage (intake.sql.ts), including its reading of "zorgen".
    `select a.id, a.person_id as "personId", a.case_id as "caseId",
            to_char(c.geopend_op, 'YYYY-MM-DD') as "caseGeopendOp", a.verzuimsoort,
            a.actie_gewenst as "actieGewenst",
            (coalesce(a.vermoedelijke_reden, '') ~* 'zorg') as zorgen,
            to_char(a.gemeld_op, 'YYYY-MM-DD') as "gemeldOp", a.afdoening
       from absence_reports a left join cases c on c.id = a.case_id
      where a.gemeld_op between $1::date and $2::date
        and ($3::text[] is null or c.gemeente_code = any($3::text[]))
        and ($4::text is null or c.gemeente_code = $4)`,
    [
      schooljaar.van,
      schooljaar.totEnMet,
      input.scope === null ? null : [...input.scope],
      input.gemeente ?? null,
    ],
  );
  const meldingen = markFirsts(rows, (day) => schoolYearOf(day).van);
  const modus = {
    van: input.modusVan ?? schooljaar.van,
    totEnMet: input.modusTotEnMet ?? schooljaar.totEnMet,
  };
  const minuten = await loadMinutes(db, schooljaar);
  return {
    schooljaar: schooljaar.naam,
    modus,
    ...simulateKennisgevingsmodus(meldingen, modus, minuten),
  };
}
