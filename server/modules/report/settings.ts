// SPDX-License-Identifier: EUPL-1.2
/**
 * The regional choices of the annual report (report-figures.md §4.2): counting unit and which
 * interventions count as Halt or proces-verbaal. Dated like the rules' settings: the value with
 * the latest `geldigVanaf` on or before the last day of the school year applies. The report
 * prints the chosen definition beside each figure.
 */
export interface ReportSettings {
  /** Unit of the outcome table C05: one count per melding, per person or per case. */
  telEenheid: 'meldingen' | 'personen' | 'zaken';
  /** Halt counted at referral, or only when the Halt-traject was completed. */
  haltTelling: 'verwijzing' | 'afgerond';
  /** Proces-verbaal counted when drawn up, or only when sent to the OM. */
  pvTelling: 'opgemaakt' | 'naar_om';
  /** Published cells below this number are shown as "<n" (0 = no suppression). */
  kleineAantallen: number;
}

export interface ReportSettingDefinition {
  sleutel: string;
  veld: keyof ReportSettings;
  standaard: string | number;
  toegestaan?: readonly (string | number)[];
  omschrijving: string;
  bron: string;
}

/** The report's settings, stored in the `settings` table under these keys. */
export const REPORT_SETTING_DEFINITIONS: readonly ReportSettingDefinition[] = [
  {
    sleutel: 'rapport.telEenheid',
    veld: 'telEenheid',
    standaard: 'meldingen',
    toegestaan: ['meldingen', 'personen', 'zaken'],
    omschrijving: 'Telt de afdoening (C05) per melding, per leerling of per zaak.',
    bron: 'report-figures.md §4.2 punt 2; [002] meldingen, [000] personen, [004] zaken',
  },
  {
    sleutel: 'rapport.haltTelling',
    veld: 'haltTelling',
    standaard: 'verwijzing',
    toegestaan: ['verwijzing', 'afgerond'],
    omschrijving:
      'Telt een Halt-verwijzing bij de verwijzing, of pas als het Halt-traject is afgerond.',
    bron: 'report-figures.md §4.2 punt 4; [002 L2030], [000 L892]',
  },
  {
    sleutel: 'rapport.pvTelling',
    veld: 'pvTelling',
    standaard: 'opgemaakt',
    toegestaan: ['opgemaakt', 'naar_om'],
    omschrijving:
      'Telt een proces-verbaal als het is opgemaakt, of pas als het naar het OM is gestuurd.',
    bron: 'report-figures.md §4.2 punt 4; [004] telmethode gewijzigd',
  },
  {
    sleutel: 'rapport.kleineAantallen',
    veld: 'kleineAantallen',
    standaard: 5,
    omschrijving: 'Aantallen onder deze grens worden in gepubliceerde tabellen getoond als "<5".',
    bron: 'report-figures.md §4.3 punt 7; [002] vsv-tabel',
  },
];

export interface DatedReportSetting {
  sleutel: string;
  geldigVanaf: string;
  waarde: unknown;
}

/** The settings in force on `day` from stored dated values; unknown or invalid values fall back to the default. */
export function resolveReportSettings(
  stored: readonly DatedReportSetting[],
  day: string,
): ReportSettings {
  const result: Record<string, string | number> = {};
  for (const d of REPORT_SETTING_DEFINITIONS) {
    const current = stored
      .filter((s) => s.sleutel === d.sleutel && s.geldigVanaf <= day)
      .sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf))
      .at(-1)?.waarde;
    result[d.veld] = isAllowed(d, current) ? current : d.standaard;
  }
  return result as unknown as ReportSettings;
}

function isAllowed(d: ReportSettingDefinition, value: unknown): value is string | number {
  if (d.toegestaan) return d.toegestaan.includes(value as string | number);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 20;
}

/** Dutch sentence describing the chosen counting rules, printed beside the figures. */
export function describeSetting(settings: ReportSettings, veld: keyof ReportSettings): string {
  switch (veld) {
    case 'telEenheid':
      return `Telling per ${{ meldingen: 'melding', personen: 'leerling', zaken: 'zaak' }[settings.telEenheid]} (regionale instelling rapport.telEenheid).`;
    case 'haltTelling':
      return settings.haltTelling === 'verwijzing'
        ? 'Geteld op de datum van de verwijzing naar Halt (regionale instelling rapport.haltTelling).'
        : 'Alleen afgeronde Halt-trajecten, op de datum van de uitkomst (regionale instelling rapport.haltTelling).';
    case 'pvTelling':
      return settings.pvTelling === 'opgemaakt'
        ? 'Geteld op de datum waarop het proces-verbaal is opgemaakt (regionale instelling rapport.pvTelling).'
        : 'Alleen processen-verbaal die naar het OM zijn gestuurd (regionale instelling rapport.pvTelling).';
    case 'kleineAantallen':
      return settings.kleineAantallen > 0
        ? `Aantallen onder ${settings.kleineAantallen} worden in gepubliceerde tabellen niet getoond.`
        : 'Kleine aantallen worden getoond.';
  }
}
