// SPDX-License-Identifier: EUPL-1.2
/** Plain-SQL row builders for the dashboard tests: cases with meldingen, tasks and appointments. */
import type { Queryable } from '../../db/connect.ts';

let counter = 0;

/** A consultant (no password); returns the id. */
export async function makeConsultant(db: Queryable, naam: string): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `insert into users (gebruikersnaam, naam, rol, team) values ($1, $2, 'leerplichtconsulent', 'VO') returning id`,
    [`dashboard-${++counter}`, naam],
  );
  return rows[0]!.id;
}

export interface CaseSpec {
  geopendOp: string;
  geslotenOp?: string;
  team?: string;
  gemeente?: string;
  consulent?: number;
  afdoening?: string;
  /** Meldingen of the case, the first on the opening day unless given. */
  meldingen?: { gemeldOp: string; verzuimsoort?: string; actieGewenst?: boolean; reden?: string }[];
  personId?: number;
}

async function school(db: Queryable): Promise<number> {
  const found = await db.query<{ id: number }>(`select id from schools where brin = '99DB'`);
  if (found[0]) return found[0].id;
  const rows = await db.query<{ id: number }>(
    `insert into schools (brin, naam, sector, gemeente_code) values ('99DB', 'Testschool', 'VO', '0546') returning id`,
  );
  return rows[0]!.id;
}

/** A person (or the given one) with one case and its meldingen; returns case and person ids. */
export async function makeCase(db: Queryable, spec: CaseSpec) {
  const personId =
    spec.personId ??
    (
      await db.query<{ id: number }>(
        `insert into persons (geslachtsnaam, voornamen, geboortedatum) values ($1, 'Test', '2011-05-06') returning id`,
        [`Dashboard${++counter}`],
      )
    )[0]!.id;
  const [kase] = await db.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, gesloten_op, toegewezen_aan, team, gemeente_code, afdoening)
     values ($1, 'relatief_verzuim', $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      personId,
      spec.geslotenOp ? 'AFGESLOTEN' : 'IN_ONDERZOEK',
      spec.geopendOp,
      spec.geslotenOp ?? null,
      spec.consulent ?? null,
      spec.team ?? 'VO',
      spec.gemeente ?? '0546',
      spec.afdoening ?? null,
    ],
  );
  const schoolId = await school(db);
  for (const m of spec.meldingen ?? [{ gemeldOp: spec.geopendOp }]) {
    await db.query(
      `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van,
         actie_gewenst, gemeld_op, case_id, vermoedelijke_reden)
       values ($1, $2, $3, $4, $5, $6, $5, $7, $8)`,
      [
        `DB${++counter}`,
        personId,
        schoolId,
        m.verzuimsoort ?? '16_uur',
        m.gemeldOp,
        m.actieGewenst ?? true,
        kase!.id,
        m.reden ?? null,
      ],
    );
  }
  return { caseId: kase!.id, personId };
}

/** An open task of a case due on a day. */
export async function makeTask(db: Queryable, caseId: number, vervaltOp: string): Promise<void> {
  await db.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op) values ($1, 'test', 'Test', $2)`,
    [caseId, vervaltOp],
  );
}

/** An ended appointment (noon, Dutch time), with or without a reminder sent. */
export async function makeAppointment(
  db: Queryable,
  caseId: number,
  datum: string,
  status: 'gehouden' | 'no_show',
  herinnerd: boolean,
): Promise<void> {
  await db.query(
    `insert into appointments (case_id, tijdstip, status, herinnering_verstuurd_op)
     values ($1, $2::timestamptz, $3, $4::timestamptz)`,
    [caseId, `${datum}T11:00:00Z`, status, herinnerd ? `${datum}T08:00:00Z` : null],
  );
}
