// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention periods (bewaartermijnen) as dated regional settings, with their sources. The seeds
 * name the AVG and WPG [000 L974-976] but give no periods (domain.md §6.2 item 9: "decide with the
 * privacy officer"), so every default here is a regional default to be confirmed by the privacy officer.
 */
import type { DatedValue, IsoDate, SettingDefinition } from '../rules/index.ts';

const def = (d: SettingDefinition & { soort: 'getal'; standaard: number }) => d;

/** The retention settings, stored in the `settings` table like the rules' settings. */
export const RETENTION_SETTING_DEFINITIONS = [
  def({
    sleutel: 'bewaartermijn.leerplicht.jarenNaEinde',
    standaard: 2,
    soort: 'getal',
    min: 0,
    max: 20,
    omschrijving:
      'Jaren dat leerplichtgegevens bewaard blijven na het einde van de leerplicht (volledige leerplicht of kwalificatieplicht, de laatste van de twee).',
    bron: 'Regionale standaard, te bevestigen door de privacy-officer. Voorbeeld uit de praktijk: Hellevoetsluis bewaart tot 2 jaar na het 18e jaar (anchors-mission.md, "Privacy rules"; feature 11: "18+2 for leerplicht").',
  }),
  def({
    sleutel: 'bewaartermijn.dossier.jarenNaSluiting',
    standaard: 2,
    soort: 'getal',
    min: 0,
    max: 20,
    omschrijving: 'Jaren dat een gesloten dossier (zaak) bewaard blijft na de sluitingsdatum.',
    bron: 'Regionale standaard, te bevestigen door de privacy-officer (gelijk aan de leerplichttermijn).',
  }),
  def({
    sleutel: 'bewaartermijn.procesVerbaal.jarenNaSluiting',
    standaard: 5,
    soort: 'getal',
    min: 0,
    max: 30,
    omschrijving:
      'Jaren dat een dossier met een proces-verbaal (politiegegevens, WPG) bewaard blijft na de sluitingsdatum.',
    bron: 'Wet politiegegevens (WPG), van toepassing volgens [000 L974-976]; de seeds noemen geen termijn. Regionale instelling: de termijn uit de WPG en het Besluit politiegegevens moet de privacy-officer bevestigen.',
  }),
  def({
    sleutel: 'bewaartermijn.importAfwijzingen.dagen',
    standaard: 90,
    soort: 'getal',
    min: 1,
    max: 3650,
    omschrijving:
      'Dagen dat afgewezen importregels (die een BSN kunnen bevatten) bewaard blijven om de fout te herstellen.',
    bron: 'Regionale standaard (dataminimalisatie, [003 L1793-1797]), te bevestigen door de privacy-officer.',
  }),
] as const;

/** A key of a retention setting. */
export type RetentionSettingKey = (typeof RETENTION_SETTING_DEFINITIONS)[number]['sleutel'];

/** Stored values per key (missing or empty = the default), as the `settings` table holds them. */
export type RetentionSettings = Partial<Record<RetentionSettingKey, readonly DatedValue[]>>;

/** A number setting in force on `peildatum`, with a Dutch explanation of where it came from. */
export function retentionSettingOn(
  settings: RetentionSettings,
  sleutel: RetentionSettingKey,
  peildatum: IsoDate,
): { waarde: number; uitleg: string } {
  const current = [...(settings[sleutel] ?? [])]
    .filter((e) => e.geldigVanaf <= peildatum && typeof e.waarde === 'number')
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : -1))[0];
  if (current) {
    return {
      waarde: current.waarde as number,
      uitleg: `instelling ${sleutel} = ${String(current.waarde)} (geldig vanaf ${current.geldigVanaf})`,
    };
  }
  const standaard = RETENTION_SETTING_DEFINITIONS.find((d) => d.sleutel === sleutel)!.standaard;
  return { waarde: standaard, uitleg: `instelling ${sleutel} = ${standaard} (standaard)` };
}

/** True for the keys this module reads from the `settings` table. */
export const isRetentionSettingKey = (sleutel: string): sleutel is RetentionSettingKey =>
  RETENTION_SETTING_DEFINITIONS.some((d) => d.sleutel === sleutel);
