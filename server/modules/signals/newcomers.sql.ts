// SPDX-License-Identifier: EUPL-1.2
/** The monthly nieuwkomers overview per gemeente (R48) from the BRP history and enrolments. */
import type { Queryable } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { regionGemeenteCodes } from '../region/index.ts';
import { addDays, addMonths } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import type { Candidate } from './absolute-verzuim.ts';
import { newcomerRows, type Arrival, type NewcomerRow } from './newcomers.ts';

export interface NewcomersOverview {
  maand: string;
  peildatum: string;
  gemeenten: NewcomerRow[];
}

/** The overview for `maand` (`YYYY-MM`), counted on the month's last day. */
export async function newcomersOverview(db: Queryable, maand: string): Promise<NewcomersOverview> {
  const maandStart = `${maand}-01`;
  const eind = addDays(addMonths(maandStart, 1), -1);
  const region = await regionGemeenteCodes(db);
  const rows = await db.query<{
    id: number;
    gemeente: string;
    aangekomen: string;
    geboortedatum: string;
    vrijgesteld: boolean;
  }>(
    `select x.id, r.gemeente_code as gemeente, to_char(r.vanaf, 'YYYY-MM-DD') as aangekomen,
            to_char(x.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
            exists (select 1 from exemptions v where v.person_id = x.id and v.besluit = 'toegekend'
                      and v.artikel in ('5a', '5b', '5c', '15') and v.geldig_van <= $1::date
                      and (v.geldig_tot is null or v.geldig_tot >= $1::date)) as vrijgesteld
       from residence_periods r join persons x on x.id = r.person_id
      where ${livesOnSql('r', 'x', '$1::date')}
        and r.vanaf > $2::date and r.vanaf > x.geboortedatum + 31
        and ($3::text[] = '{}' or r.gemeente_code = any($3::text[]))
        and x.geboortedatum > $1::date - interval '19 years'
        and not exists (select 1 from residence_periods q where q.person_id = x.id and q.vanaf < r.vanaf
                          and ($3::text[] = '{}' or q.gemeente_code = any($3::text[])))`,
    [eind, addMonths(eind, -12), region],
  );
  const enrolments = await db.query<{ personId: number } & Candidate['inschrijvingen'][number]>(
    `select e.person_id as "personId", to_char(e.datum_inschrijving, 'YYYY-MM-DD') as van,
            to_char(e.datum_uitschrijving, 'YYYY-MM-DD') as "totEnMet", '' as school,
            to_char(e.startkwalificatie_datum, 'YYYY-MM-DD') as startkwalificatie
       from enrolments e where e.person_id = any($1::int[])`,
    [rows.map((r) => r.id)],
  );
  const arrivals: Arrival[] = rows.map((r) => ({
    gemeente: r.gemeente,
    aangekomen: r.aangekomen,
    geboortedatum: r.geboortedatum,
    vrijgesteld: r.vrijgesteld,
    inschrijvingen: enrolments.filter((e) => e.personId === r.id),
  }));
  const settings = await loadRuleSettings(db);
  return {
    maand,
    peildatum: eind,
    gemeenten: newcomerRows(arrivals, maandStart, eind, settings),
  };
}
