// SPDX-License-Identifier: EUPL-1.2
/**
 * Every regional setting of the rules engine, declared once: key, default, source, Dutch
 * description and allowed values. All settings are dated: a list of `{ geldigVanaf, waarde }`
 * of which the entry with the latest `geldigVanaf` on or before the peildatum applies.
 */
import type { IsoDate } from './dates.ts';

export type SettingValue = number | string | boolean;

export interface SettingDefinition {
  sleutel: string;
  standaard: SettingValue;
  omschrijving: string;
  bron: string;
  /** `getal` with min/max, `keuze` from `toegestaan`, or `ja_nee`. */
  soort: 'getal' | 'keuze' | 'ja_nee';
  toegestaan?: readonly SettingValue[];
  min?: number;
  max?: number;
}

const def = (d: SettingDefinition) => d;

/** The settings the rules read, with their defaults (used when the database has none). */
export const SETTING_DEFINITIONS = [
  def({
    sleutel: 'doorstroompunt.leeftijdsgrens',
    standaard: 23,
    soort: 'keuze',
    toegestaan: [23, 27],
    omschrijving:
      'Leeftijd tot waar het Doorstroompunt jongeren volgt: 23, of 27 vanaf de datum waarop de wet "Van school naar duurzaam werk" in werking treedt (stel die datum in als geldig-vanaf).',
    bron: 'R10; [002 L949-953], [000 L1121]',
  }),
  def({
    sleutel: 'halt.minUren',
    standaard: 12,
    soort: 'getal',
    min: 0,
    max: 200,
    omschrijving: 'Minimum aantal uren afwezig/te laat voor een Halt-verwijzing.',
    bron: 'R28; [000 L734-735]',
  }),
  def({
    sleutel: 'halt.maxUren',
    standaard: 60,
    soort: 'getal',
    min: 0,
    max: 500,
    omschrijving: 'Maximum aantal uren afwezig/te laat waarbij Halt nog mogelijk is.',
    bron: 'R28; [000 L734-735], [000 L742-743]',
  }),
  def({
    sleutel: 'halt.minLeeftijd',
    standaard: 12,
    soort: 'getal',
    min: 0,
    max: 30,
    omschrijving: 'Jongste leeftijd voor een Halt-verwijzing (op de datum van het verzuim).',
    bron: 'R28; [000 L733-734]',
  }),
  def({
    sleutel: 'halt.maxLeeftijd',
    standaard: 18,
    soort: 'getal',
    min: 0,
    max: 30,
    omschrijving: 'Halt is mogelijk tot (niet tot en met) deze leeftijd.',
    bron: 'R28; [000 L733-734]',
  }),
  def({
    sleutel: 'meldplicht.uren',
    standaard: 16,
    soort: 'getal',
    min: 1,
    max: 200,
    omschrijving: 'Aantal uren ongeoorloofd verzuim waarbij de school moet melden.',
    bron: 'R11; [000 L926-927], [003 L500], [002 L1954-1958]',
  }),
  def({
    sleutel: 'meldplicht.lesweken',
    standaard: 4,
    soort: 'getal',
    min: 1,
    max: 20,
    omschrijving: 'Aantal opeenvolgende lesweken waarin de uren worden opgeteld.',
    bron: 'R11; [002 L1954-1958]',
  }),
  def({
    sleutel: 'meldplicht.vergelijking',
    standaard: 'ten_minste',
    soort: 'keuze',
    toegestaan: ['ten_minste', 'meer_dan'],
    omschrijving:
      'Lezing van de drempel: "ten minste 16 uur" (000, 003) of "meer dan 16 uur" (002). Bureaus lezen het verschillend.',
    bron: 'R11; [000 L926-927], [002 L1954-1958]',
  }),
  def({
    sleutel: 'meldplicht.achttienPlus',
    standaard: 'vier_weken',
    soort: 'keuze',
    toegestaan: ['vier_weken', 'zestien_uur'],
    omschrijving:
      'Meldregel voor studenten van 18 jaar en ouder: wettelijk na 4 aaneengesloten schoolweken verzuim, of regionaal afgesproken zoals minderjarigen (16 uur in 4 weken).',
    bron: 'R15, R16; [000 L1504], [000 L1507-1509], [004 L2151-2152]',
  }),
  def({
    sleutel: 'thuiszitter.definitie',
    standaard: 'inspectie',
    soort: 'keuze',
    toegestaan: ['inspectie', 'thuiszitterstafel'],
    omschrijving:
      'Welke thuiszitterdefinitie de regio gebruikt: inspectie (langer dan 4 weken) of thuiszitterstafel (langer dan 3 maanden).',
    bron: 'R36, R39; [000 L283-285], [003 L812]',
  }),
  def({
    sleutel: 'thuiszitter.omvang',
    standaard: 'breed',
    soort: 'keuze',
    toegestaan: ['breed', 'vier_weken_ongeoorloofd'],
    omschrijving:
      'Welke thuiszitters de telling en het jaarverslag meetellen: breed (iedereen die geen onderwijs volgt, ook geoorloofd en vrijstelling 5a, vanaf dag 1) of vier_weken_ongeoorloofd (alleen ongeoorloofd of zonder inschrijving, vanaf 4 weken).',
    bron: 'R37, R38; [000 L287-288], [004 L1422-1428]',
  }),
  def({
    sleutel: 'wijkteam.monitoringWeken',
    standaard: 6,
    soort: 'getal',
    min: 1,
    max: 52,
    omschrijving:
      'Weken dat de leerplichtconsulent monitort na overdracht aan het sociaal (wijk)team.',
    bron: 'R35; [003 L2144-2146], [003 L2173-2177]',
  }),
  def({
    sleutel: 'vrijstelling5a.verlengingsoverlegMaanden',
    standaard: 3,
    soort: 'getal',
    min: 0,
    max: 12,
    omschrijving:
      'Maanden vóór het einde van een vrijstelling 5a waarop het verlengingsoverleg plaatsvindt.',
    bron: 'R51; [003 L641-643]',
  }),
  def({
    sleutel: 'luxeverzuim.waarschuwingMaxDagen',
    standaard: 1,
    soort: 'getal',
    min: 0,
    max: 10,
    omschrijving:
      'Bij een eerste overtreding tot en met dit aantal dagen kan een waarschuwing; daarboven proces-verbaal. Huidig OM-beleid 1; voorstel 003: 3 ("pas bij meer dan drie dagen").',
    bron: 'R32, R33; [003 L2709-2715]',
  }),
  def({
    sleutel: 'preventiefGesprek.maxPerSchooljaar',
    standaard: 1,
    soort: 'getal',
    min: 1,
    max: 10,
    omschrijving: 'Hoe vaak de preventieve aanpak per leerling per schooljaar mag worden ingezet.',
    bron: 'R63; [003 L2330]',
  }),
  def({
    sleutel: 'schoolvakantie.regio',
    standaard: 'midden',
    soort: 'keuze',
    toegestaan: ['noord', 'midden', 'zuid'],
    omschrijving: 'Vakantieregio van het bureau voor schoolvakanties en lesweken.',
    bron: 'Rijksoverheid, schoolvakanties',
  }),
] as const satisfies readonly SettingDefinition[];

export type SettingKey = (typeof SETTING_DEFINITIONS)[number]['sleutel'];

export interface DatedValue {
  geldigVanaf: IsoDate;
  waarde: SettingValue;
  reden?: string | null;
  gewijzigdDoor?: string | null;
}

/** Settings as the rules receive them: per key, the dated values (empty or missing = default). */
export type RuleSettings = Partial<Record<SettingKey, readonly DatedValue[]>>;

/** The value in force on a date, and where it came from (for `uitleg`). */
export interface ResolvedSetting<T extends SettingValue = SettingValue> {
  sleutel: SettingKey;
  waarde: T;
  /** `undefined` when the default applies. */
  geldigVanaf?: IsoDate;
  uitleg: string;
}

/** Looks up the definition of a key; undefined for unknown keys. */
export function settingDefinition(sleutel: string): SettingDefinition | undefined {
  return SETTING_DEFINITIONS.find((d) => d.sleutel === sleutel);
}

/** The value of `sleutel` on `peildatum`: the latest entry with geldigVanaf ≤ peildatum, else the default. */
export function settingOn<T extends SettingValue>(
  settings: RuleSettings,
  sleutel: SettingKey,
  peildatum: IsoDate,
): ResolvedSetting<T> {
  const entries = [...(settings[sleutel] ?? [])]
    .filter((e) => e.geldigVanaf <= peildatum)
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : -1));
  const current = entries[0];
  if (current) {
    return {
      sleutel,
      waarde: current.waarde as T,
      geldigVanaf: current.geldigVanaf,
      uitleg: `instelling ${sleutel} = ${String(current.waarde)} (geldig vanaf ${current.geldigVanaf})`,
    };
  }
  const standaard = settingDefinition(sleutel)?.standaard as T;
  return {
    sleutel,
    waarde: standaard,
    uitleg: `instelling ${sleutel} = ${String(standaard)} (standaard)`,
  };
}

/** Checks a value against its definition; returns a Dutch problem or undefined when fine. */
export function validateSetting(sleutel: string, waarde: unknown): string | undefined {
  const d = settingDefinition(sleutel);
  if (!d) return `onbekende instelling ${sleutel}`;
  if (d.soort === 'ja_nee') {
    return typeof waarde === 'boolean' ? undefined : `${sleutel} moet ja of nee zijn`;
  }
  if (d.soort === 'keuze') {
    return d.toegestaan?.includes(waarde as SettingValue)
      ? undefined
      : `${sleutel} moet een van ${d.toegestaan?.join(', ')} zijn`;
  }
  if (typeof waarde !== 'number' || !Number.isInteger(waarde)) {
    return `${sleutel} moet een geheel getal zijn`;
  }
  if ((d.min !== undefined && waarde < d.min) || (d.max !== undefined && waarde > d.max)) {
    return `${sleutel} moet tussen ${d.min} en ${d.max} liggen`;
  }
  return undefined;
}
