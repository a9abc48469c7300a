// SPDX-License-Identifier: EUPL-1.2
/**
 * Casework history for the demo region: the imported meldingen of past school years would all sit
 * open in the worklists, so cases opened more than six weeks before today are closed with an
 * outcome in roughly the proportions of seed 000's chart of VO meldingen by afdoening (an
 * approximation, deterministic by case id), and the demo consultants get the schools.
 */
import type { Database } from '../../../db/connect.ts';
import { assignUnassigned } from '../../casework/assign.sql.ts';
import { syncAbsoluteVerzuimCases } from '../../signals/sync-cases.sql.ts';

/** [afdoening, DUO closing reason, share in 20ths] */
const OUTCOMES: [string, string, number][] = [
  ['afspraken_gemaakt', 'terug_op_school', 7],
  ['waarschuwing_gegeven', 'terug_op_school', 2],
  ['halt', 'terug_op_school', 1],
  ['geen_actie_consulent', 'terug_op_school', 4],
  ['niet_behandeld_geoorloofd', 'geen_verzuim_geoorloofd', 3],
  ['leerling_uitgeschreven', 'uitgeschreven_overig', 1],
  ['niet_behandeld_overig', 'terug_op_school', 2],
];

export async function ensureDemoCasework(database: Database, today: string): Promise<void> {
  await database.transaction(async (tx) => {
    const cases = OUTCOMES.flatMap(
      ([afdoening, reden, n]) => Array(n).fill([afdoening, reden]) as [string, string][],
    );
    const whenSql = cases.map(([a, r], i) => `when ${i} then '${a}|${r}'`).join(' ');
    await tx.query(
      `with closed as (
         update cases c set status = 'AFGESLOTEN',
                gesloten_op = least(c.geopend_op + 14 + (c.id % 28), $1::date),
                afdoening = split_part(case c.id % 20 ${whenSql} end, '|', 1)
          where c.status <> 'AFGESLOTEN' and c.geopend_op < $1::date - 42
          returning c.id, c.afdoening, c.gesloten_op, split_part(case c.id % 20 ${whenSql} end, '|', 2) as reden
       ), reports as (
         update absence_reports a set duo_status = 'afgesloten', afdoening = closed.afdoening,
                duo_sluitreden = closed.reden, duo_toelichting = 'gezien', duo_verzonden_op = closed.gesloten_op
           from closed where a.case_id = closed.id
       )
       insert into case_events (case_id, soort, datum, gegevens)
       select id, 'afgesloten', gesloten_op, jsonb_build_object('afdoening', afdoening, 'demo', true) from closed`,
      [today],
    );
    // The demo consultants: PO, VO and SO schools to the leerplichtconsulent, mbo to the coach.
    await tx.query(
      `insert into assignment_rules (school_id, taak, user_id, team)
       select s.id, 'alle', u.id, case when s.sector = 'MBO' then 'Doorstroompunt' else 'Leerplicht' end
         from schools s join users u on u.gebruikersnaam = case when s.sector = 'MBO' then 'coach' else 'consulent' end
        where not exists (select 1 from assignment_rules)`,
    );
    await assignUnassigned(tx);
  });
  // Today's absoluut-verzuim signals become cases, as the nightly job would do.
  await syncAbsoluteVerzuimCases(database, today, 'demo');
  await (await import('../../thuiszitters/demo.sql.ts')).ensureDemoThuiszitters(database, today);
  await (await import('../../exemptions/demo.sql.ts')).ensureDemoExemptions(database, today);
  await (await import('../../objections/demo.sql.ts')).ensureDemoObjections(database, today);
  await (await import('../../office/demo.sql.ts')).ensureDemoOfficeWork(database, today);
  await (await import('../../doorstroompunt/demo.sql.ts')).ensureDemoVsvList(database, today);
}
