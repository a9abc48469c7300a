// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports one CSV file of one kind: checks the whole file first, then — in one transaction — checks
 * references against the database and writes. All-or-nothing unless `gedeeltelijk`; every run and
 * every refused row is kept in the database.
 */
import type { Database, Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { applyAbsenceReports } from './apply/absence-reports.sql.ts';
import { applyBrp } from './apply/brp.sql.ts';
import { applyEnrolments } from './apply/enrolments.sql.ts';
import { applyExemptions } from './apply/exemptions.sql.ts';
import { applySchools } from './apply/schools.sql.ts';
import { applyVsv } from './apply/vsv.sql.ts';
import { applyVsvPercentages } from './apply/vsv-percentages.sql.ts';
import type { Applier, ApplyCounts } from './apply/types.ts';
import { readCsv } from './csv.ts';
import { KINDS, type ImportSoort } from './kinds/index.ts';
import { refusedRowsCsv } from './refused-csv.ts';
import { intakeNewReports } from '../casework/intake.sql.ts';
import { checkFile, maskLongNumbers, type ImportError, type RefusedRow } from './validate.ts';

/** Exactly the JSON summary of interfaces.md §1.3. */
export interface ImportSummary {
  soort: ImportSoort;
  bestand: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  afgewezen: number;
  fouten: { regel: number; kolom: string | null; melding: string }[];
}

export interface ImportOptions {
  soort: ImportSoort;
  bestandsnaam: string;
  /** Date of the snapshot (brp); default `today`. */
  peildatum?: string | undefined;
  gedeeltelijk?: boolean | undefined;
  /** Who imports: a user name, `cli` or `demo`. */
  door: string;
  today: string;
  onProgress?: ((verwerkt: number, totaal: number | undefined) => void) | undefined;
}

export interface ImportOutcome {
  summary: ImportSummary;
  importRunId: number;
  resultaat: 'geimporteerd' | 'gedeeltelijk' | 'geweigerd';
  /** The refused rows with a `fout` column, when rows were refused. */
  afgewezenCsv?: string | undefined;
}

const APPLIERS: Record<ImportSoort, Applier<never>> = {
  scholen: applySchools as Applier<never>,
  brp: applyBrp as Applier<never>,
  inschrijvingen: applyEnrolments as Applier<never>,
  verzuimmeldingen: applyAbsenceReports as Applier<never>,
  vrijstellingen: applyExemptions as Applier<never>,
  vsv: applyVsv as Applier<never>,
  vsv_percentages: applyVsvPercentages as Applier<never>,
};

/** The tables an import of each kind writes (meldingen and vsv also open cases and tasks). */
const WRITTEN: Record<ImportSoort, readonly string[]> = {
  scholen: ['schools'],
  brp: ['persons', 'residence_periods', 'parent_relations'],
  inschrijvingen: ['enrolments'],
  verzuimmeldingen: ['persons', 'absence_reports', 'cases', 'case_events', 'tasks'],
  vrijstellingen: ['exemptions'],
  vsv: ['persons', 'vsv_registrations', 'cases', 'case_events', 'tasks'],
  vsv_percentages: ['vsv_percentages'],
};

/** Marks a transaction that must roll back because the file is refused as a whole. */
class Refused extends Error {}

export async function importCsv(
  database: Database,
  csv: string | Buffer,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const gestartOp = new Date().toISOString();
  const spec = KINDS[options.soort];
  const table = readCsv(csv);
  const checked = checkFile(table, spec as never, options.today);
  options.onProgress?.(0, checked.rowCount);
  const peildatum = options.peildatum ?? options.today;
  const fileErrors = [
    ...checked.fileErrors,
    ...(options.soort === 'brp' ? await olderSnapshot(database, peildatum) : []),
  ];
  let counts: ApplyCounts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
  let refused: RefusedRow[] = checked.refused;
  let applied = false;
  let appliedRunId = 0;
  if (fileErrors.length === 0 && checked.valid.length > 0) {
    try {
      await database.transaction(async (tx) => {
        const prepared = await APPLIERS[options.soort](tx, checked.valid as never, {
          peildatum,
          today: options.today,
        });
        if (prepared.problems.size > 0) {
          refused = [
            ...refused,
            ...refusedByDatabase(checked.valid, prepared.problems, checked.header, table),
          ].sort((a, b) => a.regel - b.regel);
        }
        if (refused.length > 0 && !options.gedeeltelijk) throw new Refused();
        if (checked.valid.length - prepared.problems.size === 0) throw new Refused();
        counts = await prepared.write();
        // Every new melding joins or opens a case in the same transaction (issue 4, intake).
        if (options.soort === 'verzuimmeldingen') await intakeNewReports(tx, options.door);
        applied = true;
        options.onProgress?.(checked.rowCount, checked.rowCount);
        appliedRunId = await recordRun(
          tx,
          options,
          peildatum,
          gestartOp,
          summaryOf(options, checked.rowCount, counts, refused, []),
          refused,
          applied,
        );
      });
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
    }
  }
  // PGlite has no autovacuum: after a bulk load the planner needs fresh statistics, or report
  // queries pick nested loops over whole tables (minutes instead of seconds on the demo region).
  // Only the tables this kind writes: the whole database took 0.6 s even for a small file.
  if (applied && counts.nieuw + counts.gewijzigd >= 1000) {
    await database.query(`analyze ${WRITTEN[options.soort].join(', ')}`);
  }
  const summary = summaryOf(options, checked.rowCount, counts, refused, fileErrors);
  const importRunId = applied
    ? appliedRunId
    : await database.transaction((tx) =>
        recordRun(
          tx,
          options,
          peildatum,
          gestartOp,
          summary,
          withFileErrors(refused, fileErrors),
          false,
        ),
      );
  const resultaat = !applied ? 'geweigerd' : refused.length > 0 ? 'gedeeltelijk' : 'geimporteerd';
  const afgewezenCsv =
    refused.length > 0
      ? refusedRowsCsv(checked.header, withFileErrors(refused, fileErrors), table.delimiter)
      : undefined;
  return { summary, importRunId, resultaat, afgewezenCsv };
}

/**
 * A BRP file is a snapshot on its peildatum, and residence history is built forward from it: a
 * snapshot older than one already imported would close newer periods and put people back at old
 * addresses. So it is refused as a whole, naming both dates (interfaces.md §2.2).
 */
async function olderSnapshot(database: Database, peildatum: string): Promise<ImportError[]> {
  const [latest] = await database.query<{ peildatum: string | null }>(
    `select to_char(max(peildatum), 'YYYY-MM-DD') as peildatum from import_runs
      where soort = 'brp' and resultaat <> 'geweigerd'`,
  );
  if (!latest?.peildatum || latest.peildatum <= peildatum) return [];
  return [
    {
      regel: 1,
      kolom: null,
      code: 'imports.brp_older_snapshot',
      melding: `de peildatum ${peildatum} ligt vóór die van een eerder geïmporteerde BRP-levering (${latest.peildatum}); een oudere levering zou nieuwere woongegevens overschrijven. Importeer de nieuwste levering, of geef de juiste --peildatum op`,
    },
  ];
}

function refusedByDatabase(
  valid: { regel: number }[],
  problems: Map<number, ImportError[]>,
  header: string[],
  table: ReturnType<typeof readCsv>,
): RefusedRow[] {
  const byLine = new Map(table.records.map((r) => [r.regel, r.values]));
  return valid
    .filter((v) => problems.has(v.regel))
    .map((v) => {
      const raw = byLine.get(v.regel) ?? [];
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = (raw[i] ?? '').trim()));
      return { regel: v.regel, values, errors: problems.get(v.regel)! };
    });
}

function withFileErrors(refused: RefusedRow[], fileErrors: ImportError[]): RefusedRow[] {
  return fileErrors.length
    ? refused.map((r) => ({ ...r, errors: [...fileErrors, ...r.errors] }))
    : refused;
}

function summaryOf(
  options: ImportOptions,
  rijen: number,
  counts: ApplyCounts,
  refused: RefusedRow[],
  fileErrors: ImportError[],
): ImportSummary {
  const fouten = [...fileErrors, ...refused.flatMap((r) => r.errors)].map(
    ({ regel, kolom, melding }) => ({
      regel,
      kolom: kolom === null ? null : maskLongNumbers(kolom),
      melding: maskLongNumbers(melding),
    }),
  );
  return {
    soort: options.soort,
    bestand: options.bestandsnaam,
    rijen,
    ...counts,
    afgewezen: refused.length,
    fouten,
  };
}

async function recordRun(
  tx: Queryable,
  options: ImportOptions,
  peildatum: string,
  gestartOp: string,
  summary: ImportSummary,
  refused: RefusedRow[],
  applied: boolean,
): Promise<number> {
  const resultaat = !applied ? 'geweigerd' : refused.length > 0 ? 'gedeeltelijk' : 'geimporteerd';
  const [run] = await tx.query<{ id: number }>(
    `insert into import_runs (soort, bestand, peildatum, gedeeltelijk, resultaat, rijen, nieuw, gewijzigd, ongewijzigd, afgewezen, door, gestart_op, klaar_op)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) returning id`,
    [
      options.soort,
      options.bestandsnaam,
      options.soort === 'brp' ? peildatum : (options.peildatum ?? null),
      !!options.gedeeltelijk,
      resultaat,
      summary.rijen,
      summary.nieuw,
      summary.gewijzigd,
      summary.ongewijzigd,
      summary.afgewezen,
      options.door,
      gestartOp,
      new Date().toISOString(),
    ],
  );
  const runId = run!.id;
  const errors = summary.fouten;
  if (errors.length) {
    const rowsByLine = new Map(refused.map((r) => [r.regel, r.values]));
    await tx.query(
      `insert into import_rejections (import_run_id, regel, kolom, melding, rij)
       select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::jsonb[])`,
      [
        runId,
        errors.map((e) => e.regel),
        errors.map((e) => e.kolom),
        errors.map((e) => e.melding),
        errors.map((e) => JSON.stringify(rowsByLine.get(e.regel) ?? null)),
      ],
    );
  }
  await recordAudit(tx, {
    actor: options.door,
    actie: applied ? 'imports.applied' : 'imports.refused',
    onderwerpSoort: 'import_run',
    onderwerpId: String(runId),
    doel: 'import',
    details: {
      soort: options.soort,
      rijen: summary.rijen,
      nieuw: summary.nieuw,
      gewijzigd: summary.gewijzigd,
      afgewezen: summary.afgewezen,
    },
  });
  return runId;
}
