// SPDX-License-Identifier: EUPL-1.2
/** Dutch labels for the case states, worklist groups and timeline events. */
export const STATE_LABELS: Record<string, string> = {
  SIGNAAL: 'Signaal absoluut verzuim',
  AANMELDING_BEGELEID: 'Aanmelding begeleid',
  WACHTLIJST: 'Op een wachtlijst',
  IN_BEOORDELING: 'In beoordeling',
  KENNISGEVING_VERSTUURD: 'Kennisgevingsbrief verstuurd',
  PREVENTIEF_TRAJECT: 'Preventief traject',
  IN_ONDERZOEK: 'In onderzoek',
  AFSPRAKEN_GEMAAKT: 'Afspraken gemaakt',
  WAARSCHUWING_GEGEVEN: 'Waarschuwing gegeven',
  VRIJWILLIGE_HULP: 'Vrijwillige hulp via wijkteam',
  HALT: 'Halt',
  PROCES_VERBAAL: 'Proces-verbaal',
  CIVIEL: 'Civiel',
  VRIJSTELLING_AANGEVRAAGD: 'Vrijstelling aangevraagd',
  WACHT_OP_STUKKEN: 'Wacht op stukken',
  ADVIES_GEVRAAGD: 'Advies gevraagd',
  ADVIES_ONTVANGEN: 'Advies ontvangen',
  VRIJSTELLING_LOOPT: 'Vrijstelling verleend (loopt)',
  VERLOF_AANGEVRAAGD: 'Verlof aangevraagd',
  SCHOOL_GEHOORD: 'School gehoord',
  BEZWAAR: 'Bezwaar in behandeling',
  CONTACTRITME: 'Contactritme: nog niet bereikt',
  NIET_BEREIKT: 'Niet bereikt',
  BEREIKT: 'Bereikt',
  TRAJECT: 'Begeleidingstraject',
  AFGESLOTEN: 'Afgesloten',
};

export const GROUP_LABELS: Record<string, string> = {
  te_laat: 'Te laat',
  vandaag: 'Vandaag',
  nieuw: 'Nieuw',
  wacht: 'Wacht op anderen',
  lopend: 'Lopend',
};

export const EVENT_LABELS: Record<string, string> = {
  melding: 'Verzuimmelding ontvangen',
  triage: 'Beoordeeld bij binnenkomst',
  status: 'Fase gewijzigd',
  brief_gepland: 'Brief klaargezet',
  brief: 'Brief gemaakt',
  beoordeeld: 'Niet in behandeling genomen',
  kennisgeving: 'Kennisgevingsbrief',
  preventief_gestart: 'Preventief traject gestart',
  onderzoek_gestart: 'Onderzoek gestart',
  afspraken_gemaakt: 'Afspraken gemaakt',
  waarschuwing: 'Officiële waarschuwing',
  overdracht_wijkteam: 'Overdracht aan het wijkteam',
  halt_verwijzing: 'Halt-verwijzing',
  halt_uitkomst: 'Uitkomst Halt',
  proces_verbaal: 'Proces-verbaal',
  om_uitkomst: 'Uitkomst OM',
  civiel: 'Melding beschermingstafel',
  afgesloten: 'Afgesloten',
  heropend: 'Opnieuw beoordeeld',
  notitie: 'Notitie',
  telefoon: 'Telefoongesprek',
  gesprek: 'Gesprek',
  huisbezoek: 'Huisbezoek',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  toestemming: 'Toestemming 16+ vastgelegd',
  terugkoppeling_school: 'Terugkoppeling aan de school',
  signaal: 'Signaal absoluut verzuim',
  automatisch_afgesloten: 'Vanzelf afgesloten',
  aanmelding_begeleid: 'Aanmelding begeleid',
  wachtlijst: 'Op een wachtlijst',
  aanvraag_ingetrokken: 'Aanvraag ingetrokken',
  advies_gevraagd: 'Advies gevraagd',
  advies_ontvangen: 'Advies ontvangen',
  school_gehoord: 'School gehoord',
  stuk_ontvangen: 'Stuk ontvangen',
  stukken_opgevraagd: 'Ontbrekende stukken opgevraagd',
  verlengingsoverleg: 'Gesprek over verlenging',
  verlof_geweigerd: 'Verlof geweigerd',
  verlof_naar_directeur: 'Terugverwezen naar de directeur',
  verlof_verleend: 'Verlof verleend',
  vrijstelling_afgewezen: 'Vrijstelling afgewezen',
  vrijstelling_beeindigd: 'Vrijstelling beëindigd',
  vrijstelling_toegekend: 'Vrijstelling toegekend',
  thuiszitter_gestart: 'Thuiszitten geregistreerd',
  thuiszitter_gewijzigd: 'Thuiszitten bijgewerkt',
  thuiszitter_beeindigd: 'Thuiszitten beëindigd',
  thuiszitter_taak_afgerond: 'Thuiszittertaak afgerond',
  doorstroompunt_geopend: 'Aangemeld bij het Doorstroompunt',
  contactpoging: 'Contactpoging',
  traject_gestart: 'Begeleidingstraject gestart',
  traject_beeindigd: 'Begeleidingstraject beëindigd',
  formulier_ontvangen: 'Formulier ontvangen',
  bezwaar_ontvangen: 'Bezwaar ontvangen',
  bezwaar_hoorzitting: 'Hoorzitting over het bezwaar',
  bezwaar_niet_gehoord: 'Afgezien van horen (art. 7:3 Awb)',
  bezwaar_verdaagd: 'Beslissing op bezwaar verdaagd',
  bezwaar_beslist: 'Beslissing op bezwaar',
  bezwaar_ingetrokken: 'Bezwaar ingetrokken',
};

/** A timeline event's data as short Dutch text (keys as words, booleans as ja/nee). */
export function describeData(data: Record<string, unknown> | null | undefined): string {
  if (!data) return '';
  return Object.entries(data)
    .filter(([key]) => !['meldingId', 'demo'].includes(key))
    .map(([key, value]) => {
      const text =
        value === true
          ? 'ja'
          : value === false
            ? 'nee'
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value);
      return `${key}: ${STATE_LABELS[text] ?? text}`;
    })
    .join('; ');
}
