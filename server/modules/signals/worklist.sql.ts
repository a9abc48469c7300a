// SPDX-License-Identifier: EUPL-1.2
/**
 * The absoluut-verzuim worklist: today's signals (the rule of `aanwezig signalen absoluut-verzuim`)
 * with the person's name and the open case, within the user's gemeenten. No BSN leaves the server.
 */
import type { Queryable } from '../../db/connect.ts';
import { absoluteVerzuimSignals } from './absolute-verzuim.sql.ts';

export interface WorklistSignal {
  personId: number;
  naam: string;
  geboortedatum: string;
  gemeente: string;
  status: string;
  reden: string;
  zaakId: number | null;
}

/** Today's signals in the user's gemeenten, ordered by gemeente, then name. */
export async function absoluteVerzuimWorklist(
  db: Queryable,
  today: string,
  scope: readonly string[] | null,
): Promise<{ peildatum: string; signalen: WorklistSignal[] }> {
  const { signalen } = await absoluteVerzuimSignals(db, today);
  const visible = signalen.filter((s) => scope === null || scope.includes(s.gemeente));
  const persons = await db.query<{
    bsn: string;
    personId: number;
    naam: string;
    geboortedatum: string;
    zaakId: number | null;
  }>(
    `select x.bsn, x.id as "personId",
            concat_ws(' ', x.voornamen, x.voorvoegsel, x.geslachtsnaam) as naam,
            to_char(x.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
            (select c.id from cases c where c.person_id = x.id and c.soort = 'absoluut_verzuim'
                and c.status <> 'AFGESLOTEN' order by c.id desc limit 1) as "zaakId"
       from persons x where x.bsn = any($1::text[])`,
    [visible.map((s) => s.bsn)],
  );
  const byBsn = new Map(persons.map((p) => [p.bsn, p]));
  const rows = visible.flatMap((s) => {
    const p = byBsn.get(s.bsn);
    if (!p) return [];
    const { bsn: _bsn, ...person } = p;
    return [{ ...person, gemeente: s.gemeente, status: s.status, reden: s.reden }];
  });
  rows.sort((a, b) => a.gemeente.localeCompare(b.gemeente) || a.naam.localeCompare(b.naam));
  return { peildatum: today, signalen: rows };
}
