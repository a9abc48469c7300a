// SPDX-License-Identifier: EUPL-1.2
/** Frozen annual reports: publish a year, read the latest published version. */
import type { Database, Queryable } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { allPassed, type Check } from './checks.ts';
import type { Indicator } from './indicator.ts';

export interface Snapshot {
  schooljaar: string;
  versie: number;
  indicatoren: Indicator[];
  controles: Check[];
  gepubliceerdDoor: string;
  gepubliceerdOp: string;
  overschrevenDoor: string | null;
  overschrijfReden: string | null;
}

interface SnapshotRow {
  schooljaar: string;
  versie: number;
  inhoud: { indicatoren: Indicator[] };
  controles: Check[];
  gepubliceerd_door: string;
  gepubliceerd_op: string;
  overschreven_door: string | null;
  overschrijf_reden: string | null;
}

const fromRow = (r: SnapshotRow): Snapshot => ({
  schooljaar: r.schooljaar,
  versie: r.versie,
  indicatoren: r.inhoud.indicatoren,
  controles: r.controles,
  gepubliceerdDoor: r.gepubliceerd_door,
  gepubliceerdOp: new Date(r.gepubliceerd_op).toISOString(),
  overschrevenDoor: r.overschreven_door,
  overschrijfReden: r.overschrijf_reden,
});

/** The latest published version of a school year, if any. */
export async function latestSnapshot(
  db: Queryable,
  schooljaar: string,
): Promise<Snapshot | undefined> {
  const [row] = await db.query<SnapshotRow>(
    `select schooljaar, versie, inhoud, controles, gepubliceerd_door, gepubliceerd_op::text as gepubliceerd_op,
            overschreven_door, overschrijf_reden
       from report_snapshots where schooljaar = $1 order by versie desc limit 1`,
    [schooljaar],
  );
  return row ? fromRow(row) : undefined;
}

/** Every published version (newest first), without the figures. */
export async function listSnapshots(db: Queryable) {
  const rows = await db.query<Omit<SnapshotRow, 'inhoud' | 'controles'>>(
    `select schooljaar, versie, gepubliceerd_door, gepubliceerd_op::text as gepubliceerd_op,
            overschreven_door, overschrijf_reden
       from report_snapshots order by schooljaar desc, versie desc`,
  );
  return rows.map((r) => ({
    schooljaar: r.schooljaar,
    versie: r.versie,
    gepubliceerdDoor: r.gepubliceerd_door,
    gepubliceerdOp: new Date(r.gepubliceerd_op).toISOString(),
    overschrevenDoor: r.overschreven_door,
    overschrijfReden: r.overschrijf_reden,
  }));
}

export interface PublishInput {
  schooljaar: string;
  indicatoren: Indicator[];
  controles: Check[];
  door: string;
  /** ISO timestamp of publication, from the clock at the edge. */
  op: string;
  /** Required when a check failed: who takes responsibility and why. */
  overschrijving?: { door: string; reden: string };
}

/** Freezes the figures of a year as a new version; refuses on a failed check without override. */
export async function publishReport(database: Database, input: PublishInput): Promise<Snapshot> {
  const override = input.overschrijving;
  const passed = allPassed(input.controles);
  if (!passed && (!override?.door.trim() || !override.reden.trim())) {
    throw new DomainFailure(
      domainError(
        'report.checks_failed',
        'conflict',
        'Niet gepubliceerd: een of meer controles zijn mislukt. Publiceren kan alleen als een persoon met naam de controle overschrijft en een reden geeft.',
        { mislukt: input.controles.filter((c) => c.uitkomst === 'mislukt').map((c) => c.id) },
      ),
    );
  }
  return database.transaction(async (tx) => {
    const [next] = await tx.query<{ versie: number }>(
      'select coalesce(max(versie), 0)::int + 1 as versie from report_snapshots where schooljaar = $1',
      [input.schooljaar],
    );
    const versie = Number(next?.versie ?? 1);
    await tx.query(
      `insert into report_snapshots (schooljaar, versie, inhoud, controles, gepubliceerd_door, gepubliceerd_op,
                                     overschreven_door, overschrijf_reden)
       values ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8)`,
      [
        input.schooljaar,
        versie,
        JSON.stringify({ schooljaar: input.schooljaar, indicatoren: input.indicatoren }),
        JSON.stringify(input.controles),
        input.door,
        input.op,
        passed ? null : override!.door.trim(),
        passed ? null : override!.reden.trim(),
      ],
    );
    await recordAudit(tx, {
      actor: input.door,
      actie: 'report.published',
      onderwerpSoort: 'jaarverslag',
      onderwerpId: input.schooljaar,
      doel: 'jaarverslag art. 25 Leerplichtwet',
      details: { versie, overschreven: !passed },
    });
    const stored = await latestSnapshot(tx, input.schooljaar);
    return stored!;
  });
}
