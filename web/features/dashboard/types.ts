// SPDX-License-Identifier: EUPL-1.2
/** The answers of /api/dashboard… as the pages use them. */
export interface GroupRow {
  waarde: string;
  label: string;
  open: number;
  geopend: number;
  gesloten: number;
  mediaanDagen: number | null;
  p90Dagen: number | null;
}

export interface DashboardData {
  periode: { van: string; totEnMet: string; peildatum: string };
  totalen: { open: number; geopend: number; gesloten: number; meldingen: number };
  doorlooptijd: { mediaanDagen: number | null; p90Dagen: number | null; gesloten: number };
  groepen: Record<'soort' | 'team' | 'gemeente' | 'consulent' | 'dienst', GroupRow[]>;
  caseload: {
    team: string;
    balans: {
      gemiddelde: number | null;
      medewerkers: {
        id: number | null;
        naam: string;
        open: number;
        verschil: number;
        index: number | null;
      }[];
    };
  }[];
  termijnen: {
    takenTeLaat: number;
    takenDezeWeek: number;
    duoTerugmelding: number;
    brievenKlaar: number;
  };
  noShow: { afspraken: number; noShow: number; gehouden: number; percentage: number | null };
  trends: { maand: string; meldingen: number; geopend: number; gesloten: number }[];
  beleidsmodus: {
    modus: string;
    ringen: number[];
    zomeractie: boolean;
    reden: string;
    vanaf: string;
    tot: string | null;
  } | null;
  doorklikken: boolean;
  keuzes: { teams: string[]; gemeenten: { code: string; naam: string | null }[] };
}
