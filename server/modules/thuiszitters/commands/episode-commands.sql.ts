// SPDX-License-Identifier: EUPL-1.2
/**
 * Register, change and end a thuiszitter episode. Each runs in one transaction with its case
 * event, its threshold tasks (4 weeks, 3 months: made at the start, closed at the end) and its
 * audit entry (ids and field names only).
 */
import type { Database, Queryable } from '../../../db/connect.ts';
import { DomainFailure, domainError } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';
import { checkEnd, checkEpisode, type Eindsituatie, type EpisodeInput } from '../episode.ts';
import { DREMPELS, thresholdDate, type Drempel } from '../thresholds.ts';

export interface Who {
  userId: number | null;
  gebruikersnaam: string;
  scope: readonly string[] | null;
}

const invalid = (problems: { veld: string; melding: string }[]) =>
  new DomainFailure(
    domainError('thuiszitters.invalid', 'invalid', problems.map((p) => p.melding).join(' '), {
      velden: problems,
    }),
  );
const notFound = (what: string) =>
  new DomainFailure(domainError(`thuiszitters.${what}_not_found`, 'not_found', 'Niet gevonden.'));

export interface NewEpisode extends EpisodeInput {
  personId: number;
  /** An open case of the person; absent = a new case of soort `thuiszitter`. */
  caseId?: number;
  schoolId?: number | null;
}

/** Registers an episode (and its case when none is given); returns the episode and case ids. */
export async function createEpisode(
  database: Database,
  input: NewEpisode,
  who: Who,
  today: string,
): Promise<{ id: number; caseId: number }> {
  const problems = checkEpisode(input, today);
  if (problems.length) throw invalid(problems);
  return database.transaction(async (tx) => {
    const open = await tx.query(
      'select 1 from thuiszitter_episodes where person_id = $1 and einddatum is null',
      [input.personId],
    );
    if (open.length) {
      throw new DomainFailure(
        domainError(
          'thuiszitters.already_open',
          'conflict',
          'Deze jongere heeft al een lopende thuiszitterperiode. Werk die bij of sluit die eerst af.',
        ),
      );
    }
    const caseId = input.caseId
      ? await existingCase(tx, input.caseId, input.personId, who.scope)
      : await newCase(tx, input, who, today);
    const [row] = await tx.query<{ id: number }>(
      `insert into thuiszitter_episodes (person_id, case_id, school_id, startdatum, type,
         onderwijsdeelname, onderwijsdeelname_vanaf, oorzaak, regie, wachtlijst, wachtlijst_sinds)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
      [
        input.personId,
        caseId,
        input.schoolId ?? null,
        input.startdatum,
        input.type,
        input.onderwijsdeelname,
        input.onderwijsdeelnameVanaf ?? null,
        input.oorzaak,
        input.regie.trim(),
        input.wachtlijst?.trim() || null,
        input.wachtlijstSinds ?? null,
      ],
    );
    const id = row!.id;
    for (const drempel of Object.keys(DREMPELS) as Drempel[]) {
      await addThresholdTask(tx, id, caseId, drempel, input.startdatum);
    }
    await event(tx, caseId, 'thuiszitter_gestart', today, who, { episode: id, type: input.type });
    await audit(tx, who, 'thuiszitters.created', id, Object.keys(input));
    return { id, caseId };
  });
}

async function existingCase(
  tx: Queryable,
  caseId: number,
  personId: number,
  scope: readonly string[] | null,
): Promise<number> {
  const rows = await tx.query(
    `select 1 from cases c where c.id = $1 and c.person_id = $2 and c.gesloten_op is null
        and ($3::text[] is null or c.gemeente_code = any($3::text[]))`,
    [caseId, personId, scope === null ? null : [...scope]],
  );
  if (!rows.length) throw notFound('case');
  return caseId;
}

async function newCase(tx: Queryable, input: NewEpisode, who: Who, today: string) {
  const rows = await tx.query<{ id: number; gemeente: string | null }>(
    `select x.id, (select r.gemeente_code from residence_periods r
                    where r.person_id = x.id and ${livesOnSql('r', 'x', '$2::date')} limit 1) as gemeente
       from persons x where x.id = $1`,
    [input.personId, today],
  );
  const person = rows[0];
  if (!person) throw notFound('person');
  if (who.scope !== null && !(person.gemeente && who.scope.includes(person.gemeente))) {
    throw notFound('person');
  }
  const [c] = await tx.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, toegewezen_aan, team, gemeente_code, regie)
     values ($1, 'thuiszitter', 'IN_BEOORDELING', $2, $3, null, $4, $5) returning id`,
    [input.personId, today, who.userId, person.gemeente, input.regie.trim()],
  );
  return c!.id;
}

async function addThresholdTask(
  tx: Queryable,
  episodeId: number,
  caseId: number,
  drempel: Drempel,
  startdatum: string,
) {
  const [task] = await tx.query<{ id: number }>(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     select $1, $2, $3, $4, toegewezen_aan from cases where id = $1 returning id`,
    [caseId, `thuiszitter_${drempel}`, DREMPELS[drempel].label, thresholdDate(startdatum, drempel)],
  );
  await tx.query(
    'insert into thuiszitter_tasks (task_id, episode_id, drempel) values ($1, $2, $3)',
    [task!.id, episodeId, drempel],
  );
}

async function event(
  tx: Queryable,
  caseId: number,
  soort: string,
  datum: string,
  who: Who,
  gegevens: Record<string, unknown>,
) {
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, $2, $3, $4::jsonb, $5)`,
    [caseId, soort, datum, JSON.stringify(gegevens), who.userId],
  );
}

async function audit(tx: Queryable, who: Who, actie: string, id: number, velden: string[]) {
  await recordAudit(tx, {
    actor: who.gebruikersnaam,
    actie,
    onderwerpSoort: 'thuiszitter_episode',
    onderwerpId: String(id),
    doel: 'casework',
    details: { velden },
  });
}

interface EpisodeRef {
  id: number;
  caseId: number;
  startdatum: string;
  einddatum: string | null;
}

/** The episode within the actor's scope, or `thuiszitters.episode_not_found`. */
export async function findEpisode(
  db: Queryable,
  id: number,
  scope: readonly string[] | null,
): Promise<EpisodeRef> {
  const [row] = await db.query<EpisodeRef>(
    `select e.id, e.case_id as "caseId", to_char(e.startdatum, 'YYYY-MM-DD') as startdatum,
            to_char(e.einddatum, 'YYYY-MM-DD') as einddatum
       from thuiszitter_episodes e join cases c on c.id = e.case_id
      where e.id = $1 and ($2::text[] is null or c.gemeente_code = any($2::text[]))`,
    [id, scope === null ? null : [...scope]],
  );
  if (!row) throw notFound('episode');
  return row;
}

/** Changes an open episode's details; a new start date moves its open threshold tasks. */
export async function updateEpisode(
  database: Database,
  id: number,
  input: EpisodeInput & { schoolId?: number | null },
  who: Who,
  today: string,
): Promise<void> {
  const problems = checkEpisode(input, today);
  if (problems.length) throw invalid(problems);
  await database.transaction(async (tx) => {
    const episode = await findEpisode(tx, id, who.scope);
    if (episode.einddatum !== null) throw closed();
    await tx.query(
      `update thuiszitter_episodes set startdatum = $2, type = $3, onderwijsdeelname = $4,
          onderwijsdeelname_vanaf = $5, oorzaak = $6, regie = $7, wachtlijst = $8,
          wachtlijst_sinds = $9, school_id = $10 where id = $1`,
      [
        id,
        input.startdatum,
        input.type,
        input.onderwijsdeelname,
        input.onderwijsdeelname === 'geen' ? null : (input.onderwijsdeelnameVanaf ?? null),
        input.oorzaak,
        input.regie.trim(),
        input.wachtlijst?.trim() || null,
        input.wachtlijstSinds ?? null,
        input.schoolId ?? null,
      ],
    );
    if (input.startdatum !== episode.startdatum) {
      for (const drempel of Object.keys(DREMPELS) as Drempel[]) {
        await tx.query(
          `update tasks set vervalt_op = $3 where gedaan_op is null and id in
             (select task_id from thuiszitter_tasks where episode_id = $1 and drempel = $2)`,
          [id, drempel, thresholdDate(input.startdatum, drempel)],
        );
      }
    }
    await event(tx, episode.caseId, 'thuiszitter_gewijzigd', today, who, { episode: id });
    await audit(tx, who, 'thuiszitters.updated', id, Object.keys(input));
  });
}

const closed = () =>
  new DomainFailure(
    domainError('thuiszitters.closed', 'conflict', 'Deze thuiszitterperiode is al afgesloten.'),
  );

/** Ends an episode with its end situation; closes its tasks, and its own thuiszitter case. */
export async function endEpisode(
  database: Database,
  id: number,
  input: { einddatum: string; eindsituatie: Eindsituatie },
  who: Who,
  today: string,
): Promise<void> {
  await database.transaction(async (tx) => {
    const episode = await findEpisode(tx, id, who.scope);
    if (episode.einddatum !== null) throw closed();
    const problems = checkEnd(episode.startdatum, input.einddatum, today);
    if (problems.length) throw invalid(problems);
    await tx.query(
      'update thuiszitter_episodes set einddatum = $2, eindsituatie = $3 where id = $1',
      [id, input.einddatum, input.eindsituatie],
    );
    await tx.query(
      `update tasks set gedaan_op = now() where gedaan_op is null
          and id in (select task_id from thuiszitter_tasks where episode_id = $1)`,
      [id],
    );
    await tx.query(
      `update cases set status = 'AFGESLOTEN', gesloten_op = $2
        where id = $1 and soort = 'thuiszitter' and gesloten_op is null`,
      [episode.caseId, input.einddatum],
    );
    await event(tx, episode.caseId, 'thuiszitter_beeindigd', today, who, {
      episode: id,
      eindsituatie: input.eindsituatie,
    });
    await audit(tx, who, 'thuiszitters.ended', id, ['einddatum', 'eindsituatie']);
  });
}

/** Marks an open threshold task of an episode done (e.g. discussed at the thuiszitterstafel). */
export async function completeThresholdTask(
  database: Database,
  id: number,
  taskId: number,
  who: Who,
  today: string,
): Promise<void> {
  await database.transaction(async (tx) => {
    const episode = await findEpisode(tx, id, who.scope);
    const [task] = await tx.query<{ drempel: string }>(
      `update tasks t set gedaan_op = now() from thuiszitter_tasks x
        where x.task_id = t.id and x.episode_id = $1 and t.id = $2 and t.gedaan_op is null
        returning x.drempel`,
      [id, taskId],
    );
    if (!task) throw notFound('task');
    await event(tx, episode.caseId, 'thuiszitter_taak_afgerond', today, who, {
      episode: id,
      drempel: task.drempel,
    });
    await audit(tx, who, 'thuiszitters.task_done', id, ['taak']);
  });
}
