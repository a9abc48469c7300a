// SPDX-License-Identifier: EUPL-1.2
/** The states a case can be in (domain.md §4: W1, W2, W3), and which of them are open. */
export const STATES = {
  SIGNAAL: { label: 'Signaal absoluut verzuim', open: true },
  AANMELDING_BEGELEID: { label: 'Aanmelding bij een school begeleid', open: true },
  WACHTLIJST: { label: 'Op een wachtlijst', open: true },
  IN_BEOORDELING: { label: 'In beoordeling', open: true },
  KENNISGEVING_VERSTUURD: { label: 'Kennisgevingsbrief verstuurd', open: true },
  PREVENTIEF_TRAJECT: { label: 'Preventief traject', open: true },
  IN_ONDERZOEK: { label: 'In onderzoek', open: true },
  AFSPRAKEN_GEMAAKT: { label: 'Afspraken gemaakt (monitoring)', open: true },
  WAARSCHUWING_GEGEVEN: { label: 'Waarschuwing gegeven (monitoring)', open: true },
  VRIJWILLIGE_HULP: { label: 'Vrijwillige hulp via wijkteam (monitoring)', open: true },
  HALT: { label: 'Halt', open: true },
  PROCES_VERBAAL: { label: 'Proces-verbaal', open: true },
  CIVIEL: { label: 'Civiel: beschermingstafel / Raad', open: true },
  // Vrijstelling and verlof (exemptions module) — add states below this line.
  VRIJSTELLING_AANGEVRAAGD: { label: 'Vrijstelling aangevraagd', open: true },
  WACHT_OP_STUKKEN: { label: 'Wacht op stukken', open: true },
  ADVIES_GEVRAAGD: { label: 'Advies gevraagd', open: true },
  ADVIES_ONTVANGEN: { label: 'Advies ontvangen', open: true },
  VRIJSTELLING_LOOPT: { label: 'Vrijstelling verleend (loopt)', open: true },
  VERLOF_AANGEVRAAGD: { label: 'Verlof aangevraagd', open: true },
  SCHOOL_GEHOORD: { label: 'School gehoord', open: true },
  BEZWAAR: { label: 'Bezwaar in behandeling', open: true },
  // Thuiszitter (thuiszitters module) — add states below this line.
  // Doorstroompunt (doorstroompunt module) — add states below this line.
  CONTACTRITME: { label: 'Contactritme: nog niet bereikt', open: true },
  NIET_BEREIKT: { label: 'Niet bereikt (later opnieuw benaderen)', open: true },
  BEREIKT: { label: 'Bereikt', open: true },
  TRAJECT: { label: 'Begeleidingstraject', open: true },
  AFGESLOTEN: { label: 'Afgesloten', open: false },
} as const;

export type CaseState = keyof typeof STATES;
export const isOpen = (state: string): boolean => STATES[state as CaseState]?.open ?? false;
