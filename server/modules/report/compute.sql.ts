// SPDX-License-Identifier: EUPL-1.2
/** Computes every indicator of one school year for the whole region (exact counts). */
import type { Queryable } from '../../db/connect.ts';
import { AFDOENINGEN } from '../casework/outcomes.ts';
import { regionGemeenteCodes } from '../region/index.ts';
import type { Indicator, SchoolYearSpan } from './indicator.ts';
import { controlCounts, type ControlCounts } from './queries/control-counts.ts';
import { meldingGemeenten } from './queries/melding-gemeenten.sql.ts';
import { haltVerwijzingen, processenVerbaal, waarschuwingen } from './queries/interventies.sql.ts';
import {
  afdoeningMeldingen,
  meldingenNaarSoort,
  verzuimAchttienPlus,
} from './queries/meldingen.sql.ts';
import { vrijstellingenBehandeld, vsvPercentage } from './queries/vrijstellingen.sql.ts';
import {
  afloopAbsoluutVerzuim,
  nogOpen,
  preventieveInzet,
  zakenPerSoort,
} from './queries/zaken.sql.ts';
import type { ReportSettings } from './settings.ts';
import { loadReportSettings } from './settings.sql.ts';
import { missingIndicator, OTHER_SOURCES } from './sources.ts';

/** The statutory minimum of art. 25 lid 2 Lpw: always in the report (report-figures.md §2). */
export const STATUTORY_MINIMUM = ['C02', 'C08', 'C10', 'C12'] as const;

export interface ComputedYear {
  span: SchoolYearSpan;
  gemeenten: string[];
  settings: ReportSettings;
  indicatoren: Indicator[];
  controle: ControlCounts;
}

/** This module's own indicators (C03–C09, C11, C13, C17, C21, C22). */
export async function ownIndicators(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  settings: ReportSettings,
): Promise<Indicator[]> {
  const meldingen = await meldingGemeenten(db, span, region);
  return [
    await meldingenNaarSoort(db, span, region, meldingen),
    await verzuimAchttienPlus(db, span, region, meldingen),
    await afdoeningMeldingen(db, span, region, settings, meldingen),
    await waarschuwingen(db, span, region),
    await haltVerwijzingen(db, span, region, settings),
    await processenVerbaal(db, span, region, settings),
    await nogOpen(db, span, region),
    await afloopAbsoluutVerzuim(db, span, region),
    await vrijstellingenBehandeld(db, span, region),
    await vsvPercentage(db, span, region),
    await preventieveInzet(db, span, region),
    await zakenPerSoort(db, span, region),
  ];
}

const order = (id: string) => {
  const match = /^C(\d+)(P?)$/.exec(id);
  return match ? Number(match[1]) * 10 + (match[2] ? 1 : 0) : 10_000;
};

const COUNTED_TABLES =
  'persons, residence_periods, absence_reports, cases, case_events, exemptions';

/**
 * Gathers planner statistics once when the tables were never analysed (PGlite has no autovacuum):
 * without them the planner reads every residence period for every melding (minutes instead of
 * seconds on the demo region).
 */
export async function ensureStatistics(db: Queryable): Promise<void> {
  const [row] = await db.query<{ reltuples: number }>(
    `select reltuples::float8 as reltuples from pg_class where relname = 'residence_periods'`,
  );
  if (row && Number(row.reltuples) < 0) await db.query(`analyze ${COUNTED_TABLES}`);
}

/** Every indicator of the year, sorted by id; missing modules give `geenGegevens` placeholders. */
export async function computeYear(db: Queryable, span: SchoolYearSpan): Promise<ComputedYear> {
  await ensureStatistics(db);
  const gemeenten = await regionGemeenteCodes(db);
  const settings = await loadReportSettings(db, span.totEnMet);
  const indicatoren = await ownIndicators(db, span, gemeenten, settings);
  for (const source of OTHER_SOURCES) {
    // Other modules count by residence wherever it is; the report keeps the region's gemeenten.
    const found = (await source.load(db, span)).map((i) => inRegion(i, gemeenten));
    indicatoren.push(...found);
    for (const id of source.ids) {
      if (!found.some((i) => i.id === id)) {
        indicatoren.push(missingIndicator(id, source.titels[id] ?? id));
      }
    }
  }
  indicatoren.sort((a, b) => order(a.id) - order(b.id) || a.id.localeCompare(b.id));
  const afdoeningen = [...Object.keys(AFDOENINGEN)];
  const controle = await controlCounts(db, span, gemeenten, afdoeningen);
  return { span, gemeenten, settings, indicatoren, controle };
}

/** Drops rows of gemeenten outside the region (an empty region means every gemeente). */
export function inRegion(indicator: Indicator, gemeenten: readonly string[]): Indicator {
  if (gemeenten.length === 0 || !indicator.dimensies.includes('gemeente')) return indicator;
  return {
    ...indicator,
    rijen: indicator.rijen.filter((r) => gemeenten.includes(String(r.gemeente))),
  };
}

/** Keeps only the rows of one gemeente; indicators without a gemeente dimension stay whole. */
export function filterGemeente(indicatoren: readonly Indicator[], gemeente: string): Indicator[] {
  return indicatoren.map((i) =>
    i.dimensies.includes('gemeente')
      ? { ...i, rijen: i.rijen.filter((r) => r.gemeente === gemeente) }
      : i,
  );
}
