// SPDX-License-Identifier: EUPL-1.2
/** The annual report's settings as GET /api/instellingen gives them, and what the page shows. */

export interface ReportSettingView {
  sleutel: string;
  label?: string;
  hulp?: string;
  keuzes?: Record<string, string>;
  standaard: number | string | boolean;
  omschrijving: string;
  soort: 'getal' | 'keuze' | 'ja_nee';
  toegestaan?: (number | string | boolean)[];
  min?: number;
  max?: number;
  historie: {
    geldigVanaf: string;
    waarde: number | string | boolean;
    reden?: string | null;
    gewijzigdDoor?: string | null;
  }[];
}

/** Only the report's settings (`rapport.*`). */
export const reportSettings = (all: ReportSettingView[]): ReportSettingView[] =>
  all.filter((s) => s.sleutel.startsWith('rapport.'));

/** The value in force on `day`: the latest `geldigVanaf` on or before it, else the default. */
export function valueOn(setting: ReportSettingView, day: string): ReportSettingView['standaard'] {
  const current = setting.historie
    .filter((h) => h.geldigVanaf <= day)
    .sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf))
    .at(-1);
  return current ? current.waarde : setting.standaard;
}

/** A value as the user reads it: its Dutch label when it has one. */
export const valueLabel = (setting: ReportSettingView, value: ReportSettingView['standaard']) =>
  setting.keuzes?.[String(value)] ?? String(value);

/** Dutch problem with the typed value, or undefined; the server checks again. */
export function valueProblem(setting: ReportSettingView, text: string): string | undefined {
  if (setting.toegestaan) {
    return setting.toegestaan.map(String).includes(text)
      ? undefined
      : `Kies een waarde voor ${setting.label ?? setting.sleutel}.`;
  }
  const n = Number(text);
  const ok =
    text.trim() !== '' &&
    Number.isInteger(n) &&
    n >= (setting.min ?? 0) &&
    n <= (setting.max ?? Infinity);
  return ok
    ? undefined
    : `Vul bij ${setting.label ?? setting.sleutel} een heel getal van ${setting.min ?? 0} tot en met ${setting.max} in.`;
}

/** The value to send: a number for number settings, the chosen text otherwise. */
export function parsedValue(setting: ReportSettingView, text: string): number | string {
  const asNumber = setting.soort === 'getal' || typeof setting.standaard === 'number';
  return asNumber ? Number(text) : text;
}
