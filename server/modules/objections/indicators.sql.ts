// SPDX-License-Identifier: EUPL-1.2
/**
 * X23 of the annual report: objections received in the school year against a beschikking
 * vrijstelling or verlof, per gemeente, werkproces and outcome (still open included). Not in
 * report-figures.md's list; interfaces.md §1.5 allows more indicators.
 */
import type { Queryable } from '../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../report/indicator.ts';

/** X23 for one school year; `geenGegevens` while the office has never registered an objection. */
export async function objectionIndicators(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<Indicator[]> {
  const rijen = await db.query<{
    gemeente: string;
    werkproces: string;
    uitkomst: string;
    aantal: number;
  }>(
    `select coalesce(c.gemeente_code, 'onbekend') as gemeente, c.soort as werkproces,
            coalesce(o.uitkomst, 'open') as uitkomst, count(*)::int as aantal
       from objections o join cases c on c.id = o.case_id
      where o.ontvangen_op between $1 and $2
      group by 1, 2, 3 order by 1, 2, 3`,
    [span.van, span.totEnMet],
  );
  const used = (await db.query('select 1 from objections limit 1')).length > 0;
  return [
    {
      id: 'X23',
      titel: 'Bezwaren tegen beschikkingen vrijstelling en verlof',
      eenheid: 'bezwaren',
      definitie:
        'Bezwaren (Algemene wet bestuursrecht) ontvangen in het schooljaar tegen een besluit op een vrijstelling of op extra verlof, per gemeente van het dossier, werkproces en uitkomst (gegrond, ongegrond, niet-ontvankelijk, ingetrokken of nog open).',
      dimensies: ['gemeente', 'werkproces', 'uitkomst'],
      rijen,
      ...(used ? {} : { geenGegevens: 'Het bureau registreert bezwaren nog niet in Aanwezig.' }),
    },
  ];
}
