// SPDX-License-Identifier: EUPL-1.2
/**
 * The absoluut-verzuim signals on a peildatum (interfaces.md §1.4): SQL narrows the region's
 * residents to those of school age without a valid enrolment or granted exemption; the rules
 * engine decides who is leerplichtig or kwalificatieplichtig (absolute-verzuim.ts).
 */
import type { Queryable } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { regionGemeenteCodes } from '../region/index.ts';
import type { RuleSettings } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { absoluteVerzuimSignal, type Candidate, type Signal } from './absolute-verzuim.ts';

/** Exemptions that lift the duty to be enrolled (art. 5a, 5b, 5c) or replace it (art. 15). */
const EXEMPTING = ['5a', '5b', '5c', '15'];

export async function absoluteVerzuimSignals(
  db: Queryable,
  peildatum: string,
): Promise<{ peildatum: string; signalen: Signal[] }> {
  const gemeenten = await regionGemeenteCodes(db);
  const settings: RuleSettings = await loadRuleSettings(db);
  const rows = await db.query<{ id: number; bsn: string; geboortedatum: string; gemeente: string }>(
    `select x.id, x.bsn, to_char(x.geboortedatum, 'YYYY-MM-DD') as geboortedatum, r.gemeente_code as gemeente
       from persons x
       join residence_periods r on r.person_id = x.id and ${livesOnSql('r', 'x', '$1::date')}
      where x.bsn is not null
        and ($2::text[] = '{}' or r.gemeente_code = any($2::text[]))
        -- School age at most: leerplicht starts after the 5th birthday, kwalificatieplicht ends at 18.
        and x.geboortedatum > $1::date - interval '19 years' and x.geboortedatum <= $1::date - interval '5 years'
        and not exists (
          select 1 from enrolments e where e.person_id = x.id and e.datum_inschrijving <= $1::date
             and (e.datum_uitschrijving is null or e.datum_uitschrijving >= $1::date))
        and not exists (
          select 1 from exemptions v where v.person_id = x.id and v.besluit = 'toegekend'
             and v.artikel = any($3::text[]) and v.geldig_van <= $1::date
             and (v.geldig_tot is null or v.geldig_tot >= $1::date))
      order by r.gemeente_code, x.bsn`,
    [peildatum, gemeenten, EXEMPTING],
  );
  const enrolments = await db.query<{
    personId: number;
    van: string;
    totEnMet: string | null;
    school: string;
    startkwalificatie: string | null;
  }>(
    `select e.person_id as "personId", to_char(e.datum_inschrijving, 'YYYY-MM-DD') as van,
            to_char(e.datum_uitschrijving, 'YYYY-MM-DD') as "totEnMet", s.brin || s.vestiging as school,
            to_char(e.startkwalificatie_datum, 'YYYY-MM-DD') as startkwalificatie
       from enrolments e join schools s on s.id = e.school_id where e.person_id = any($1::int[])`,
    [rows.map((r) => r.id)],
  );
  const byPerson = new Map<number, typeof enrolments>();
  for (const e of enrolments) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  const signalen: Signal[] = [];
  for (const row of rows) {
    const candidate: Candidate = {
      bsn: row.bsn,
      gemeente: row.gemeente,
      geboortedatum: row.geboortedatum,
      inschrijvingen: byPerson.get(row.id) ?? [],
    };
    const signal = absoluteVerzuimSignal(candidate, peildatum, settings);
    if (signal) signalen.push(signal);
  }
  return { peildatum, signalen };
}
