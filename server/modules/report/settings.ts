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
  /** Short Dutch name on the settings page. */
  label: string;
  standaard: string | number;
  toegestaan?: readonly (string | number)[];
  /** Dutch label of each allowed value (for the drop-down). */
  keuzes?: Readonly<Record<string, string>>;
  /** Whole numbers from `min` to `max` when there is no list of allowed values. */
  min?: number;
  max?: number;
  omschrijving: string;
  /** What changes in the report when the value changes (help text on the settings page). */
  hulp: string;
  bron: string;
}

/** The report's settings, stored in the `settings` table under these keys. */
export const REPORT_SETTING_DEFINITIONS: readonly ReportSettingDefinition[] = [
  {
    sleutel: 'rapport.telEenheid',
    veld: 'telEenheid',
    label: 'Teleenheid van de afdoening',
    standaard: 'meldingen',
    toegestaan: ['meldingen', 'personen', 'zaken'],
    keuzes: { meldingen: 'per melding', personen: 'per leerling', zaken: 'per zaak' },
    hulp: 'Verandert tabel C05 (afdoening van meldingen): het getal telt meldingen, leerlingen of zaken. De eenheid en de definitie naast C05 in het jaarverslag zeggen welke telling geldt.',
    omschrijving: 'Telt de afdoening (C05) per melding, per leerling of per zaak.',
    bron: 'report-figures.md §4.2 punt 2; [002] meldingen, [000] personen, [004] zaken',
  },
  {
    sleutel: 'rapport.haltTelling',
    veld: 'haltTelling',
    label: 'Telling van Halt-verwijzingen',
    standaard: 'verwijzing',
    toegestaan: ['verwijzing', 'afgerond'],
    keuzes: { verwijzing: 'bij de verwijzing', afgerond: 'als het Halt-traject is afgerond' },
    hulp: 'Verandert tabel C07 (Halt): welke verwijzingen meetellen en op welke datum. De definitie naast C07 zegt welke telling geldt.',
    omschrijving:
      'Telt een Halt-verwijzing bij de verwijzing, of pas als het Halt-traject is afgerond.',
    bron: 'report-figures.md §4.2 punt 4; [002 L2030], [000 L892]',
  },
  {
    sleutel: 'rapport.pvTelling',
    veld: 'pvTelling',
    label: 'Telling van processen-verbaal',
    standaard: 'opgemaakt',
    toegestaan: ['opgemaakt', 'naar_om'],
    keuzes: { opgemaakt: 'als het is opgemaakt', naar_om: 'als het naar het OM is gestuurd' },
    hulp: 'Verandert tabel C08 (processen-verbaal) en het wettelijk minimum: welke processen-verbaal meetellen. De definitie naast C08 zegt welke telling geldt.',
    omschrijving:
      'Telt een proces-verbaal als het is opgemaakt, of pas als het naar het OM is gestuurd.',
    bron: 'report-figures.md §4.2 punt 4; [004] telmethode gewijzigd',
  },
  {
    sleutel: 'rapport.kleineAantallen',
    veld: 'kleineAantallen',
    label: 'Grens voor kleine aantallen',
    standaard: 5,
    min: 0,
    max: 20,
    hulp: 'Verandert alle gepubliceerde tabellen (HTML, PDF, CSV, Excel): aantallen onder de grens worden verborgen, met zo nodig een tweede cel zodat u ze niet kunt terugrekenen. 0 betekent: niets verbergen. De JSON van de opdrachtregel houdt altijd de exacte aantallen.',
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
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= (d.min ?? 0) &&
    value <= (d.max ?? Infinity)
  );
}

/** Dutch problem with a value for a report setting; undefined when valid or not a report key. */
export function validateReportSetting(sleutel: string, waarde: unknown): string | undefined {
  const d = REPORT_SETTING_DEFINITIONS.find((x) => x.sleutel === sleutel);
  if (!d || isAllowed(d, waarde)) return undefined;
  if (d.toegestaan) {
    const names = d.toegestaan.map((v) => `"${v}" (${d.keuzes?.[v] ?? v})`).join(', ');
    return `${d.label}: kies een van deze waarden: ${names}.`;
  }
  return `${d.label}: vul een heel getal van ${d.min ?? 0} tot en met ${d.max} in.`;
}

/** True for a key of the report's settings (`rapport.*`). */
export const isReportSetting = (sleutel: string): boolean =>
  REPORT_SETTING_DEFINITIONS.some((d) => d.sleutel === sleutel);

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
