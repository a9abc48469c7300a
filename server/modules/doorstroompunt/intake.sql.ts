// SPDX-License-Identifier: EUPL-1.2
/**
 * Intake of the vsv list: every registration without a case either joins the person's open
 * doorstroompunt case, opens a new one (with the R75 cadence as tasks, assigned by the assignment
 * rules) or is marked outside the target group. Runs inside the import's transaction, so
 * re-importing the same list opens nothing.
 */
import type { Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { cadenceTasks, targetGroupOn } from './doorstroompunt.ts';

interface Pending {
  id: number;
  personId: number;
  geboortedatum: string;
  lijstdatum: string;
  brin: string;
  vestiging: string;
  gemeente: string | null;
  postcode: string | null;
  openCaseId: number | null;
}

/** Takes in every vsv registration that has no case and no out-of-target-group reason yet. */
export async function intakeVsvRegistrations(
  tx: Queryable,
  today: string,
  actor = 'systeem',
): Promise<{ nieuweZaken: number; buitenDoelgroep: number }> {
  const pending = await tx.query<Pending>(
    `select v.id, v.person_id as "personId", to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
            to_char(v.lijstdatum, 'YYYY-MM-DD') as lijstdatum, v.laatste_brin as brin,
            coalesce(v.laatste_vestiging, '00') as vestiging, r.gemeente_code as gemeente, r.postcode,
            (select c.id from cases c where c.person_id = v.person_id and c.soort = 'doorstroompunt'
                and c.gesloten_op is null order by c.id limit 1) as "openCaseId"
       from vsv_registrations v
       join persons p on p.id = v.person_id
       left join lateral (
         select r.gemeente_code, r.postcode from residence_periods r
          where r.person_id = p.id and ${livesOnSql('r', 'p', '$1::date')} limit 1
       ) r on true
      where v.case_id is null and v.buiten_doelgroep is null
      order by v.datum_uitval, v.id`,
    [today],
  );
  if (pending.length === 0) return { nieuweZaken: 0, buitenDoelgroep: 0 };
  const settings = await loadRuleSettings(tx);
  const assign = await coachAssigner(tx);
  const opened = new Map<number, number>();
  let nieuweZaken = 0;
  let buiten = 0;
  for (const reg of pending) {
    const group = targetGroupOn(reg.geboortedatum, reg.lijstdatum, settings);
    if (!group.inDoelgroep) {
      await tx.query('update vsv_registrations set buiten_doelgroep = $2 where id = $1', [
        reg.id,
        group.reden,
      ]);
      buiten++;
      continue;
    }
    let caseId = reg.openCaseId ?? opened.get(reg.personId);
    if (caseId === undefined) {
      caseId = await openCase(tx, reg, today, assign(reg));
      opened.set(reg.personId, caseId);
      nieuweZaken++;
    }
    await tx.query('update vsv_registrations set case_id = $2 where id = $1', [reg.id, caseId]);
  }
  await recordAudit(tx, {
    actor,
    actie: 'doorstroompunt.intake',
    doel: 'doorstroompunt',
    details: { registraties: pending.length, nieuweZaken, buitenDoelgroep: buiten },
  });
  return { nieuweZaken, buitenDoelgroep: buiten };
}

/** Opens a doorstroompunt case with its cadence tasks; returns its id. */
export async function openCase(
  tx: Queryable,
  reg: { personId: number; gemeente: string | null },
  today: string,
  owner: { userId: number | null; team: string | null },
  gegevens: Record<string, unknown> = { bron: 'vsv' },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, toegewezen_aan, team, gemeente_code)
     values ($1, 'doorstroompunt', 'CONTACTRITME', $2, $3, $4, $5) returning id`,
    [reg.personId, today, owner.userId, owner.team ?? 'Doorstroompunt', reg.gemeente],
  );
  const caseId = row!.id;
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'doorstroompunt_geopend', $2, $3)`,
    [caseId, today, JSON.stringify(gegevens)],
  );
  const tasks = cadenceTasks(today);
  await tx.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     select $1, * from unnest($2::text[], $3::text[], $4::date[], $5::int[])`,
    [
      caseId,
      tasks.map((t) => t.soort),
      tasks.map((t) => t.omschrijving),
      tasks.map((t) => t.vervaltOp),
      tasks.map(() => owner.userId),
    ],
  );
  return caseId;
}

/**
 * Picks the doorstroomcoach: a rule for the last school location (a doorstroomcoach's rule first),
 * else a postcode range of a doorstroomcoach; otherwise the case waits unassigned.
 */
export async function coachAssigner(tx: Queryable) {
  const rules = await tx.query<{
    brin: string | null;
    vestiging: string | null;
    postcodeVan: string | null;
    postcodeTot: string | null;
    userId: number;
    team: string | null;
    coach: boolean;
  }>(
    `select s.brin, s.vestiging, r.postcode_van as "postcodeVan", r.postcode_tot as "postcodeTot",
            r.user_id as "userId", r.team, (u.rol = 'doorstroomcoach') as coach
       from assignment_rules r join users u on u.id = r.user_id
       left join schools s on s.id = r.school_id
      where u.actief order by (u.rol = 'doorstroomcoach') desc, r.id`,
  );
  return (reg: { brin?: string; vestiging?: string; postcode: string | null }) => {
    const bySchool = reg.brin
      ? rules.find((r) => r.brin === reg.brin && r.vestiging === reg.vestiging)
      : undefined;
    const pc = reg.postcode?.replace(/\s/g, '').toUpperCase();
    const byPostcode =
      pc &&
      rules.find(
        (r) =>
          r.coach &&
          r.brin === null &&
          r.postcodeVan !== null &&
          pc >= r.postcodeVan &&
          pc <= (r.postcodeTot ?? r.postcodeVan),
      );
    const rule = bySchool ?? (byPostcode || undefined);
    return rule ? { userId: rule.userId, team: rule.team } : { userId: null, team: null };
  };
}
