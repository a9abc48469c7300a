// SPDX-License-Identifier: EUPL-1.2
/**
 * National school holidays (Rijksoverheid advice dates for primair/voortgezet onderwijs) per
 * vakantieregio, 2023-2024 through 2027-2028. Shipped as the starting data of the
 * `school_holidays` table; the functioneel beheerder corrects it in the Regels/beheer page.
 * Nothing here was read from rijksoverheid.nl itself. `gecontroleerd: true` = written from
 * knowledge and matching published school/regional schedules found while building this;
 * `false` = at least one region's dates are uncertain: "te controleren door beheerder".
 * docs/rules/schoolkalender.md lists which rows are which.
 */
export type Vakantieregio = 'noord' | 'midden' | 'zuid';
export type VakantieNaam = 'herfst' | 'kerst' | 'voorjaar' | 'mei' | 'zomer';

export interface SchoolHoliday {
  schooljaar: string;
  vakantieregio: Vakantieregio;
  naam: VakantieNaam;
  van: string;
  totEnMet: string;
  gecontroleerd: boolean;
}

type Row = [VakantieNaam, string, string, string, string, string, string, boolean?];

/** [naam, noord van, noord t/m, midden van, midden t/m, zuid van, zuid t/m, gecontroleerd=true] */
// prettier-ignore
const TABLE: Record<string, Row[]> = {
  '2023-2024': [
    ['herfst', '2023-10-21', '2023-10-29', '2023-10-14', '2023-10-22', '2023-10-14', '2023-10-22'],
    ['kerst', '2023-12-23', '2024-01-07', '2023-12-23', '2024-01-07', '2023-12-23', '2024-01-07'],
    ['voorjaar', '2024-02-17', '2024-02-25', '2024-02-17', '2024-02-25', '2024-02-10', '2024-02-18'],
    ['mei', '2024-04-27', '2024-05-05', '2024-04-27', '2024-05-05', '2024-04-27', '2024-05-05'],
    ['zomer', '2024-07-20', '2024-09-01', '2024-07-13', '2024-08-25', '2024-07-06', '2024-08-18'],
  ],
  '2024-2025': [
    ['herfst', '2024-10-19', '2024-10-27', '2024-10-26', '2024-11-03', '2024-10-19', '2024-10-27', false],
    ['kerst', '2024-12-21', '2025-01-05', '2024-12-21', '2025-01-05', '2024-12-21', '2025-01-05'],
    ['voorjaar', '2025-02-15', '2025-02-23', '2025-02-22', '2025-03-02', '2025-02-22', '2025-03-02', false],
    ['mei', '2025-04-26', '2025-05-04', '2025-04-26', '2025-05-04', '2025-04-26', '2025-05-04'],
    ['zomer', '2025-07-12', '2025-08-24', '2025-07-19', '2025-08-31', '2025-07-05', '2025-08-17'],
  ],
  '2025-2026': [
    ['herfst', '2025-10-18', '2025-10-26', '2025-10-18', '2025-10-26', '2025-10-11', '2025-10-19'],
    ['kerst', '2025-12-20', '2026-01-04', '2025-12-20', '2026-01-04', '2025-12-20', '2026-01-04'],
    ['voorjaar', '2026-02-21', '2026-03-01', '2026-02-14', '2026-02-22', '2026-02-14', '2026-02-22'],
    ['mei', '2026-04-25', '2026-05-03', '2026-04-25', '2026-05-03', '2026-04-25', '2026-05-03', false],
    ['zomer', '2026-07-04', '2026-08-16', '2026-07-18', '2026-08-30', '2026-07-11', '2026-08-23', false],
  ],
  '2026-2027': [
    ['herfst', '2026-10-10', '2026-10-18', '2026-10-17', '2026-10-25', '2026-10-17', '2026-10-25', false],
    ['kerst', '2026-12-19', '2027-01-03', '2026-12-19', '2027-01-03', '2026-12-19', '2027-01-03', false],
    ['voorjaar', '2027-02-20', '2027-02-28', '2027-02-20', '2027-02-28', '2027-02-06', '2027-02-14', false],
    ['mei', '2027-04-24', '2027-05-02', '2027-04-24', '2027-05-02', '2027-04-24', '2027-05-02', false],
    ['zomer', '2027-07-10', '2027-08-22', '2027-07-24', '2027-09-05', '2027-07-17', '2027-08-29', false],
  ],
  '2027-2028': [
    ['herfst', '2027-10-16', '2027-10-24', '2027-10-23', '2027-10-31', '2027-10-16', '2027-10-24', false],
    ['kerst', '2027-12-25', '2028-01-09', '2027-12-25', '2028-01-09', '2027-12-25', '2028-01-09', false],
    ['voorjaar', '2028-02-19', '2028-02-27', '2028-02-19', '2028-02-27', '2028-02-26', '2028-03-05', false],
    ['mei', '2028-04-22', '2028-04-30', '2028-04-22', '2028-04-30', '2028-04-22', '2028-04-30', false],
    ['zomer', '2028-07-15', '2028-08-27', '2028-07-08', '2028-08-20', '2028-07-22', '2028-09-03', false],
  ],
};

/** Every shipped school holiday, one row per school year, region and holiday. */
export const SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = Object.entries(TABLE).flatMap(
  ([schooljaar, rows]) =>
    rows.flatMap(([naam, nv, nt, mv, mt, zv, zt, ok = true]) =>
      (
        [
          ['noord', nv, nt],
          ['midden', mv, mt],
          ['zuid', zv, zt],
        ] as const
      ).map(([vakantieregio, van, totEnMet]) => ({
        schooljaar,
        vakantieregio,
        naam,
        van,
        totEnMet,
        gecontroleerd: ok,
      })),
    ),
);
