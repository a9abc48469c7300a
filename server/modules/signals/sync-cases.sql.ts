// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps the absoluut-verzuim cases in step with the signals (W3): a signalled child without an
 * open case gets one (state SIGNAAL, assigned by the school-less postcode rules or left
 * unassigned); an open case whose child is no longer signalled closes itself, with the outcome
 * the data shows — enrolled, exempted, moved, or no longer of school age — and that history in
 * its timeline. Runs daily and on demand.
 */
import type { Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { regionGemeenteCodes } from '../region/index.ts';
import { absoluteVerzuimSignals } from './absolute-verzuim.sql.ts';

export interface SyncResult {
  signalen: number;
  geopend: number;
  afgesloten: number;
}

export async function syncAbsoluteVerzuimCases(
  db: Queryable,
  today: string,
  actor: string,
): Promise<SyncResult> {
  const { signalen } = await absoluteVerzuimSignals(db, today);
  const persons = await db.query<{ id: number; bsn: string }>(
    'select id, bsn from persons where bsn = any($1::text[])',
    [signalen.map((s) => s.bsn)],
  );
  const idOf = new Map(persons.map((p) => [p.bsn, p.id]));
  const open = await db.query<{ id: number; personId: number }>(
    `select id, person_id as "personId" from cases where soort = 'absoluut_verzuim' and status <> 'AFGESLOTEN'`,
  );
  const openFor = new Set(open.map((c) => c.personId));
  const signalled = new Set<number>();
  let geopend = 0;
  for (const signal of signalen) {
    const personId = idOf.get(signal.bsn)!;
    signalled.add(personId);
    if (openFor.has(personId)) continue;
    const [row] = await db.query<{ id: number }>(
      `insert into cases (person_id, soort, status, geopend_op, gemeente_code)
       values ($1, 'absoluut_verzuim', 'SIGNAAL', $2, $3) returning id`,
      [personId, today, signal.gemeente],
    );
    await db.query(
      `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'signaal', $2, $3)`,
      [row!.id, today, JSON.stringify({ status: signal.status, reden: signal.reden })],
    );
    geopend++;
  }
  let afgesloten = 0;
  for (const c of open.filter((c) => !signalled.has(c.personId))) {
    const { afdoening, uitleg } = await whyResolved(db, c.personId, today);
    await db.query(
      `update cases set status = 'AFGESLOTEN', gesloten_op = $2, afdoening = $3 where id = $1`,
      [c.id, today, afdoening],
    );
    await db.query(
      `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'automatisch_afgesloten', $2, $3)`,
      [c.id, today, JSON.stringify({ afdoening, uitleg })],
    );
    await db.query(`update tasks set gedaan_op = now() where case_id = $1 and gedaan_op is null`, [
      c.id,
    ]);
    afgesloten++;
  }
  const result = { signalen: signalen.length, geopend, afgesloten };
  await recordAudit(db, {
    actor,
    actie: 'signals.cases_synced',
    doel: 'absoluut verzuim',
    details: { ...result },
  });
  return result;
}

/** The outcome the data shows for a child that is no longer signalled. */
async function whyResolved(db: Queryable, personId: number, today: string) {
  const [facts] = await db.query<{
    ingeschreven: boolean;
    vrijstelling: string | null;
    woont: boolean;
    rni: boolean;
  }>(
    `select
       exists (select 1 from enrolments e where e.person_id = x.id and e.datum_inschrijving <= $2::date
                 and (e.datum_uitschrijving is null or e.datum_uitschrijving >= $2::date)) as ingeschreven,
       (select v.artikel from exemptions v where v.person_id = x.id and v.besluit = 'toegekend'
           and v.geldig_van <= $2::date and (v.geldig_tot is null or v.geldig_tot >= $2::date) limit 1) as vrijstelling,
       exists (select 1 from residence_periods r where r.person_id = x.id and ${livesOnSql('r', 'x', '$2::date')}
                 and ($3::text[] = '{}' or r.gemeente_code = any($3::text[]))) as woont,
       exists (select 1 from residence_periods r where r.person_id = x.id and r.rni
                 and (r.vanaf is null or r.vanaf <= $2::date) and (r.tot is null or r.tot > $2::date)) as rni
     from persons x where x.id = $1`,
    [personId, today, await regionGemeenteCodes(db)],
  );
  if (facts?.ingeschreven) {
    return { afdoening: 'inschrijving_school', uitleg: 'Er is nu een geldige inschrijving.' };
  }
  if (facts?.vrijstelling && ['5a', '5b', '5c', '15'].includes(facts.vrijstelling)) {
    return {
      afdoening: `start_vrijstelling_${facts.vrijstelling}`,
      uitleg: `Er is nu een vrijstelling artikel ${facts.vrijstelling}.`,
    };
  }
  if (facts?.rni) {
    return { afdoening: 'uitschrijving_brp', uitleg: 'Uitgeschreven uit de BRP (RNI).' };
  }
  if (!facts?.woont) {
    return { afdoening: 'overdracht_andere_gemeente', uitleg: 'Woont niet meer in de regio.' };
  }
  return {
    afdoening: 'overdracht_doorstroompunt',
    uitleg:
      'Niet meer leerplichtig of kwalificatieplichtig: naar het Doorstroompunt als er geen startkwalificatie is.',
  };
}
