// SPDX-License-Identifier: EUPL-1.2
/**
 * The annual report's settings (`rapport.*`, defined in `report/settings.ts`) as the settings page
 * shows and validates them: one source of truth for keys, allowed values, labels and help texts.
 */
import {
  REPORT_SETTING_DEFINITIONS,
  isReportSetting,
  validateReportSetting,
} from '../report/settings.ts';

/** The report definitions in the shape of the other regional settings, plus labels and help. */
export const REPORT_SETTING_VIEWS = REPORT_SETTING_DEFINITIONS.map((d) => ({
  sleutel: d.sleutel,
  label: d.label,
  standaard: d.standaard,
  soort: d.toegestaan ? ('keuze' as const) : ('getal' as const),
  ...(d.toegestaan ? { toegestaan: d.toegestaan } : {}),
  ...(d.keuzes ? { keuzes: d.keuzes } : {}),
  ...(d.min !== undefined ? { min: d.min } : {}),
  ...(d.max !== undefined ? { max: d.max } : {}),
  omschrijving: d.omschrijving,
  hulp: d.hulp,
  bron: d.bron,
}));

/**
 * For a report key: the Dutch problem with the value, or '' when it is valid. For any other key:
 * undefined (the caller validates it).
 */
export function validateReportSettingValue(sleutel: string, waarde: unknown): string | undefined {
  if (!isReportSetting(sleutel)) return undefined;
  return validateReportSetting(sleutel, waarde) ?? '';
}
