// SPDX-License-Identifier: EUPL-1.2
/**
 * Bezwaar (objection) against a beschikking under the Awb: is it in time (art. 6:7–6:9), is a late
 * one admissible (6:11), when must the office decide (7:10), and may it skip the hearing (7:2, 7:3).
 * Every answer carries its `uitleg` with the article, the way deadlines.ts does.
 */
import { addDays, addWeeks, compareDates, dayOfWeek, type IsoDate } from './dates.ts';
import { publicHolidays } from './calendar.ts';
import { bezwaartermijn, type Deadline } from './deadlines.ts';

/** Public holidays that extend a term under art. 1 Algemene termijnenwet (plus 5 May, every year). */
function isAtwHoliday(date: IsoDate): boolean {
  if (date.slice(5) === '05-05') return true;
  return publicHolidays(Number(date.slice(0, 4))).some((h) => h.datum === date);
}

/** Moves a last day on a Saturday, Sunday or general holiday to the next working day (art. 1 Atw). */
function atw(datum: IsoDate, uitleg: string[]): IsoDate {
  let d = datum;
  while (dayOfWeek(d) > 5 || isAtwHoliday(d)) {
    const next = addDays(d, 1);
    uitleg.push(`art. 1 Algemene termijnenwet: ${d} is geen werkdag; verlengd tot ${next}`);
    d = next;
  }
  return d;
}

export interface TimelinessInput {
  /** The day the decision was sent or made known (art. 3:41 Awb). */
  bekendgemaakt: IsoDate;
  /** The day the office received the objection. */
  ontvangen: IsoDate;
  /** The postmark, when the objection came by post (art. 6:9 lid 2 Awb). */
  gepost?: IsoDate | null;
}

export interface Timeliness {
  tijdig: boolean;
  termijnEinde: IsoDate;
  uitleg: string[];
}

/** Art. 6:9 Awb: in time when received within the term, or posted within it and received a week later at most. */
export function objectionTimeliness(input: TimelinessInput): Timeliness {
  const termijn = bezwaartermijn(input.bekendgemaakt);
  const uitleg = [...termijn.uitleg];
  const eind = termijn.datum;
  if (compareDates(input.ontvangen, eind) <= 0) {
    uitleg.push(`art. 6:9 lid 1 Awb: ontvangen op ${input.ontvangen}, binnen de termijn: tijdig`);
    return { tijdig: true, termijnEinde: eind, uitleg };
  }
  const weekNa = addDays(eind, 7);
  const perPost =
    !!input.gepost &&
    compareDates(input.gepost, eind) <= 0 &&
    compareDates(input.ontvangen, weekNa) <= 0;
  uitleg.push(
    perPost
      ? `art. 6:9 lid 2 Awb: gepost op ${input.gepost} (binnen de termijn) en ontvangen op ${input.ontvangen}, uiterlijk een week na ${eind}: tijdig`
      : `art. 6:9 Awb: ontvangen op ${input.ontvangen}, na het einde van de termijn op ${eind}${input.gepost ? ` en niet binnen de termijn gepost of niet binnen een week ontvangen (gepost ${input.gepost})` : ''}: te laat`,
  );
  return { tijdig: perPost, termijnEinde: eind, uitleg };
}

/** Art. 6:11 Awb: a late objection is niet-ontvankelijk unless the lateness is verschoonbaar. */
export function objectionAdmissible(
  t: Timeliness,
  verschoonbaar: boolean,
): { ontvankelijk: boolean; uitleg: string[] } {
  if (t.tijdig) return { ontvankelijk: true, uitleg: [...t.uitleg] };
  return {
    ontvankelijk: verschoonbaar,
    uitleg: [
      ...t.uitleg,
      verschoonbaar
        ? 'art. 6:11 Awb: de termijnoverschrijding is verschoonbaar; het bezwaar wordt behandeld'
        : 'art. 6:11 Awb: niet verschoonbaar; het bezwaar is niet-ontvankelijk (art. 6:6 Awb)',
    ],
  };
}

export interface DecisionTermInput {
  /** The last day of the objection term (after art. 1 Atw). */
  termijnEinde: IsoDate;
  /** An advisory committee as in art. 7:13 Awb is used: 12 weeks instead of 6. */
  adviescommissie: boolean;
  /** The decision was postponed once by 6 weeks (art. 7:10 lid 3 Awb). */
  verdaagd: boolean;
  /** Receipt of a late objection: the term then runs from the day after receipt. */
  ontvangen?: IsoDate;
}

/**
 * Art. 7:10 Awb: decide within 6 weeks (12 with an art. 7:13 committee) from the day after the
 * objection term ended (a late objection: after receipt); one postponement adds 6 weeks (lid 3).
 */
export function objectionDecisionTerm(input: DecisionTermInput): Deadline {
  const weken = input.adviescommissie ? 12 : 6;
  const laat = !!input.ontvangen && compareDates(input.ontvangen, input.termijnEinde) > 0;
  const start = laat ? input.ontvangen! : input.termijnEinde;
  const basis = addWeeks(start, weken);
  const uitleg = [
    `art. 7:10 lid 1 Awb${input.adviescommissie ? ' en 7:13 (adviescommissie)' : ''}: ${laat ? `bezwaar na de termijn ontvangen op ${start}` : `bezwaartermijn eindigt ${start}`}; ${weken} weken vanaf de dag erna = ${basis}`,
  ];
  let datum = basis;
  if (input.verdaagd) {
    datum = addWeeks(basis, 6);
    uitleg.push(`art. 7:10 lid 3 Awb: eenmaal verdaagd met 6 weken tot ${datum}`);
  }
  return { datum: atw(datum, uitleg), uitleg };
}

/** The grounds of art. 7:3 Awb on which the office may decide without hearing the objector. */
export const HOREN_UITZONDERINGEN = {
  kennelijk_niet_ontvankelijk: 'Het bezwaar is kennelijk niet-ontvankelijk (art. 7:3 onder a)',
  kennelijk_ongegrond: 'Het bezwaar is kennelijk ongegrond (art. 7:3 onder b)',
  afstand: 'De indiener wil niet gehoord worden (art. 7:3 onder c)',
  geen_reactie:
    'De indiener heeft niet op tijd laten weten gehoord te willen worden (art. 7:3 onder d)',
  volledig_tegemoet:
    'Het bezwaar wordt helemaal toegewezen, zonder nadeel voor anderen (art. 7:3 onder e)',
} as const;

export type HorenUitzondering = keyof typeof HOREN_UITZONDERINGEN;

/**
 * Art. 7:2 and 7:3 Awb: may the office decide now? Only after a hearing, or on a ground of 7:3;
 * the grounds a (niet-ontvankelijk), b (ongegrond) and e (gegrond) must fit the outcome.
 */
export function hearingCheck(input: {
  gehoord: boolean;
  uitzondering: HorenUitzondering | null;
  uitkomst: 'gegrond' | 'ongegrond' | 'niet_ontvankelijk';
}): { mag: boolean; uitleg: string[] } {
  if (input.gehoord) {
    return { mag: true, uitleg: ['art. 7:2 Awb: de indiener is gehoord'] };
  }
  if (!input.uitzondering) {
    return {
      mag: false,
      uitleg: [
        'art. 7:2 Awb: de indiener moet eerst gehoord worden, of leg vast waarom dat niet hoeft (art. 7:3)',
      ],
    };
  }
  const past: Record<HorenUitzondering, readonly string[]> = {
    kennelijk_niet_ontvankelijk: ['niet_ontvankelijk'],
    kennelijk_ongegrond: ['ongegrond'],
    afstand: ['gegrond', 'ongegrond', 'niet_ontvankelijk'],
    geen_reactie: ['gegrond', 'ongegrond', 'niet_ontvankelijk'],
    volledig_tegemoet: ['gegrond'],
  };
  const mag = past[input.uitzondering].includes(input.uitkomst);
  const grond = HOREN_UITZONDERINGEN[input.uitzondering];
  return {
    mag,
    uitleg: [
      mag
        ? `art. 7:3 Awb: niet gehoord; ${grond}`
        : `art. 7:3 Awb: ${grond.toLowerCase()} past niet bij de beslissing '${input.uitkomst.replace('_', '-')}'; hoor de indiener eerst (art. 7:2)`,
    ],
  };
}

/** Art. 6:7 and 8:1 Awb: the beroep term after the decision on the objection (6 weeks, rechtbank). */
export function beroepstermijn(bekendgemaakt: IsoDate): Deadline {
  const t = bezwaartermijn(bekendgemaakt);
  return {
    datum: t.datum,
    uitleg: [
      `art. 8:1 Awb: beroep bij de rechtbank; ${t.uitleg[0]!.replace('art. 6:7 en 6:8 Awb', 'art. 6:7 en 6:8 Awb (beroepstermijn)')}`,
      ...t.uitleg.slice(1),
    ],
  };
}
