// SPDX-License-Identifier: EUPL-1.2
/** A number on the dashboard: a link to the cases behind it when the user may see cases. */
import { formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';

export interface Filter {
  van: string;
  totEnMet: string;
  team: string;
  gemeente: string;
}

export interface FigureKey {
  cijfer: string;
  dimensie?: string;
  waarde?: string;
  maand?: string;
  binnenTeam?: string;
}

/** Query string of a figure with the dashboard's filter (no person data: only figure and filter). */
export function figureQuery(key: FigureKey, filter: Filter): string {
  const params = new URLSearchParams();
  const all: Record<string, string | undefined> = { ...filter, ...key };
  for (const [k, v] of Object.entries(all)) {
    // An empty group value ("no team") is meaningful for `waarde` and `binnenTeam`.
    if (v !== undefined && (v !== '' || k === 'waarde' || k === 'binnenTeam')) params.set(k, v);
  }
  return params.toString();
}

export const CIJFER_LABELS: Record<string, string> = {
  open: 'Open dossiers',
  geopend: 'Geopende dossiers',
  gesloten: 'Gesloten dossiers',
  meldingen: 'Dossiers met een melding',
  taken_te_laat: 'Dossiers met een taak over de datum',
  taken_deze_week: 'Dossiers met een taak deze week',
  duo_terugmelding: 'Dossiers met een terugmelding voor DUO',
  brieven_klaar: 'Dossiers met een brief om af te drukken',
  afspraken: 'Dossiers met een afspraak',
  no_show: 'Dossiers met een no-show',
};

/** The number, as a link to its cases when `link` is true. */
export function Figure({
  value,
  figure,
  filter,
  link,
  label,
}: {
  value: number;
  figure: FigureKey;
  filter: Filter;
  link: boolean;
  /** Accessible name when the number alone says too little (e.g. in a card). */
  label?: string;
}) {
  const text = formatNumber(value);
  if (!link) return <>{text}</>;
  return (
    <Link
      href={`/dashboard/zaken?${figureQuery(figure, filter)}`}
      aria-label={label ? `${text} ${label}` : undefined}
    >
      {text}
    </Link>
  );
}
