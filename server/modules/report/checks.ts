// SPDX-License-Identifier: EUPL-1.2
/**
 * The validation checks a report runs before it may be published (report-figures.md §4.3). Each
 * check compares figures computed by different queries, so a fault in one shows as a difference.
 */
import type { Indicator } from './indicator.ts';
import type { ControlCounts } from './queries/control-counts.ts';
import { recoverableLines, suppress } from './suppress.ts';
import { indicatorTotal, toTable } from './tables.ts';

export type CheckResult = 'geslaagd' | 'mislukt' | 'waarschuwing' | 'overgeslagen';

export interface Check {
  id: string;
  titel: string;
  uitkomst: CheckResult;
  toelichting: string;
  /** Short Dutch lines naming what differs (gemeente, artikel, ids); never personal data. */
  details: string[];
}

export interface CheckInput {
  indicatoren: readonly Indicator[];
  controle: ControlCounts;
  gemeenten: readonly string[];
  drempel: number;
  /** Frozen figures of the previous school year, when it was published. */
  vorigJaarBevroren?: readonly Indicator[];
  /** The previous school year computed now, to compare with the frozen figures. */
  vorigJaarBerekend?: readonly Indicator[];
}

const byId = (list: readonly Indicator[], id: string) =>
  list.find((i) => i.id === id && !i.geenGegevens);

const check = (
  id: string,
  titel: string,
  details: string[],
  toelichting: string,
  failure: CheckResult = 'mislukt',
): Check => ({ id, titel, uitkomst: details.length ? failure : 'geslaagd', toelichting, details });

const skipped = (id: string, titel: string, toelichting: string): Check => ({
  id,
  titel,
  uitkomst: 'overgeslagen',
  toelichting,
  details: [],
});

/** Runs every check; the order is the order of §4.3. */
export function runChecks(input: CheckInput): Check[] {
  return [
    additivity(input),
    stockFlow(input),
    outcomeCompleteness(input),
    ordering(input),
    haltAge(input),
    percentages(input),
    yearOnYear(input),
    smallNumbers(input),
  ];
}

/** Whether the report may be published without an override. */
export const allPassed = (checks: readonly Check[]): boolean =>
  checks.every((c) => c.uitkomst !== 'mislukt');

const MELDING_TABLES = ['C02', 'C03'] as const;

function additivity({ indicatoren, controle }: CheckInput): Check {
  const details: string[] = [];
  const expected = controle.meldingenPerGemeente;
  for (const id of MELDING_TABLES) {
    const indicator = byId(indicatoren, id);
    if (!indicator) continue;
    const gemeenten = new Set([
      ...Object.keys(expected),
      ...indicator.rijen.map((r) => String(r.gemeente)),
    ]);
    for (const g of gemeenten) {
      const got = indicatorTotal(indicator, g);
      if (got !== (expected[g] ?? 0)) {
        details.push(
          `${id} gemeente ${g}: categorieën tellen op tot ${got}, meldingen ${expected[g] ?? 0}`,
        );
      }
    }
    const region = Object.values(expected).reduce((a, b) => a + b, 0);
    if (indicatorTotal(indicator) !== region) {
      details.push(
        `${id} regio: gemeenten tellen op tot ${indicatorTotal(indicator)}, regio ${region}`,
      );
    }
  }
  return check(
    'optelling',
    'Categorieën en gemeenten tellen op',
    details,
    'Per gemeente tellen de categorieën van C02 en C03 op tot het apart getelde aantal meldingen, en de gemeenten tot de regio.',
  );
}

function stockFlow({ indicatoren, vorigJaarBevroren }: CheckInput): Check {
  const titel = 'Thuiszitters: begin + instroom − uitstroom = einde';
  const c15 = byId(indicatoren, 'C15');
  if (!c15 || !c15.dimensies.includes('stroom')) {
    return skipped(
      'thuiszitters_stroom',
      titel,
      'C15 (in- en uitstroom thuiszitters) is er niet of heeft geen dimensie stroom.',
    );
  }
  const details: string[] = [];
  const flow = (list: Indicator, g: string, stroom: string) =>
    list.rijen
      .filter((r) => r.gemeente === g && r.stroom === stroom)
      .reduce((a, r) => a + r.aantal, 0);
  const gemeenten = [...new Set(c15.rijen.map((r) => String(r.gemeente)))];
  for (const g of gemeenten) {
    const uit = c15.rijen
      .filter((r) => r.gemeente === g && !['aanvang', 'nieuw', 'einde'].includes(String(r.stroom)))
      .reduce((a, r) => a + r.aantal, 0);
    const einde = flow(c15, g, 'aanvang') + flow(c15, g, 'nieuw') - uit;
    if (einde !== flow(c15, g, 'einde')) {
      details.push(`gemeente ${g}: begin + nieuw − uit = ${einde}, einde ${flow(c15, g, 'einde')}`);
    }
    const previous = vorigJaarBevroren && byId(vorigJaarBevroren, 'C15');
    if (previous && flow(previous, g, 'einde') !== flow(c15, g, 'aanvang')) {
      details.push(
        `gemeente ${g}: einde vorig jaar ${flow(previous, g, 'einde')} ≠ begin dit jaar ${flow(c15, g, 'aanvang')}`,
      );
    }
  }
  return check(
    'thuiszitters_stroom',
    titel,
    details,
    'Per gemeente: aanvang + nieuw − uitstroom (elke eindsituatie) = einde, en het einde van vorig jaar (bevroren) = de aanvang van dit jaar.',
  );
}

function outcomeCompleteness({ indicatoren, controle }: CheckInput): Check {
  const titel = 'Elke melding heeft één afdoening of is nog in behandeling';
  const c05 = byId(indicatoren, 'C05');
  if (!c05) return skipped('afdoening_volledig', titel, 'C05 ontbreekt.');
  const details = controle.onbekendeAfdoening.map(
    (id) => `melding ${id}: afdoening niet in de vaste lijst`,
  );
  if (c05.eenheid === 'meldingen') {
    for (const [g, n] of Object.entries(controle.meldingenPerGemeente)) {
      const got = indicatorTotal(c05, g);
      if (got !== n) details.push(`gemeente ${g}: ${got} afdoeningen voor ${n} meldingen`);
    }
  }
  return check(
    'afdoening_volledig',
    titel,
    details,
    'De afdoeningen (met "nog in behandeling") tellen op tot het aantal meldingen, en elke afdoening komt uit de vaste lijst.',
  );
}

function ordering({ indicatoren, controle }: CheckInput): Check {
  const details: string[] = [];
  const c02 = byId(indicatoren, 'C02');
  const c02p = byId(indicatoren, 'C02P');
  if (c02 && c02p) {
    for (const g of new Set(c02p.rijen.map((r) => String(r.gemeente)))) {
      if (indicatorTotal(c02p, g) > indicatorTotal(c02, g)) {
        details.push(
          `gemeente ${g}: meer leerlingen (${indicatorTotal(c02p, g)}) dan meldingen (${indicatorTotal(c02, g)})`,
        );
      }
    }
  }
  for (const [g, n] of Object.entries(controle.personenPerGemeente)) {
    if (n > (controle.meldingenPerGemeente[g] ?? 0)) {
      details.push(`gemeente ${g}: meer leerlingen dan meldingen`);
    }
  }
  const c12 = byId(indicatoren, 'C12');
  const c13 = byId(indicatoren, 'C13');
  if (c12 && c13) {
    const keys = new Set(c12.rijen.map((r) => `${r.gemeente}|${r.artikel}`));
    for (const key of keys) {
      const [g, artikel] = key.split('|');
      const granted = c12.rijen
        .filter((r) => r.gemeente === g && r.artikel === artikel)
        .reduce((a, r) => a + r.aantal, 0);
      const handled = c13.rijen
        .filter((r) => r.gemeente === g && r.artikel === artikel)
        .reduce((a, r) => a + r.aantal, 0);
      if (granted > handled) {
        details.push(
          `gemeente ${g} artikel ${artikel}: ${granted} toegekend, maar ${handled} behandeld`,
        );
      }
    }
  }
  return check(
    'volgorde',
    'Toegekend ≤ behandeld, leerlingen ≤ meldingen',
    details,
    'Per gemeente (en artikel): toegekende vrijstellingen (C12) ≤ behandelde aanvragen (C13), en leerlingen met een melding (C02P) ≤ meldingen (C02).',
  );
}

function haltAge({ controle }: CheckInput): Check {
  return check(
    'halt_leeftijd',
    'Halt alleen van 12 tot en met 17 jaar',
    controle.haltBuitenLeeftijd.map((id) => `zaak ${id}: Halt-verwijzing buiten 12–17 jaar`),
    'Elke Halt-verwijzing van het schooljaar betreft een jongere van 12 tot 18 jaar op de datum van de verwijzing.',
  );
}

function percentages({ controle }: CheckInput): Check {
  return check(
    'percentages',
    'Percentages herberekend uit teller en noemer',
    controle.vsvAfwijkend.map((v) => `vsv ${v}: percentage wijkt af van teller/noemer`),
    'Elk percentage in het verslag wordt berekend uit opgeslagen aantallen; een geïmporteerd vsv-percentage met teller en noemer moet daarmee overeenkomen (afronding 0,01).',
  );
}

function yearOnYear({ vorigJaarBevroren, vorigJaarBerekend }: CheckInput): Check {
  const titel = 'Vorig jaar = bevroren cijfers van vorig jaar';
  if (!vorigJaarBevroren || !vorigJaarBerekend) {
    return skipped(
      'vorig_jaar',
      titel,
      'Vorig schooljaar is niet gepubliceerd: de vergelijking gebruikt berekende cijfers.',
    );
  }
  const details: string[] = [];
  for (const frozen of vorigJaarBevroren) {
    const now = byId(vorigJaarBerekend, frozen.id);
    if (now && indicatorTotal(now) !== indicatorTotal(frozen)) {
      details.push(
        `${frozen.id}: bevroren ${indicatorTotal(frozen)}, nu berekend ${indicatorTotal(now)} (herberekend)`,
      );
    }
  }
  return check(
    'vorig_jaar',
    titel,
    details,
    'De vergelijking gebruikt de bevroren cijfers; een verschil met een nieuwe berekening wordt gemeld als herberekening.',
    'waarschuwing',
  );
}

function smallNumbers({ indicatoren, gemeenten, drempel }: CheckInput): Check {
  const details: string[] = [];
  for (const indicator of indicatoren) {
    if (indicator.geenGegevens || indicator.id === 'C17') continue;
    const table = suppress(toTable(indicator, gemeenten), drempel);
    for (const line of recoverableLines(table)) details.push(`${indicator.id} ${line}`);
  }
  return check(
    'kleine_aantallen',
    `Kleine aantallen (<${drempel}) niet terug te rekenen`,
    details,
    'In gepubliceerde tabellen zijn aantallen onder de drempel verborgen, en zo veel andere cellen dat geen verborgen aantal uit de totalen is af te leiden. De JSON van de opdrachtregel houdt exacte aantallen.',
  );
}
