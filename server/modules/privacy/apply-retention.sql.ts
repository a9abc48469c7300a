// SPDX-License-Identifier: EUPL-1.2
/**
 * The daily retention job: deletes persons whose retention has passed (their data goes by
 * cascade) and old refused import rows, and records one audit entry with counts only.
 */
import type { Database, Queryable } from '../../db/connect.ts';
import { addDays, type IsoDate } from '../rules/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadRetentionFacts, loadRetentionSettings } from './queries/retention-facts.sql.ts';
import { retentionSettingOn } from './retention-settings.ts';
import { decideAll } from './retention-run.ts';
import type { RetentionDecision, RetentionRule } from './retention.ts';
import { removeUploads, uploadsOfVictims } from './retention-uploads.sql.ts';

/** Options of a run: `droog` (dry run) reports without deleting; `actor` for the audit entry. */
export interface ApplyRetentionOptions {
  droog?: boolean;
  actor?: string;
  /** Folder of uploaded form documents; default `<AANWEZIG_DATA_DIR>/formulieren`. */
  uploadDir?: string;
}

/** A person the run deletes (or would delete): id only, never a BSN or name. */
export interface RetentionVictim {
  id: number;
  regel: RetentionRule;
  bewarenTot: IsoDate;
}

/** The outcome of a run: counts per rule, and the ids deleted (or that would be). */
export interface RetentionRunResult {
  datum: IsoDate;
  droog: boolean;
  personenBeoordeeld: number;
  personenVerwijderd: number;
  verwijderdPerRegel: Partial<Record<RetentionRule, number>>;
  /** Persons kept without an end date: open case, legal hold, or parent of such a child. */
  bewaardZonderEinddatum: Partial<Record<RetentionRule, number>>;
  importAfwijzingenVerwijderd: number;
  /** Refused import rows of imports started before this date go. */
  importAfwijzingenVoor: IsoDate;
  /** Uploaded form documents of the deleted persons removed from the data folder. */
  bijlagenVerwijderd: number;
  personen: RetentionVictim[];
}

/** The persons to delete (by id) and the kept persons without an end date. */
function split(decisions: Map<number, RetentionDecision>) {
  const victims: RetentionVictim[] = [];
  const unbounded: RetentionDecision[] = [];
  for (const [id, d] of decisions) {
    if (d.verwijderen && d.bewarenTot) {
      victims.push({ id, regel: d.regel, bewarenTot: d.bewarenTot });
    } else if (d.bewarenTot === null) {
      unbounded.push(d);
    }
  }
  return { victims: victims.sort((a, b) => a.id - b.id), unbounded };
}

const count = (list: { regel: RetentionRule }[]) =>
  list.reduce<Partial<Record<RetentionRule, number>>>(
    (acc, v) => ({ ...acc, [v.regel]: (acc[v.regel] ?? 0) + 1 }),
    {},
  );

/** Applies the retention rules on `today` in one transaction (nothing changes with `droog`). */
export async function applyRetention(
  database: Database,
  today: IsoDate,
  options: ApplyRetentionOptions = {},
): Promise<RetentionRunResult> {
  const droog = options.droog ?? false;
  const { result, uploads } = await database.transaction(async (tx) => {
    const settings = await loadRetentionSettings(tx);
    const { persons, childrenOf } = await loadRetentionFacts(tx);
    const decisions = decideAll(persons, childrenOf, today, settings);
    const { victims: candidates, unbounded } = split(decisions);
    const dagen = retentionSettingOn(
      settings.retention,
      'bewaartermijn.importAfwijzingen.dagen',
      today,
    );
    const grens = addDays(today, -dagen.waarde);
    const { victims, uploads } = droog
      ? { victims: candidates, uploads: [] }
      : await deletePersons(tx, candidates);
    const rejections = await purgeRejections(tx, grens, droog);
    const result: RetentionRunResult = {
      datum: today,
      droog,
      personenBeoordeeld: decisions.size,
      personenVerwijderd: victims.length,
      verwijderdPerRegel: count(victims),
      bewaardZonderEinddatum: count(unbounded),
      importAfwijzingenVerwijderd: rejections,
      importAfwijzingenVoor: grens,
      bijlagenVerwijderd: 0,
      personen: victims,
    };
    await recordAudit(tx, {
      actor: options.actor ?? 'systeem',
      actie: droog ? 'privacy.retention_simulated' : 'privacy.retention_applied',
      doel: 'bewaartermijn',
      details: {
        datum: today,
        personenBeoordeeld: result.personenBeoordeeld,
        personenVerwijderd: result.personenVerwijderd,
        verwijderdPerRegel: result.verwijderdPerRegel,
        bewaardZonderEinddatum: result.bewaardZonderEinddatum,
        importAfwijzingenVerwijderd: result.importAfwijzingenVerwijderd,
      },
    });
    return { result, uploads };
  });
  // Only after the commit: a rolled-back run must not have removed files its rows still name.
  result.bijlagenVerwijderd = await removeUploads(uploads, options.uploadDir);
  return result;
}

/**
 * Deletes the persons; the foreign keys cascade to residence, relations, enrolments, reports,
 * exemptions, cases and everything hanging off them (see README); `purgeLooseRows` clears the
 * rest. The holds are checked again in SQL, so a case opened or blocked since the facts were read
 * still protects its person, and a kept child its parents.
 */
async function deletePersons(
  tx: Queryable,
  candidates: RetentionVictim[],
): Promise<{ victims: RetentionVictim[]; uploads: string[] }> {
  if (candidates.length === 0) return { victims: [], uploads: [] };
  const ids = candidates.map((c) => c.id);
  await tx.query('create temp table retention_victims (id int primary key) on commit drop');
  await tx.query('insert into retention_victims select unnest($1::int[])', [ids]);
  await tx.query(
    `delete from retention_victims v where exists (select 1 from cases c where c.person_id = v.id
       and (c.gesloten_op is null or c.juridische_blokkade))`,
  );
  // A parent stays while any child stays; repeat so grandparents follow their kept grandchildren.
  for (;;) {
    const kept = await tx.query(
      `delete from retention_victims v where exists (select 1 from parent_relations r
         where r.parent_id = v.id and not exists (select 1 from retention_victims w where w.id = r.child_id))
       returning v.id`,
    );
    if (kept.length === 0) break;
  }
  const uploads = await uploadsOfVictims(tx);
  await purgeLooseRows(tx);
  const rows = await tx.query<{ id: number }>(
    'delete from persons p using retention_victims v where v.id = p.id returning p.id',
  );
  const gone = new Set(rows.map((r) => r.id));
  return { victims: candidates.filter((c) => gone.has(c.id)), uploads };
}

/**
 * Rows that point at a victim or their cases with `on delete set null` would outlive them with
 * person data in free text: meetings about their cases and advice questions about them go; booked
 * time stays for the hours overview, without its note; a form only linked through a case goes.
 */
async function purgeLooseRows(tx: Queryable): Promise<void> {
  const victimCases = `select c.id from cases c join retention_victims v on v.id = c.person_id`;
  await tx.query(`delete from office_meetings where case_id in (${victimCases})`);
  await tx.query(
    `delete from office_advice_questions where person_id in (select id from retention_victims)`,
  );
  await tx.query(`update office_time_entries set notitie = null where case_id in (${victimCases})`);
  await tx.query(`delete from form_submissions where case_id in (${victimCases})`);
}

/** Deletes (or counts) refused import rows of imports started before `grens`. */
async function purgeRejections(tx: Queryable, grens: IsoDate, droog: boolean): Promise<number> {
  const where = `import_run_id in (select r.id from import_runs r
    where (r.gestart_op at time zone 'UTC')::date < $1::date)`;
  const rows = droog
    ? await tx.query<{ n: number }>(
        `select count(*)::int as n from import_rejections where ${where}`,
        [grens],
      )
    : await tx.query<{ n: number }>(
        `with gone as (delete from import_rejections where ${where} returning 1) select count(*)::int as n from gone`,
        [grens],
      );
  return rows[0]?.n ?? 0;
}
