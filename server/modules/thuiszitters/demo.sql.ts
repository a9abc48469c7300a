// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo thuiszitters for the demo region, so the Thuiszitters page is not empty after `npm start`:
 * open episodes in some open cases (a few longer than 3 months, so the tafel list and overdue
 * tasks show) and some ended ones of young people without a case. Deterministic: dates follow
 * from `today`, persons from their ids. Runs once (skips when episodes exist).
 */
import { Temporal } from '@js-temporal/polyfill';
import type { Database } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { createEpisode, endEpisode, type Who } from './commands/episode-commands.sql.ts';
import type { Eindsituatie, EpisodeType, Oorzaak } from './episode.ts';

const TYPES: EpisodeType[] = [
  'met_inschrijving_ongeoorloofd',
  'met_inschrijving_geoorloofd',
  'zonder_inschrijving',
  'met_inschrijving_ongeoorloofd',
  'vrijstelling_5a',
];
const OORZAKEN: Oorzaak[] = [
  'psychisch_internaliserend',
  'psychisch_externaliserend',
  'overig',
  'hoogbegaafd_hoogsensitief',
  'meervoudig_beperkt',
];
const REGIE = ['School', 'Jeugdteam', 'Samenwerkingsverband', 'Leerplicht', 'Jeugdhulp'];
const EINDE: Eindsituatie[] = [
  'weer_naar_school',
  'gedeeltelijk',
  'verhuisd',
  'einde_leerplicht_18',
];

const minus = (today: string, days: number) =>
  Temporal.PlainDate.from(today).subtract({ days }).toString();

/** Seeds the demo episodes once. */
export async function ensureDemoThuiszitters(database: Database, today: string): Promise<void> {
  const [any] = await database.query('select 1 from thuiszitter_episodes limit 1');
  if (any) return;
  const [user] = await database.query<{ id: number }>(
    `select id from users where gebruikersnaam = 'consulent'`,
  );
  const who: Who = { userId: user?.id ?? null, gebruikersnaam: 'demo', scope: null };
  const open = await database.query<{ id: number; personId: number }>(
    `select c.id, c.person_id as "personId" from cases c
      where c.soort = 'relatief_verzuim' and c.gesloten_op is null
      order by c.id limit 8`,
  );
  for (const [i, c] of open.entries()) {
    await createEpisode(
      database,
      {
        personId: c.personId,
        caseId: c.id,
        startdatum: minus(today, 12 + i * 19),
        type: TYPES[i % TYPES.length]!,
        onderwijsdeelname: i % 3 === 2 ? 'gedeeltelijk' : 'geen',
        onderwijsdeelnameVanaf: i % 3 === 2 ? minus(today, 7) : null,
        oorzaak: OORZAKEN[i % OORZAKEN.length]!,
        regie: REGIE[i % REGIE.length]!,
        wachtlijst: i % 4 === 1 ? 'Jeugdhulp' : null,
        wachtlijstSinds: i % 4 === 1 ? minus(today, 30) : null,
      },
      who,
      today,
    );
  }
  await endedEpisodes(database, today, who);
}

async function endedEpisodes(database: Database, today: string, who: Who) {
  const persons = await database.query<{ id: number }>(
    `select p.id from persons p
      where p.geboortedatum between $1::date - interval '17 years' and $1::date - interval '6 years'
        and not exists (select 1 from cases c where c.person_id = p.id)
        and exists (select 1 from residence_periods r where r.person_id = p.id and ${livesOnSql('r', 'p', '$1::date')})
      order by p.id limit 4`,
    [today],
  );
  for (const [i, p] of persons.entries()) {
    const start = minus(today, 200 - i * 30);
    const { id } = await createEpisode(
      database,
      {
        personId: p.id,
        startdatum: start,
        type: TYPES[(i + 2) % TYPES.length]!,
        onderwijsdeelname: 'geen',
        oorzaak: OORZAKEN[(i + 1) % OORZAKEN.length]!,
        regie: REGIE[(i + 1) % REGIE.length]!,
      },
      who,
      today,
    );
    await endEpisode(
      database,
      id,
      { einddatum: minus(today, 60 - i * 10), eindsituatie: EINDE[i]! },
      who,
      today,
    );
  }
}
