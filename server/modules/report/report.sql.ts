// SPDX-License-Identifier: EUPL-1.2
/**
 * The annual report of one school year as the outputs use it: the figures (region, or one
 * gemeente), the checks, the publication state and the previous years side by side — frozen
 * values for published years, computed values otherwise.
 */
import type { Queryable } from '../../db/connect.ts';
import { getRegion } from '../region/index.ts';
import { runChecks, type Check } from './checks.ts';
import { computeYear, filterGemeente, type ComputedYear } from './compute.sql.ts';
import { schoolYearSpan, type Indicator, type SchoolYearSpan } from './indicator.ts';
import type { ReportSettings } from './settings.ts';
import { latestSnapshot, type Snapshot } from './snapshots.sql.ts';

export interface YearColumn {
  schooljaar: string;
  /** `bevroren` = the published snapshot; `berekend` = computed now (not published). */
  bron: 'bevroren' | 'berekend';
  gepubliceerdOp?: string;
  indicatoren: Indicator[];
}

export interface FullReport {
  schooljaar: string;
  gemaakt: string;
  regio: string | null;
  gemeente?: string;
  gemeenten: { code: string; naam: string }[];
  instellingen: ReportSettings;
  drempel: number;
  indicatoren: Indicator[];
  controles: Check[];
  /** The latest published version, when this year was published. */
  publicatie?: Omit<Snapshot, 'indicatoren' | 'controles'>;
  /** True when the year was published and these figures are a later recomputation. */
  herberekend: boolean;
  /** Indicator ids whose recomputed total differs from the published one. */
  afwijkendVanPublicatie: string[];
  /** Oldest first, this year last. */
  vergelijking: YearColumn[];
}

const previousYear = (span: SchoolYearSpan, back: number): SchoolYearSpan => {
  const start = Number(span.schooljaar.slice(0, 4)) - back;
  return schoolYearSpan(`${start}-${start + 1}`)!;
};

const total = (i: Indicator) => i.rijen.reduce((a, r) => a + r.aantal, 0);

async function column(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<YearColumn & { computed?: ComputedYear }> {
  const frozen = await latestSnapshot(db, span.schooljaar);
  if (frozen) {
    return {
      schooljaar: span.schooljaar,
      bron: 'bevroren',
      gepubliceerdOp: frozen.gepubliceerdOp,
      indicatoren: frozen.indicatoren,
    };
  }
  const computed = await computeYear(db, span);
  return {
    schooljaar: span.schooljaar,
    bron: 'berekend',
    indicatoren: computed.indicatoren,
    computed,
  };
}

/** A snapshot's publication facts without its figures. */
function withoutFigures(snapshot: Snapshot): NonNullable<FullReport['publicatie']> {
  const { indicatoren: _i, controles: _c, ...rest } = snapshot;
  return rest;
}

/** Computes the report of `span` (optionally for one gemeente) with checks and comparison. */
export async function buildReport(
  db: Queryable,
  span: SchoolYearSpan,
  gemaakt: string,
  options: { gemeente?: string; jarenTerug?: number } = {},
): Promise<FullReport> {
  const current = await computeYear(db, span);
  const region = await getRegion(db);
  const snapshot = await latestSnapshot(db, span.schooljaar);
  const previous: YearColumn[] = [];
  for (let back = options.jarenTerug ?? 2; back >= 1; back -= 1) {
    previous.push(await column(db, previousYear(span, back)));
  }
  const lastYear = previous.at(-1);
  const lastYearComputed =
    lastYear?.bron === 'bevroren'
      ? (await computeYear(db, previousYear(span, 1))).indicatoren
      : undefined;
  const controles = runChecks({
    indicatoren: current.indicatoren,
    controle: current.controle,
    gemeenten: current.gemeenten,
    drempel: current.settings.kleineAantallen,
    vorigJaarBevroren: lastYear?.bron === 'bevroren' ? lastYear.indicatoren : undefined,
    vorigJaarBerekend: lastYearComputed,
  });
  const afwijkend = snapshot
    ? current.indicatoren
        .filter((i) => {
          const frozen = snapshot.indicatoren.find((f) => f.id === i.id);
          return frozen && total(frozen) !== total(i);
        })
        .map((i) => i.id)
    : [];
  const scope = (list: Indicator[]) =>
    options.gemeente ? filterGemeente(list, options.gemeente) : list;
  const publicatie = snapshot && withoutFigures(snapshot);
  return {
    schooljaar: span.schooljaar,
    gemaakt,
    regio: region.naam,
    ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    gemeenten: current.gemeenten.map((code) => ({
      code,
      naam: region.gemeenten.find((g) => g.code === code)?.naam ?? code,
    })),
    instellingen: current.settings,
    drempel: current.settings.kleineAantallen,
    indicatoren: scope(current.indicatoren),
    controles,
    ...(publicatie ? { publicatie } : {}),
    herberekend: Boolean(snapshot),
    afwijkendVanPublicatie: afwijkend,
    vergelijking: [
      ...previous.map((p) => ({
        schooljaar: p.schooljaar,
        bron: p.bron,
        ...(p.gepubliceerdOp ? { gepubliceerdOp: p.gepubliceerdOp } : {}),
        indicatoren: scope(p.indicatoren),
      })),
      { schooljaar: span.schooljaar, bron: 'berekend', indicatoren: scope(current.indicatoren) },
    ],
  };
}

/** The JSON of interfaces.md §1.5: exactly `schooljaar`, `gemaakt`, `indicatoren` with the spec's keys. */
export async function jaarverslagJson(
  db: Queryable,
  span: SchoolYearSpan,
  gemaakt: string,
  gemeente?: string,
) {
  const { indicatoren } = await computeYear(db, span);
  const scoped = gemeente ? filterGemeente(indicatoren, gemeente) : indicatoren;
  return { schooljaar: span.schooljaar, gemaakt, indicatoren: scoped.map(specKeys) };
}

/** One indicator with exactly the keys of the spec, in the spec's order. */
export function specKeys(i: Indicator): Indicator {
  return {
    id: i.id,
    titel: i.titel,
    eenheid: i.eenheid,
    definitie: i.definitie,
    ...(i.peildatum ? { peildatum: i.peildatum } : {}),
    dimensies: i.dimensies,
    rijen: i.rijen,
    ...(i.geenGegevens ? { geenGegevens: i.geenGegevens } : {}),
  };
}
