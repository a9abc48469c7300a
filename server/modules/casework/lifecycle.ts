// SPDX-License-Identifier: EUPL-1.2
/**
 * The case lifecycle of a verzuimmelding (MAS; domain.md W1 relatief verzuim and W2 luxeverzuim)
 * as data: states, the transitions between them, the fields each step requires (seed 003
 * proposal 2: fixed order, drop-downs, explanations at critical steps), and what a step does to
 * the DUO status of the meldingen. Every transition names its source.
 */
import {
  AFDOENINGEN,
  DUO_SLUITREDENEN,
  DUO_TOELICHTINGEN,
  type Afdoening,
  type DuoStatus,
} from './outcomes.ts';

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
  AFGESLOTEN: { label: 'Afgesloten', open: false },
} as const;

export type CaseState = keyof typeof STATES;
export const isOpen = (state: string): boolean => STATES[state as CaseState]?.open ?? false;

export type FieldKind = 'keuze' | 'tekst' | 'datum' | 'ja_nee' | 'getal';

export interface FieldDef {
  naam: string;
  label: string;
  soort: FieldKind;
  verplicht: boolean;
  /** For `keuze`: value → label. */
  opties?: Readonly<Record<string, string>>;
  /** A short explanation shown with the field (tooltip of seed 003 proposal 2). */
  hulp?: string;
}

/** Checks a transition needs beyond its fields, evaluated with the rules engine by the caller. */
export type Guard = 'halt' | 'preventief_eens_per_schooljaar' | 'luxe_waarschuwing';

/**
 * The ring of seed 003's stable foundation (§5.2) a task belongs to: 0 = kern, always; 1, 2, 3 can
 * be suspended by the policy mode. Preventive conversations online are ring 1, in person ring 2.
 */
export const RING_OF_VORM: Record<string, number> = { online: 1, fysiek: 2 };

/** The werkproces (case soort) a step belongs to. */
export type Werkproces = 'relatief_verzuim' | 'absoluut_verzuim';

export interface TransitionDef {
  actie: string;
  /** Absent = relatief verzuim (W1, W2). */
  werkproces?: Werkproces;
  label: string;
  van: readonly CaseState[];
  /** The state after the step; absent = the case stays where it is (a record, not a move). */
  naar?: CaseState;
  velden: readonly FieldDef[];
  /** Case event written for this step (an intervention is a dated record). */
  gebeurtenis: string;
  /** Fixed outcome of the step, or taken from the field `afdoening`. */
  afdoening?: Afdoening;
  /** What the step does to the DUO status of the case's open meldingen. */
  duo?: DuoStatus;
  guard?: Guard;
  /** Letter the step proposes (letters module template key). */
  brief?: string;
  bron: string;
}

const toelichting = (verplicht: boolean, hulp?: string): FieldDef => ({
  naam: 'toelichting',
  label: 'Toelichting',
  soort: 'tekst',
  verplicht,
  ...(hulp ? { hulp } : {}),
});
const keuze = (
  naam: string,
  label: string,
  opties: Record<string, string>,
  hulp?: string,
): FieldDef => ({
  naam,
  label,
  soort: 'keuze',
  verplicht: true,
  opties,
  ...(hulp ? { hulp } : {}),
});
const labels = <K extends Afdoening>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, AFDOENINGEN[k].label])) as Record<K, string>;

/** Closing asks what DUO hears back: the closing reason and its explanation (§d1). */
const DUO_AFSLUITING: readonly FieldDef[] = [
  keuze(
    'duoSluitreden',
    'Reden van afsluiten (voor DUO)',
    DUO_SLUITREDENEN,
    'Eén van de zeven redenen die DUO kent.',
  ),
  keuze('duoToelichting', 'Toelichting op het afsluiten (voor DUO)', DUO_TOELICHTINGEN),
];

const OPEN_MONITORING: CaseState[] = [
  'AFSPRAKEN_GEMAAKT',
  'WAARSCHUWING_GEGEVEN',
  'VRIJWILLIGE_HULP',
];
const ALL_OPEN = Object.keys(STATES).filter((s) => isOpen(s)) as CaseState[];

export const TRANSITIONS: readonly TransitionDef[] = [
  {
    actie: 'niet_in_behandeling',
    label: 'Niet in behandeling nemen',
    van: ['IN_BEOORDELING'],
    naar: 'AFGESLOTEN',
    velden: [
      keuze(
        'afdoening',
        'Reden',
        labels([
          'geen_actie_school',
          'geen_actie_consulent',
          'niet_behandeld_geoorloofd',
          'niet_behandeld_overig',
          'onterechte_melding',
        ]),
        'Bijvoorbeeld: de school wil geen actie, of er loopt al contact op basis van een eerdere melding.',
      ),
      toelichting(true),
      ...DUO_AFSLUITING,
    ],
    gebeurtenis: 'beoordeeld',
    duo: 'afgesloten',
    bron: 'W1 1.3 [000 L748-750; 000 L1559]',
  },
  {
    actie: 'kennisgeving',
    label: 'Kennisgevingsbrief sturen',
    van: ['IN_BEOORDELING'],
    naar: 'KENNISGEVING_VERSTUURD',
    velden: [
      toelichting(
        false,
        'Niet direct zorgwekkend en geen aanleiding voor nader onderzoek (seed 003).',
      ),
    ],
    gebeurtenis: 'kennisgeving',
    afdoening: 'kennisgeving',
    duo: 'ter_kennisgeving',
    brief: 'kennisgevingsbrief',
    bron: 'W1 1.5, R66 [003 L2518-2528]',
  },
  {
    actie: 'preventief',
    label: 'Preventief traject starten',
    van: ['IN_BEOORDELING'],
    naar: 'PREVENTIEF_TRAJECT',
    velden: [
      {
        naam: 'verwijtbaar',
        label: 'Het verzuim is verwijtbaar aan de jeugdige',
        soort: 'ja_nee',
        verplicht: true,
      },
      {
        naam: 'herhaald',
        label: 'Herhaald ongeoorloofd verzuim over een aaneengesloten periode',
        soort: 'ja_nee',
        verplicht: true,
      },
      {
        naam: 'zorg',
        label: 'Het verzuim geeft aanleiding tot zorg',
        soort: 'ja_nee',
        verplicht: true,
      },
      {
        naam: 'doelmatig',
        label: 'De aanpak is doelmatig: de kans op gedragsverandering is reëel',
        soort: 'ja_nee',
        verplicht: true,
      },
      toelichting(false),
    ],
    gebeurtenis: 'preventief_gestart',
    duo: 'in_behandeling',
    guard: 'preventief_eens_per_schooljaar',
    bron: 'W1 1.6, R63 [003 L2321-2330]',
  },
  {
    actie: 'onderzoek',
    label: 'Onderzoek starten',
    van: ['IN_BEOORDELING', 'KENNISGEVING_VERSTUURD', 'PREVENTIEF_TRAJECT', 'VRIJWILLIGE_HULP'],
    naar: 'IN_ONDERZOEK',
    velden: [toelichting(false)],
    gebeurtenis: 'onderzoek_gestart',
    duo: 'in_behandeling',
    bron: 'W1 1.7, 1.9, 1.25 [003 L2526-2528]',
  },
  {
    actie: 'afspraken',
    label: 'Afspraken vastleggen',
    van: ['IN_ONDERZOEK', 'PREVENTIEF_TRAJECT'],
    naar: 'AFSPRAKEN_GEMAAKT',
    velden: [{ naam: 'afspraken', label: 'Gemaakte afspraken', soort: 'tekst', verplicht: true }],
    gebeurtenis: 'afspraken_gemaakt',
    afdoening: 'afspraken_gemaakt',
    duo: 'in_behandeling',
    bron: 'W1 1.12 [000 L938-939]',
  },
  {
    actie: 'waarschuwing',
    label: 'Officiële waarschuwing geven',
    van: ['IN_ONDERZOEK', 'AFSPRAKEN_GEMAAKT'],
    naar: 'WAARSCHUWING_GEGEVEN',
    velden: [
      { naam: 'datum', label: 'Datum van de waarschuwing', soort: 'datum', verplicht: true },
      {
        naam: 'dagenLuxeverzuim',
        label: 'Dagen luxeverzuim',
        soort: 'getal',
        verplicht: false,
        hulp: 'Alleen bij luxeverzuim: een waarschuwing kan bij een eerste overtreding tot de regionale grens (OM-beleid); daarboven proces-verbaal.',
      },
      toelichting(
        false,
        'Nogmaals verzuimen kan leiden tot een Halt-verwijzing of proces-verbaal (seed 000).',
      ),
    ],
    gebeurtenis: 'waarschuwing',
    afdoening: 'waarschuwing_gegeven',
    duo: 'in_behandeling',
    brief: 'waarschuwing',
    guard: 'luxe_waarschuwing',
    bron: 'W1 1.13, W2 2.6, R27, R32-R33 [000 L939-941; 003 L2709-2715]',
  },
  {
    actie: 'wijkteam',
    label: 'Overdragen aan het sociaal (wijk)team',
    van: ['IN_ONDERZOEK'],
    naar: 'VRIJWILLIGE_HULP',
    velden: [
      { naam: 'wijkteam', label: 'Naar welk team', soort: 'tekst', verplicht: true },
      {
        naam: 'datum',
        label: 'Datum van de overdracht',
        soort: 'datum',
        verplicht: true,
        hulp: 'De monitoring eindigt 6 weken later.',
      },
    ],
    gebeurtenis: 'overdracht_wijkteam',
    afdoening: 'vrijwillige_hulp',
    duo: 'in_behandeling',
    bron: 'W1 1.14, W10, R35 [004 L357-361]',
  },
  {
    actie: 'halt',
    label: 'Verwijzen naar Halt',
    van: ['IN_ONDERZOEK', 'WAARSCHUWING_GEGEVEN'],
    naar: 'HALT',
    velden: [
      { naam: 'datum', label: 'Datum van de verwijzing', soort: 'datum', verplicht: true },
      {
        naam: 'verzuimuren',
        label: 'Uren ongeoorloofd verzuim',
        soort: 'getal',
        verplicht: true,
        hulp: 'Halt kan bij 12 tot en met 60 uur (regionale instelling).',
      },
    ],
    gebeurtenis: 'halt_verwijzing',
    afdoening: 'halt',
    duo: 'in_behandeling',
    guard: 'halt',
    brief: 'bevestiging_halt',
    bron: 'W1 1.15, R28 [000 L733-741]',
  },
  {
    actie: 'halt_uitkomst',
    label: 'Uitkomst van Halt vastleggen en afsluiten',
    van: ['HALT'],
    naar: 'AFGESLOTEN',
    velden: [
      // A failed Halt-traject goes on with `proces_verbaal` or `heropenen` instead (W1 1.27).
      keuze('haltUitkomst', 'Uitkomst van Halt', { afgerond: 'Halt-traject afgerond' }),
      ...DUO_AFSLUITING,
    ],
    gebeurtenis: 'halt_uitkomst',
    duo: 'afgesloten',
    bron: 'W1 1.26',
  },
  {
    actie: 'proces_verbaal',
    label: 'Proces-verbaal opmaken',
    van: ['IN_ONDERZOEK', 'WAARSCHUWING_GEGEVEN', 'VRIJWILLIGE_HULP', 'HALT'],
    naar: 'PROCES_VERBAAL',
    velden: [
      keuze(
        'afdoening',
        'Soort proces-verbaal',
        labels(['pv_relatief', 'pv_luxe', 'pv_aanvullend']),
      ),
      keuze('verdachte', 'Verdachte', {
        ouder: 'Ouder(s)',
        jeugdige: 'Jeugdige (12 jaar of ouder)',
        beiden: 'Ouder(s) en jeugdige',
      }),
      { naam: 'datum', label: 'Datum proces-verbaal', soort: 'datum', verplicht: true },
      { naam: 'naarOm', label: 'Verstuurd naar het OM', soort: 'ja_nee', verplicht: true },
      toelichting(true, 'Leg vast welke vrijwillige inzet er al was (niet nodig bij luxeverzuim).'),
    ],
    gebeurtenis: 'proces_verbaal',
    duo: 'in_behandeling',
    bron: 'W1 1.16, W2 2.7, W13, R25-R30 [002 L2022-2026]',
  },
  {
    actie: 'om_uitkomst',
    label: 'Uitkomst van het OM vastleggen en afsluiten',
    van: ['PROCES_VERBAAL'],
    naar: 'AFGESLOTEN',
    velden: [
      keuze('omUitkomst', 'Uitkomst OM / rechter', {
        seponering_volledig: 'Geseponeerd (volledig)',
        seponering_voorwaardelijk: 'Geseponeerd (voorwaardelijk)',
        transactie: 'Transactie / strafbeschikking',
        vonnis: 'Vonnis van de rechter',
      }),
      ...DUO_AFSLUITING,
    ],
    gebeurtenis: 'om_uitkomst',
    duo: 'afgesloten',
    bron: 'W13 [003 L2701-2703; 004 L1796-1800]',
  },
  {
    actie: 'civiel',
    label: 'Melden bij de beschermingstafel',
    van: ['IN_ONDERZOEK'],
    naar: 'CIVIEL',
    velden: [
      toelichting(true, 'Zorgen over de opvoeding of een ernstige bedreiging van de ontwikkeling.'),
    ],
    gebeurtenis: 'civiel',
    duo: 'in_behandeling',
    bron: 'W1 1.17 [004 L409-419]',
  },
  {
    actie: 'afsluiten',
    label: 'Afsluiten',
    van: [
      'IN_ONDERZOEK',
      'KENNISGEVING_VERSTUURD',
      'PREVENTIEF_TRAJECT',
      'CIVIEL',
      ...OPEN_MONITORING,
    ],
    naar: 'AFGESLOTEN',
    velden: [
      keuze(
        'afdoening',
        'Afdoening',
        labels([
          'afspraken_gemaakt',
          'waarschuwing_gegeven',
          'vrijwillige_hulp',
          'niet_verwijtbaar',
          'onterechte_melding',
          'kennisgeving',
          'leerling_uitgeschreven',
          'verhuisd',
          'overdracht_doorstroompunt',
          'start_vrijstelling',
        ]),
      ),
      toelichting(false),
      ...DUO_AFSLUITING,
    ],
    gebeurtenis: 'afgesloten',
    duo: 'afgesloten',
    brief: 'afsluiting',
    bron: 'W1 1.8, 1.10, 1.11, 1.18-1.22, 1.24',
  },
  {
    actie: 'terugkoppeling_school',
    label: 'Terugkoppelen aan de school',
    van: [
      'IN_BEOORDELING',
      'PREVENTIEF_TRAJECT',
      'IN_ONDERZOEK',
      'AFSPRAKEN_GEMAAKT',
      'WAARSCHUWING_GEGEVEN',
    ],
    velden: [
      {
        naam: 'samenvatting',
        label: 'Samenvatting voor de school',
        soort: 'tekst',
        verplicht: true,
        hulp: 'Alleen wat de school nodig heeft, in feite een samenvatting van de afspraken; persoonlijke en gevoelige informatie deel je niet (seed 003, R64). Ook: waarom het preventieve traject niet past (R65).',
      },
    ],
    gebeurtenis: 'terugkoppeling_school',
    bron: 'R64, R65 [003 L2332-2334]',
  },
  {
    actie: 'heropenen',
    label: 'Opnieuw beoordelen',
    van: ALL_OPEN.filter((s) => s !== 'IN_BEOORDELING'),
    naar: 'IN_BEOORDELING',
    velden: [toelichting(true)],
    gebeurtenis: 'heropend',
    duo: 'in_behandeling',
    bron: 'W1 1.23 (recidive)',
  },
  // W3 absoluut verzuim: a resident of school age without enrolment (domain.md W3, R45-R48).
  {
    actie: 'av_onderzoek',
    werkproces: 'absoluut_verzuim',
    label: 'Onderzoek starten',
    van: ['SIGNAAL'],
    naar: 'IN_ONDERZOEK',
    velden: [toelichting(false)],
    gebeurtenis: 'onderzoek_gestart',
    bron: 'W3 3.4, R46 [004 L850-852]',
  },
  {
    actie: 'av_aanmelding',
    werkproces: 'absoluut_verzuim',
    label: 'Aanmelding bij een school begeleiden',
    van: ['IN_ONDERZOEK'],
    naar: 'AANMELDING_BEGELEID',
    velden: [
      { naam: 'school', label: 'Bij welke school', soort: 'tekst', verplicht: true },
      toelichting(false),
    ],
    gebeurtenis: 'aanmelding_begeleid',
    bron: 'W3 3.5, R46',
  },
  {
    actie: 'av_wachtlijst',
    werkproces: 'absoluut_verzuim',
    label: 'Op een wachtlijst gezet',
    van: ['AANMELDING_BEGELEID'],
    naar: 'WACHTLIJST',
    velden: [
      {
        naam: 'wachtlijst',
        label: 'Wachtlijst van (onderwijs of zorg)',
        soort: 'tekst',
        verplicht: true,
      },
    ],
    gebeurtenis: 'wachtlijst',
    bron: 'W3 3.6 [000 L630]',
  },
  {
    actie: 'av_proces_verbaal',
    werkproces: 'absoluut_verzuim',
    label: 'Proces-verbaal opmaken',
    van: ['IN_ONDERZOEK'],
    naar: 'PROCES_VERBAAL',
    velden: [
      keuze('verdachte', 'Verdachte', {
        ouder: 'Ouder(s)',
        jeugdige: 'Jeugdige (12 jaar of ouder)',
        beiden: 'Ouder(s) en jeugdige',
      }),
      { naam: 'datum', label: 'Datum proces-verbaal', soort: 'datum', verplicht: true },
      { naam: 'naarOm', label: 'Verstuurd naar het OM', soort: 'ja_nee', verplicht: true },
      toelichting(true, 'De ouders weigeren hun kind in te schrijven (R47).'),
    ],
    gebeurtenis: 'proces_verbaal',
    afdoening: 'pv_absoluut',
    bron: 'W3 3.11, R47 [002 L2097]',
  },
  {
    actie: 'av_om_uitkomst',
    werkproces: 'absoluut_verzuim',
    label: 'Uitkomst van het OM vastleggen en afsluiten',
    van: ['PROCES_VERBAAL'],
    naar: 'AFGESLOTEN',
    velden: [
      keuze('omUitkomst', 'Uitkomst OM / rechter', {
        seponering_volledig: 'Geseponeerd (volledig)',
        seponering_voorwaardelijk: 'Geseponeerd (voorwaardelijk)',
        transactie: 'Transactie / strafbeschikking',
        vonnis: 'Vonnis van de rechter',
      }),
    ],
    gebeurtenis: 'om_uitkomst',
    bron: 'W13',
  },
  {
    actie: 'av_afsluiten',
    werkproces: 'absoluut_verzuim',
    label: 'Afsluiten',
    van: ['SIGNAAL', 'IN_ONDERZOEK', 'AANMELDING_BEGELEID', 'WACHTLIJST'],
    naar: 'AFGESLOTEN',
    velden: [
      keuze(
        'afdoening',
        'Resultaat',
        labels([
          'inschrijving_school',
          'onterechte_melding',
          'niet_verwijtbaar',
          'overdracht_andere_gemeente',
          'uitschrijving_brp',
          'overdracht_doorstroompunt',
          'start_vrijstelling_5a',
          'start_vrijstelling_5b',
          'start_vrijstelling_5c',
          'start_vrijstelling_15',
          'sk_niet_haalbaar',
        ]),
        'De resultaten van seed 002 (resultaten absoluut verzuimmeldingen).',
      ),
      toelichting(false),
    ],
    gebeurtenis: 'afgesloten',
    bron: 'W3 3.2, 3.3, 3.7-3.10, 3.12 [002 L2093-2121]',
  },
];

export const transitionFor = (actie: string): TransitionDef | undefined =>
  TRANSITIONS.find((t) => t.actie === actie);

/** The steps a case of `werkproces` in `state` allows: the case page shows exactly these. */
export const allowedTransitions = (
  state: string,
  werkproces: string = 'relatief_verzuim',
): TransitionDef[] =>
  TRANSITIONS.filter(
    (t) =>
      (t.werkproces ?? 'relatief_verzuim') === werkproces &&
      (t.van as readonly string[]).includes(state),
  );

export interface FieldProblem {
  veld: string;
  melding: string;
}

/** Checks the input of a step against its fields; Dutch messages per field. */
export function checkFields(def: TransitionDef, input: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of def.velden) {
    const value = input[field.naam];
    const empty = value === undefined || value === null || value === '';
    if (empty) {
      if (field.verplicht) {
        problems.push({ veld: field.naam, melding: `Vul in: ${field.label.toLowerCase()}.` });
      }
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) problems.push({ veld: field.naam, melding: problem });
  }
  if (def.actie === 'preventief') {
    for (const naam of ['verwijtbaar', 'herhaald', 'zorg', 'doelmatig']) {
      if (input[naam] === false) {
        problems.push({
          veld: naam,
          melding:
            'Niet alle criteria zijn vervuld: koppel terug aan de school en kies samen een andere vervolgstap (seed 003).',
        });
      }
    }
  }
  return problems;
}

function checkValue(field: FieldDef, value: unknown): string | undefined {
  switch (field.soort) {
    case 'keuze':
      return typeof value === 'string' && field.opties && Object.hasOwn(field.opties, value)
        ? undefined
        : `Kies een van de mogelijkheden bij ${field.label.toLowerCase()}.`;
    case 'tekst':
      return typeof value === 'string' && value.length <= 4000
        ? undefined
        : `${field.label}: te lang (hoogstens 4000 tekens).`;
    case 'datum':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : `${field.label}: vul een datum in als JJJJ-MM-DD.`;
    case 'ja_nee':
      return typeof value === 'boolean' ? undefined : `${field.label}: kies ja of nee.`;
    case 'getal':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : `${field.label}: vul een getal in.`;
  }
}

/** The outcome a step records: fixed by the step or chosen in its `afdoening` field. */
export const outcomeOf = (
  def: TransitionDef,
  input: Record<string, unknown>,
): Afdoening | undefined =>
  def.afdoening ??
  (typeof input.afdoening === 'string' ? (input.afdoening as Afdoening) : undefined);
