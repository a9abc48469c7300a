// SPDX-License-Identifier: EUPL-1.2
/**
 * C10 Absoluut verzuim (interfaces.md §1.5): distinct persons with an absoluut-verzuim signal or
 * case during the school year, in the gemeente they lived in on the day they count on — the first
 * signal day, or the day the case was open in the year (its opening, or 1 August).
 */
import type { Queryable } from '../../../db/connect.ts';
import type { RuleSettings } from '../../rules/index.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { firstSignalDay, gemeenteOn, type YearCandidate } from './absolute-verzuim-year.ts';
import { countBy } from './count.ts';

/** Exemptions that lift the duty to be enrolled (the signal's list, interfaces.md §1.4). */
const EXEMPTING = ['5a', '5b', '5c', '15'];

export async function absoluteVerzuimIndicator(
  db: Queryable,
  span: SchoolYearSpan,
  region: ReadonlySet<string>,
  settings: RuleSettings,
): Promise<Indicator> {
  const candidates = await loadCandidates(db, span);
  const cases = await db.query<{ personId: number; datum: string }>(
    `select person_id as "personId", to_char(greatest(min(geopend_op), $1::date), 'YYYY-MM-DD') as datum
       from cases where soort = 'absoluut_verzuim' and geopend_op <= $2::date
        and (gesloten_op is null or gesloten_op >= $1::date)
      group by person_id`,
    [span.van, span.totEnMet],
  );
  const caseDay = new Map(cases.map((c) => [c.personId, c.datum]));
  const counted = new Map<number, string>();
  for (const [id, c] of candidates) {
    const signal = firstSignalDay(c, span, region, settings);
    const day = caseDay.get(id);
    const viaCase = day ? gemeenteOn(c, day, region) : undefined;
    const first = viaCase && day && (!signal || day < signal.datum) ? viaCase : signal?.gemeente;
    if (first) counted.set(id, first);
  }
  // Persons with a case who are not candidates (enrolled all year, or of another age) count where
  // they lived on the case's day.
  const others = [...caseDay.keys()].filter((id) => !counted.has(id) && !candidates.has(id));
  for (const [id, person] of await loadResidence(db, others)) {
    const gemeente = gemeenteOn(person, caseDay.get(id)!, region);
    if (gemeente) counted.set(id, gemeente);
  }
  return {
    id: 'C10',
    titel: 'Absoluut verzuim',
    eenheid: 'personen',
    definitie:
      "Unieke personen die op enige dag van het schooljaar een signaal absoluut verzuim hadden (regel van 'signalen absoluut-verzuim': in de regio wonend, leerplichtig of kwalificatieplichtig, zonder inschrijving en zonder vrijstelling 5a, 5b, 5c of 15) of een dossier absoluut verzuim; geteld in de gemeente waar zij woonden op de eerste dag dat dat gold.",
    dimensies: ['gemeente'],
    rijen: countBy([...counted.values()].map((gemeente) => ({ gemeente }))),
  };
}

/** Residents of school age at some day in the year, with the facts the signal rule needs. */
async function loadCandidates(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<Map<number, YearCandidate>> {
  const persons = await db.query<{
    id: number;
    bsn: string;
    geboortedatum: string;
    overleden: string | null;
  }>(
    `select x.id, x.bsn, to_char(x.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
            to_char(x.datum_overlijden, 'YYYY-MM-DD') as overleden
       from persons x
      where x.bsn is not null
        -- leerplicht starts after the 5th birthday, kwalificatieplicht ends at 18
        and x.geboortedatum <= $2::date - interval '5 years' and x.geboortedatum > $1::date - interval '19 years'
        -- One enrolment or exemption covering the whole year rules out a signal on any day (most
        -- pupils); the rest, school switchers included, go through the exact day rule.
        and not exists (select 1 from enrolments e where e.person_id = x.id and e.datum_inschrijving <= $1::date
                          and (e.datum_uitschrijving is null or e.datum_uitschrijving >= $2::date))
        and not exists (select 1 from exemptions v where v.person_id = x.id and v.besluit = 'toegekend'
                          and v.artikel = any($3::text[]) and v.geldig_van <= $1::date
                          and (v.geldig_tot is null or v.geldig_tot >= $2::date))`,
    [span.van, span.totEnMet, EXEMPTING],
  );
  const ids = persons.map((p) => p.id);
  const result = new Map<number, YearCandidate>();
  for (const p of persons) {
    result.set(p.id, { ...p, woonperiodes: [], inschrijvingen: [], vrijstellingen: [] });
  }
  for (const r of await loadResidenceRows(db, ids)) result.get(r.personId)?.woonperiodes.push(r);
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
    [ids],
  );
  for (const { personId, ...e } of enrolments) result.get(personId)?.inschrijvingen.push(e);
  const exemptions = await db.query<{ personId: number; van: string; totEnMet: string | null }>(
    `select person_id as "personId", to_char(geldig_van, 'YYYY-MM-DD') as van,
            to_char(geldig_tot, 'YYYY-MM-DD') as "totEnMet"
       from exemptions where besluit = 'toegekend' and geldig_van is not null
        and artikel = any($2::text[]) and person_id = any($1::int[])`,
    [ids, EXEMPTING],
  );
  for (const { personId, ...v } of exemptions) result.get(personId)?.vrijstellingen.push(v);
  return result;
}

type ResidenceRow = YearCandidate['woonperiodes'][number] & { personId: number };

const loadResidenceRows = (db: Queryable, ids: number[]) =>
  db.query<ResidenceRow>(
    `select person_id as "personId", gemeente_code as gemeente, rni,
            to_char(vanaf, 'YYYY-MM-DD') as vanaf, to_char(tot, 'YYYY-MM-DD') as tot
       from residence_periods where person_id = any($1::int[])`,
    [ids],
  );

/** Residence and death of persons outside the candidate set (cases of persons of another age). */
async function loadResidence(
  db: Queryable,
  ids: number[],
): Promise<Map<number, Pick<YearCandidate, 'overleden' | 'woonperiodes'>>> {
  const persons = await db.query<{ id: number; overleden: string | null }>(
    `select id, to_char(datum_overlijden, 'YYYY-MM-DD') as overleden from persons where id = any($1::int[])`,
    [ids],
  );
  const result = new Map(
    persons.map((p) => [p.id, { overleden: p.overleden, woonperiodes: [] as ResidenceRow[] }]),
  );
  for (const r of await loadResidenceRows(db, ids)) result.get(r.personId)?.woonperiodes.push(r);
  return result;
}
