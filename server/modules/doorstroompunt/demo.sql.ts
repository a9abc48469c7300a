// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo content: a vsv list for the demo region, made from the demo persons whose last enrolment
 * was in mbo and ended without a startkwalificatie, imported as DUO would deliver it. Idempotent
 * (the import is) and deterministic (ordered by person, no clock but `today`).
 */
import type { Database } from '../../db/connect.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { schoolYearOf } from '../rules/index.ts';

interface Leaver {
  bsn: string | null;
  onderwijsnummer: string | null;
  uitval: string;
  brin: string;
  vestiging: string;
  opleiding: string | null;
  niveau: string | null;
}

/** Mbo leavers without a startkwalificatie, 18 up to 23 on $1; callers add the period and order. */
const LEAVERS = `with last as (
     select distinct on (e.person_id) e.person_id, e.school_id, e.sector, e.opleiding, e.niveau,
            e.datum_uitschrijving
       from enrolments e order by e.person_id, e.datum_inschrijving desc, e.id desc)
   select p.bsn, p.onderwijsnummer, to_char(l.datum_uitschrijving, 'YYYY-MM-DD') as uitval,
          s.brin, s.vestiging, l.opleiding, l.niveau
     from last l join persons p on p.id = l.person_id join schools s on s.id = l.school_id
    where l.sector = 'MBO' and l.datum_uitschrijving < $1::date
      and p.geboortedatum <= $1::date - interval '18 years'
      and p.geboortedatum > $1::date - interval '23 years'
      and (p.bsn is not null or p.onderwijsnummer is not null)
      and not exists (select 1 from enrolments e where e.person_id = p.id and e.startkwalificatie_datum is not null)`;

/** Imports the demo region's vsv list on `today`; returns how many rows the list had. */
export async function ensureDemoVsvList(
  database: Database,
  today: string,
  limit = 18,
): Promise<number> {
  const yearStart = schoolYearOf(today).van;
  const leavers = await database.query<Leaver>(
    // Two thirds left this school year (nieuw), one third earlier (oud), the most recent of each.
    `${LEAVERS} and l.datum_uitschrijving >= $2::date order by l.datum_uitschrijving desc, p.id limit $3`,
    [today, yearStart, Math.ceil((limit * 2) / 3)],
  );
  leavers.push(
    ...(await database.query<Leaver>(
      `${LEAVERS} and l.datum_uitschrijving < $2::date order by l.datum_uitschrijving desc, p.id limit $3`,
      [today, yearStart, Math.floor(limit / 3)],
    )),
  );
  if (leavers.length === 0) return 0;
  const csv = [
    'bsn;onderwijsnummer;datum_uitval;laatste_brin;laatste_vestiging;opleiding;niveau;cohort;lijstdatum',
    ...leavers.map((l) =>
      [
        l.bsn ?? '',
        l.bsn ? '' : (l.onderwijsnummer ?? ''),
        l.uitval,
        l.brin,
        l.vestiging,
        (l.opleiding ?? '').replaceAll(';', ' '),
        (l.niveau ?? '').replaceAll(';', ' '),
        l.uitval >= yearStart ? 'nieuw' : 'oud',
        today,
      ].join(';'),
    ),
  ].join('\n');
  await importCsv(database, csv, {
    soort: 'vsv',
    bestandsnaam: 'demo-vsv.csv',
    door: 'demo',
    today,
    gedeeltelijk: true,
  });
  return leavers.length;
}
