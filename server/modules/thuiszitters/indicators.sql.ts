// SPDX-License-Identifier: EUPL-1.2
/**
 * The thuiszitter indicators of the annual report (report-figures C14, C15, C16, X06), as tidy
 * tables with only non-zero rows. Every figure states the region's definition (§4.2.1). The
 * report worker calls `thuiszitterIndicators`.
 */
import type { Queryable } from '../../db/connect.ts';
import type { Indicator, Row, SchoolYearSpan } from '../report/indicator.ts';
import { countedEpisodes, type CountedEpisode } from './queries/year.sql.ts';

/** Counts per combination of the given dimensions; only non-zero rows, in a stable order. */
function tally(items: readonly Record<string, string>[], dims: readonly string[]): Row[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = JSON.stringify(dims.map((d) => item[d]));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, aantal]) => {
      const values = JSON.parse(key) as string[];
      const row: Row = { aantal };
      dims.forEach((d, i) => (row[d] = values[i]!));
      return row;
    });
}

const STROOM = (e: CountedEpisode) => [
  { gemeente: e.gemeente, stroom: e.instroom },
  { gemeente: e.gemeente, stroom: e.uitstroom === 'nog_open' ? 'einde' : e.uitstroom },
];

/** C14 (stand by gemeente and type), C15 (flow and end situation), C16 (duration), X06 (cause). */
export async function thuiszitterIndicators(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<Indicator[]> {
  const { definitie, episodes } = await countedEpisodes(db, span);
  const stand = episodes.flatMap((e) =>
    e.uitstroom === 'nog_open' && e.gemeenteOpPeildatum
      ? [{ gemeente: e.gemeenteOpPeildatum, type: e.type }]
      : [],
  );
  const def = `Definitie: ${definitie.tekst} (${definitie.uitleg}).`;
  return [
    {
      id: 'C14',
      titel: 'Thuiszitters: aantal (stand)',
      eenheid: 'thuiszitterperiodes',
      definitie: `Lopende thuiszitterperiodes op de peildatum, naar woongemeente op die dag en type. ${def}`,
      peildatum: span.peildatum,
      dimensies: ['gemeente', 'type'],
      rijen: tally(stand, ['gemeente', 'type']),
    },
    {
      id: 'C15',
      titel: 'Thuiszitters: in- en uitstroom en eindsituatie',
      eenheid: 'thuiszitterperiodes',
      definitie:
        'Elke periode telt één keer bij instroom (aanvang: loopt op 1 augustus; nieuw: daarna) en één keer bij uitstroom ' +
        '(eindsituatie, of einde: loopt nog op de peildatum), in de woongemeente op 1 augustus of de latere start. ' +
        `Zo geldt: aanvang + nieuw − opgelost − 18 jaar − verhuisd = einde. ${def}`,
      peildatum: span.peildatum,
      dimensies: ['gemeente', 'stroom'],
      rijen: tally(episodes.flatMap(STROOM), ['gemeente', 'stroom']),
    },
    {
      id: 'C16',
      titel: 'Thuiszitduur',
      eenheid: 'thuiszitterperiodes',
      definitie: `Duur van de periodes van C15 tot het einde of de peildatum: korter dan 4 weken, 4 weken tot 3 maanden, 3 maanden of langer. ${def}`,
      peildatum: span.peildatum,
      dimensies: ['gemeente', 'duur'],
      rijen: tally(
        episodes.map((e) => ({ gemeente: e.gemeente, duur: e.duur })),
        ['gemeente', 'duur'],
      ),
    },
    {
      id: 'X06',
      titel: 'Oorzaak thuiszitten (inschatting consulent)',
      eenheid: 'thuiszitterperiodes',
      definitie: `Oorzaak van de periodes van C15, zoals de consulent die inschat (geen diagnose). ${def}`,
      peildatum: span.peildatum,
      dimensies: ['gemeente', 'oorzaak'],
      rijen: tally(
        episodes.map((e) => ({ gemeente: e.gemeente, oorzaak: e.oorzaak })),
        ['gemeente', 'oorzaak'],
      ),
    },
  ];
}
