// SPDX-License-Identifier: EUPL-1.2
/**
 * Minutes per task for the what-if, as dated regional settings (table `settings`). Seed 003 calls
 * the saving of a kennisgevingsbrief "moeilijk te kwantificeren" [003 L509-510]: the defaults are
 * the office's estimate and say so.
 */
import type { DatedValue, SettingDefinition } from '../rules/index.ts';

const BRON = 'seed 003: niet te kwantificeren — schatting van het bureau';
const def = (d: SettingDefinition & { soort: 'getal'; standaard: number }) => d;

export const DASHBOARD_SETTING_DEFINITIONS = [
  def({
    sleutel: 'dashboard.minuten.gesprek',
    standaard: 90,
    soort: 'getal',
    min: 0,
    max: 600,
    omschrijving:
      'Minuten voor een uitnodiging en gesprek na een eerste melding: brief, voorbereiding, gesprek en verslag.',
    bron: BRON,
  }),
  def({
    sleutel: 'dashboard.minuten.kennisgevingsbrief',
    standaard: 10,
    soort: 'getal',
    min: 0,
    max: 600,
    omschrijving: 'Minuten voor een kennisgevingsbrief in plaats van een uitnodiging.',
    bron: BRON,
  }),
] as const;

export type DashboardSettingKey = (typeof DASHBOARD_SETTING_DEFINITIONS)[number]['sleutel'];

/** The value in force on `day` (latest `geldigVanaf` ≤ day), else the default; with its origin. */
export function minutesOn(
  stored: readonly (DatedValue & { sleutel: string })[],
  sleutel: DashboardSettingKey,
  day: string,
): { waarde: number; uitleg: string } {
  const current = stored
    .filter((s) => s.sleutel === sleutel && s.geldigVanaf <= day && typeof s.waarde === 'number')
    .sort((a, b) => b.geldigVanaf.localeCompare(a.geldigVanaf))[0];
  if (current) {
    return {
      waarde: current.waarde as number,
      uitleg: `instelling ${sleutel} = ${String(current.waarde)} (geldig vanaf ${current.geldigVanaf})`,
    };
  }
  const d = DASHBOARD_SETTING_DEFINITIONS.find((x) => x.sleutel === sleutel)!;
  return {
    waarde: d.standaard,
    uitleg: `instelling ${sleutel} = ${d.standaard} (standaard; ${BRON})`,
  };
}
