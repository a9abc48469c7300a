// SPDX-License-Identifier: EUPL-1.2
/**
 * Intake: every melding without a case joins the open case of its young person or opens one, is
 * triaged (triage.ts) and assigned (assignment rules by school location and task, else postcode
 * range, else unassigned). Runs inside the transaction of the import that brought the meldingen,
 * so a melding never exists without its case. Letters the triage asks for are planned as case
 * events (`brief_gepland`) and made in a batch, not rendered one by one during an import.
 */
import type { Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { schoolYearOf } from '../rules/index.ts';
import type { CaseState } from './lifecycle.ts';
import { kennisgevingsmodusOn } from './policy-mode.sql.ts';
import { stateAfterJoining, triageNew, type Route } from './triage.ts';

interface NewReport {
  id: number;
  personId: number;
  schoolId: number;
  verzuimsoort: string;
  actieGewenst: boolean;
  zorgen: boolean;
  gemeldOp: string;
  gemeente: string | null;
  postcode: string | null;
}

export interface IntakeResult {
  nieuweZaken: number;
  toegevoegd: number;
}

/** Takes in every melding that has no case yet. */
export async function intakeNewReports(tx: Queryable, actor: string): Promise<IntakeResult> {
  const reports = await tx.query<NewReport>(
    `select a.id, a.person_id as "personId", a.school_id as "schoolId", a.verzuimsoort,
            a.actie_gewenst as "actieGewenst",
            (coalesce(a.vermoedelijke_reden, '') ~* 'zorg') as zorgen,
            to_char(a.gemeld_op, 'YYYY-MM-DD') as "gemeldOp",
            r.gemeente_code as gemeente, r.postcode
       from absence_reports a
       join persons x on x.id = a.person_id
       left join lateral (
         select r.gemeente_code, r.postcode from residence_periods r
          where r.person_id = x.id and ${livesOnSql('r', 'x', 'a.gemeld_op')} limit 1
       ) r on true
      where a.case_id is null
      order by a.gemeld_op, a.id`,
  );
  if (reports.length === 0) return { nieuweZaken: 0, toegevoegd: 0 };
  const personIds = [...new Set(reports.map((r) => r.personId))];
  const openCases = new Map(
    (
      await tx.query<{ id: number; personId: number; status: CaseState }>(
        `select id, person_id as "personId", status from cases
          where status <> 'AFGESLOTEN' and soort = 'relatief_verzuim' and person_id = any($1::int[])`,
        [personIds],
      )
    ).map((c) => [c.personId, c]),
  );
  const earlier = await lastEarlierReports(tx, personIds);
  const assign = await assigner(tx);
  const kennisgevingsmodus = await kennisgevingsmodusOn(tx);

  const plan = new IntakePlan();
  for (const report of reports) {
    const schooljaar = schoolYearCached(report.gemeldOp);
    const previous = earlier.get(report.personId);
    const eersteInSchooljaar = !previous || previous < schooljaar;
    earlier.set(report.personId, report.gemeldOp);
    const open = openCases.get(report.personId);
    if (open) {
      const next = stateAfterJoining(open.status);
      plan.join(open.id, open.status, next, report);
      open.status = next;
      continue;
    }
    const route = triageNew(report, {
      kennisgevingsmodus: kennisgevingsmodus(report.gemeldOp),
      eersteInSchooljaar,
    });
    const caseRef = plan.open(report, route, assign(report, route.taakgebied));
    if (route.toestand !== 'AFGESLOTEN') {
      openCases.set(report.personId, {
        id: caseRef,
        personId: report.personId,
        status: route.toestand,
      });
    }
  }
  await plan.write(tx);
  const result = { nieuweZaken: plan.cases.length, toegevoegd: reports.length - plan.cases.length };
  await recordAudit(tx, {
    actor,
    actie: 'cases.intake',
    doel: 'casework',
    details: { meldingen: reports.length, ...result },
  });
  return result;
}

const schoolYears = new Map<string, string>();
/** First day of the school year of a date (cached: Temporal is slow for tens of thousands of rows). */
function schoolYearCached(day: string): string {
  let start = schoolYears.get(day);
  if (!start) {
    start = schoolYearOf(day).van;
    schoolYears.set(day, start);
  }
  return start;
}

async function lastEarlierReports(tx: Queryable, personIds: number[]) {
  const rows = await tx.query<{ personId: number; gemeldOp: string }>(
    `select person_id as "personId", to_char(max(gemeld_op), 'YYYY-MM-DD') as "gemeldOp"
       from absence_reports where case_id is not null and person_id = any($1::int[])
      group by person_id`,
    [personIds],
  );
  return new Map(rows.map((r) => [r.personId, r.gemeldOp]));
}

interface Owner {
  userId: number | null;
  team: string | null;
}

/** Picks the consultant: a rule for the school location and task, else a postcode range. */
async function assigner(tx: Queryable) {
  const rules = await tx.query<{
    schoolId: number | null;
    postcodeVan: string | null;
    postcodeTot: string | null;
    taak: string;
    userId: number;
    team: string | null;
  }>(
    `select r.school_id as "schoolId", r.postcode_van as "postcodeVan", r.postcode_tot as "postcodeTot",
            r.taak, r.user_id as "userId", r.team
       from assignment_rules r join users u on u.id = r.user_id where u.actief order by r.id`,
  );
  return (report: NewReport, taak: 'kort' | 'lang'): Owner => {
    const fits = (t: string) => t === taak || t === 'alle';
    const bySchool = rules.find((r) => r.schoolId === report.schoolId && fits(r.taak));
    const pc = report.postcode?.replace(/\s/g, '').toUpperCase();
    const byPostcode =
      pc &&
      rules.find(
        (r) =>
          r.schoolId === null &&
          r.postcodeVan !== null &&
          fits(r.taak) &&
          pc >= r.postcodeVan &&
          pc <= (r.postcodeTot ?? r.postcodeVan),
      );
    const rule = bySchool ?? byPostcode;
    return rule ? { userId: rule.userId, team: rule.team } : { userId: null, team: null };
  };
}

/**
 * Everything intake writes, collected first and written in a handful of bulk statements (the demo
 * region brings tens of thousands of meldingen in one import). New cases get negative references
 * until their ids are drawn from the sequence.
 */
class IntakePlan {
  readonly cases: { ref: number; report: NewReport; route: Route; owner: Owner }[] = [];
  private readonly reports: {
    id: number;
    caseRef: number;
    duo: string;
    afdoening: string | null;
    closed: boolean;
  }[] = [];
  private readonly events: { caseRef: number; soort: string; datum: string; gegevens: unknown }[] =
    [];
  private readonly statuses = new Map<number, CaseState>();
  private readonly tasks: {
    caseRef: number;
    soort: string;
    omschrijving: string;
    datum: string;
    userId: number | null;
  }[] = [];

  open(report: NewReport, route: Route, owner: Owner): number {
    const ref = -(this.cases.length + 1);
    this.cases.push({ ref, report, route, owner });
    const closed = route.toestand === 'AFGESLOTEN';
    this.reports.push({
      id: report.id,
      caseRef: ref,
      duo: route.duo,
      afdoening: route.afdoening ?? null,
      closed,
    });
    this.event(ref, report.gemeldOp, 'melding', {
      meldingId: report.id,
      verzuimsoort: report.verzuimsoort,
    });
    this.event(ref, report.gemeldOp, 'triage', { toestand: route.toestand, uitleg: route.uitleg });
    if (route.brief) this.event(ref, report.gemeldOp, 'brief_gepland', { sleutel: route.brief });
    if (route.taak) {
      this.tasks.push({
        caseRef: ref,
        ...route.taak,
        datum: report.gemeldOp,
        userId: owner.userId,
      });
    }
    return ref;
  }

  join(caseRef: number, from: CaseState, to: CaseState, report: NewReport): void {
    this.reports.push({
      id: report.id,
      caseRef,
      duo: 'in_behandeling',
      afdoening: null,
      closed: false,
    });
    this.event(caseRef, report.gemeldOp, 'melding', {
      meldingId: report.id,
      verzuimsoort: report.verzuimsoort,
    });
    if (to !== from) {
      this.statuses.set(caseRef, to);
      this.event(caseRef, report.gemeldOp, 'status', {
        van: from,
        naar: to,
        uitleg: 'Nieuwe melding in een lopend dossier (W1 1.9, 1.23).',
      });
    }
  }

  private event(caseRef: number, datum: string, soort: string, gegevens: unknown) {
    this.events.push({ caseRef, soort, datum, gegevens });
  }

  async write(tx: Queryable): Promise<void> {
    const ids = new Map<number, number>();
    if (this.cases.length) {
      const drawn = await tx.query<{ id: number }>(
        `select nextval(pg_get_serial_sequence('cases', 'id'))::int as id from generate_series(1, $1::int)`,
        [this.cases.length],
      );
      this.cases.forEach((c, i) => ids.set(c.ref, drawn[i]!.id));
      const closed = (c: (typeof this.cases)[number]) => c.route.toestand === 'AFGESLOTEN';
      await tx.query(
        `insert into cases (id, person_id, soort, status, geopend_op, gesloten_op, toegewezen_aan, team, gemeente_code, afdoening)
         overriding system value
         select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::date[], $6::date[], $7::int[], $8::text[], $9::text[], $10::text[])`,
        [
          this.cases.map((c) => ids.get(c.ref)),
          this.cases.map((c) => c.report.personId),
          this.cases.map(() => 'relatief_verzuim'),
          this.cases.map((c) => c.route.toestand),
          this.cases.map((c) => c.report.gemeldOp),
          this.cases.map((c) => (closed(c) ? c.report.gemeldOp : null)),
          this.cases.map((c) => c.owner.userId),
          this.cases.map((c) => c.owner.team),
          this.cases.map((c) => c.report.gemeente),
          this.cases.map((c) => c.route.afdoening ?? null),
        ],
      );
    }
    const idOf = (ref: number) => (ref < 0 ? ids.get(ref)! : ref);
    await tx.query(
      `update absence_reports a set case_id = u.case_id, duo_status = u.duo, afdoening = coalesce(u.afdoening, a.afdoening),
              duo_gewijzigd_op = now(),
              -- "The school wants no action": DUO hears that no action follows.
              duo_sluitreden = case when u.closed then 'geen_verzuim_geoorloofd' end,
              duo_toelichting = case when u.closed then 'geen_actie' end
         from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::boolean[]) as u(id, case_id, duo, afdoening, closed)
        where a.id = u.id`,
      [
        this.reports.map((r) => r.id),
        this.reports.map((r) => idOf(r.caseRef)),
        this.reports.map((r) => r.duo),
        this.reports.map((r) => r.afdoening),
        this.reports.map((r) => r.closed),
      ],
    );
    await tx.query(
      `insert into case_events (case_id, soort, datum, gegevens)
       select * from unnest($1::int[], $2::text[], $3::date[], $4::jsonb[])`,
      [
        this.events.map((e) => idOf(e.caseRef)),
        this.events.map((e) => e.soort),
        this.events.map((e) => e.datum),
        this.events.map((e) => JSON.stringify(e.gegevens)),
      ],
    );
    if (this.statuses.size) {
      await tx.query(
        `update cases c set status = u.status from unnest($1::int[], $2::text[]) as u(id, status) where c.id = u.id`,
        [[...this.statuses.keys()].map(idOf), [...this.statuses.values()]],
      );
    }
    if (this.tasks.length) {
      await tx.query(
        `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
         select * from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::int[])`,
        [
          this.tasks.map((t) => idOf(t.caseRef)),
          this.tasks.map((t) => t.soort),
          this.tasks.map((t) => t.omschrijving),
          this.tasks.map((t) => t.datum),
          this.tasks.map((t) => t.userId),
        ],
      );
    }
  }
}
