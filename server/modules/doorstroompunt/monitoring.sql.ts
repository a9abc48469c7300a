// SPDX-License-Identifier: EUPL-1.2
/**
 * Monitoring of PRO/VSO leavers (X11, [000 L1294-1295]) and the readiness for the 23–27 extension
 * (X22, R10): reads on enrolments and the vsv list, with the age limit from the rules engine.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { settingOn, type RuleSettings } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { targetGroupOn, type ProVsoStatus } from './doorstroompunt.ts';

const NAAM = `concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam)`;

/**
 * Persons whose last enrolment was in PRO or VSO, who left it on or before `today` and are not
 * enrolled anywhere now, from 18 up to the Doorstroompunt limit; with their follow-up status.
 */
export async function proVsoLeavers(db: Queryable, today: string, scope: Scope) {
  const settings = await loadRuleSettings(db);
  const rows = await db.query<{
    persoonId: number;
    naam: string;
    geboortedatum: string;
    sector: string;
    school: string;
    uitgeschrevenOp: string;
    status: ProVsoStatus | null;
    statusDatum: string | null;
  }>(
    `with last as (
       select distinct on (e.person_id) e.person_id, e.sector, e.school_id, e.datum_uitschrijving
         from enrolments e order by e.person_id, e.datum_inschrijving desc, e.id desc
     )
     select p.id as "persoonId", ${NAAM} as naam, to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
            l.sector, s.naam as school, to_char(l.datum_uitschrijving, 'YYYY-MM-DD') as "uitgeschrevenOp",
            f.status, to_char(f.datum, 'YYYY-MM-DD') as "statusDatum"
       from last l join persons p on p.id = l.person_id join schools s on s.id = l.school_id
       left join pro_vso_follow_ups f on f.person_id = p.id
      where l.sector in ('PRO', 'VSO') and l.datum_uitschrijving < $1::date
        and p.geboortedatum <= $1::date - interval '18 years'
        and ($2::text[] is null or exists (
          select 1 from residence_periods r where r.person_id = p.id and ${livesOnSql('r', 'p', '$1::date')}
             and r.gemeente_code = any($2::text[])))
      order by f.status nulls first, l.datum_uitschrijving desc, p.id limit 500`,
    [today, scope === null ? null : [...scope]],
  );
  return rows.filter((r) => targetGroupOn(r.geboortedatum, today, settings).inDoelgroep);
}

/** Records the follow-up status of a PRO/VSO leaver (one current status per person). */
export async function setProVsoStatus(
  tx: Queryable,
  personId: number,
  status: ProVsoStatus,
  datum: string,
  actor: string,
): Promise<void> {
  const [person] = await tx.query('select 1 from persons where id = $1', [personId]);
  if (!person) {
    throw new DomainFailure({
      code: 'persons.not_found',
      kind: 'not_found',
      message: 'Deze persoon bestaat niet.',
    });
  }
  await tx.query(
    `insert into pro_vso_follow_ups (person_id, status, datum, door) values ($1,$2,$3,$4)
     on conflict (person_id) do update set status = excluded.status, datum = excluded.datum, door = excluded.door`,
    [personId, status, datum, actor],
  );
  await recordAudit(tx, {
    actor,
    actie: 'doorstroompunt.pro_vso_status',
    onderwerpSoort: 'person',
    onderwerpId: String(personId),
    doel: 'doorstroompunt',
    details: { velden: ['status', 'datum'] },
  });
}

/**
 * X22: how many youth would enter the target group on `today` if the limit were 27 — persons
 * on the vsv list now outside it only for their age, and persons 23 up to 27 whose last enrolment
 * ended without a startkwalificatie and who are not enrolled now. Counts only, no persons.
 */
export async function readiness(db: Queryable, today: string) {
  const settings = await loadRuleSettings(db);
  const grens = settingOn<number>(settings, 'doorstroompunt.leeftijdsgrens', today);
  const upcoming = (settings['doorstroompunt.leeftijdsgrens'] ?? [])
    .filter((s) => s.geldigVanaf > today)
    .map((s) => ({ geldigVanaf: s.geldigVanaf, waarde: Number(s.waarde) }));
  const at27: RuleSettings = {
    'doorstroompunt.leeftijdsgrens': [{ geldigVanaf: '1900-01-01', waarde: 27 }],
  };
  const people = await db.query<{ geboortedatum: string; bron: string }>(
    `select to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum, 'vsv' as bron
       from persons p where exists (
         select 1 from vsv_registrations v where v.person_id = p.id and v.buiten_doelgroep = 'boven_leeftijdsgrens')
     union all
     select to_char(p.geboortedatum, 'YYYY-MM-DD'), 'inschrijvingen'
       from persons p
      where p.geboortedatum <= $1::date - interval '23 years' and p.geboortedatum > $1::date - interval '27 years'
        and exists (select 1 from enrolments e where e.person_id = p.id)
        and not exists (select 1 from enrolments e where e.person_id = p.id
              and (e.startkwalificatie_datum is not null or e.datum_uitschrijving is null or e.datum_uitschrijving >= $1::date))
        and not exists (select 1 from vsv_registrations v where v.person_id = p.id)`,
    [today],
  );
  const count = (bron: string, s: RuleSettings) =>
    people.filter((p) => p.bron === bron && targetGroupOn(p.geboortedatum, today, s).inDoelgroep)
      .length;
  return {
    peildatum: today,
    huidigeGrens: grens.waarde,
    geplandeWijzigingen: upcoming,
    extraBij27: {
      vsvLijst: count('vsv', at27) - count('vsv', settings),
      zonderStartkwalificatie: count('inschrijvingen', at27) - count('inschrijvingen', settings),
    },
  };
}
