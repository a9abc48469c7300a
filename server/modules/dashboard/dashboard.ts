// SPDX-License-Identifier: EUPL-1.2
/**
 * The dashboard's figures from the case facts (seed 003 proposal 9, report-figures.md X21): open
 * and closed cases and throughput time per group, caseload balance per team, deadlines, no-show
 * and monthly trends. Pure; every count is a `FigureKey` the drill-down can list.
 */
import { Temporal } from '@js-temporal/polyfill';
import {
  count,
  DIMENSIES,
  matches,
  valueOf,
  type CaseFact,
  type Dimensie,
  type Period,
} from './facts.ts';
import {
  caseloadBalance,
  daysBetween,
  median,
  percentage,
  percentile,
  type Balance,
} from './stats.ts';

export interface GroupRow {
  waarde: string;
  label: string;
  open: number;
  geopend: number;
  gesloten: number;
  /** Throughput time in days (geopend_op → gesloten_op) of the cases closed in the period. */
  mediaanDagen: number | null;
  p90Dagen: number | null;
}

export interface Dashboard {
  periode: Period;
  totalen: { open: number; geopend: number; gesloten: number; meldingen: number };
  doorlooptijd: { mediaanDagen: number | null; p90Dagen: number | null; gesloten: number };
  groepen: Record<Dimensie, GroupRow[]>;
  caseload: { team: string; balans: Balance }[];
  termijnen: {
    takenTeLaat: number;
    takenDezeWeek: number;
    duoTerugmelding: number;
    brievenKlaar: number;
  };
  noShow: { afspraken: number; noShow: number; gehouden: number; percentage: number | null };
  trends: { maand: string; meldingen: number; geopend: number; gesloten: number }[];
}

/** Durations in days of the cases closed in the period. */
function durations(facts: readonly CaseFact[], period: Period): number[] {
  return facts
    .filter((f) => matches(f, { cijfer: 'gesloten' }, period))
    .map((f) => daysBetween(f.geopendOp, f.geslotenOp!));
}

function groupRows(
  facts: readonly CaseFact[],
  dimensie: Dimensie,
  period: Period,
  label: (dimensie: Dimensie, waarde: string, fact: CaseFact) => string,
): GroupRow[] {
  const groups = new Map<string, CaseFact[]>();
  for (const f of facts) {
    const v = valueOf(f, dimensie);
    const list = groups.get(v) ?? [];
    list.push(f);
    groups.set(v, list);
  }
  return [...groups.entries()]
    .map(([waarde, members]) => {
      const days = durations(members, period);
      return {
        waarde,
        label: label(dimensie, waarde, members[0]!),
        open: count(members, { cijfer: 'open' }, period),
        geopend: count(members, { cijfer: 'geopend' }, period),
        gesloten: days.length,
        mediaanDagen: median(days),
        p90Dagen: percentile(days, 90),
      };
    })
    .filter((r) => r.open + r.geopend + r.gesloten > 0)
    .sort((a, b) => b.open - a.open || a.label.localeCompare(b.label));
}

/** Dutch label of a group value. */
export function groupLabel(dimensie: Dimensie, waarde: string, fact: CaseFact): string {
  if (waarde === '') {
    return dimensie === 'consulent' ? 'Niet toegewezen' : `Zonder ${dimensie}`;
  }
  if (dimensie === 'consulent') return fact.consulentNaam ?? `Medewerker ${waarde}`;
  if (dimensie === 'dienst') return waarde === 'doorstroompunt' ? 'Doorstroompunt' : 'Leerplicht';
  if (dimensie === 'soort') return waarde.replaceAll('_', ' ');
  return waarde;
}

/** The months of a period, `YYYY-MM`, oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let m = Temporal.PlainYearMonth.from(period.van.slice(0, 7));
  const last = Temporal.PlainYearMonth.from(period.totEnMet.slice(0, 7));
  while (Temporal.PlainYearMonth.compare(m, last) <= 0) {
    months.push(m.toString());
    m = m.add({ months: 1 });
  }
  return months;
}

/** Every figure of the dashboard. */
export function computeDashboard(facts: readonly CaseFact[], period: Period): Dashboard {
  const days = durations(facts, period);
  const inPeriod = (d: string) => d >= period.van && d <= period.totEnMet;
  const appointments = facts.flatMap((f) => f.afspraken.filter((a) => inPeriod(a.datum)));
  const noShow = appointments.filter((a) => a.status === 'no_show').length;
  const open = facts.filter((f) => matches(f, { cijfer: 'open' }, period));
  const teams = [...new Set(open.map((f) => f.team ?? ''))].sort();
  return {
    periode: period,
    totalen: {
      open: open.length,
      geopend: count(facts, { cijfer: 'geopend' }, period),
      gesloten: days.length,
      meldingen: facts.reduce((n, f) => n + f.meldingen.filter(inPeriod).length, 0),
    },
    doorlooptijd: {
      mediaanDagen: median(days),
      p90Dagen: percentile(days, 90),
      gesloten: days.length,
    },
    groepen: Object.fromEntries(
      DIMENSIES.map((d) => [d, groupRows(facts, d, period, groupLabel)]),
    ) as Record<Dimensie, GroupRow[]>,
    caseload: teams.map((team) => ({ team, balans: caseloadBalance(loads(open, team)) })),
    termijnen: {
      takenTeLaat: count(facts, { cijfer: 'taken_te_laat' }, period),
      takenDezeWeek: count(facts, { cijfer: 'taken_deze_week' }, period),
      duoTerugmelding: count(facts, { cijfer: 'duo_terugmelding' }, period),
      brievenKlaar: count(facts, { cijfer: 'brieven_klaar' }, period),
    },
    noShow: {
      afspraken: appointments.length,
      noShow,
      gehouden: appointments.length - noShow,
      percentage: percentage(noShow, appointments.length),
    },
    trends: monthsOf(period).map((maand) => ({
      maand,
      meldingen: facts.reduce(
        (n, f) => n + f.meldingen.filter((d) => d.startsWith(maand) && inPeriod(d)).length,
        0,
      ),
      geopend: count(facts, { cijfer: 'geopend', maand }, period),
      gesloten: count(facts, { cijfer: 'gesloten', maand }, period),
    })),
  };
}

/** Open cases per consultant of one team ('' = cases without a team). */
function loads(open: readonly CaseFact[], team: string) {
  const byPerson = new Map<string, { id: number | null; naam: string; open: number }>();
  for (const f of open.filter((x) => (x.team ?? '') === team)) {
    const k = String(f.consulentId ?? '');
    const entry = byPerson.get(k) ?? {
      id: f.consulentId,
      naam: f.consulentNaam ?? 'Niet toegewezen',
      open: 0,
    };
    entry.open++;
    byPerson.set(k, entry);
  }
  return [...byPerson.values()];
}
