// SPDX-License-Identifier: EUPL-1.2
/**
 * C02 Verzuimmeldingen and C02P Leerlingen met een verzuimmelding (interfaces.md §1.5): meldingen
 * received (`gemeld_op`) in the school year, in the gemeente the person lived in on that day.
 */
import type { Queryable } from '../../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { fromMeldingGemeenten, meldingGemeenten } from '../queries/melding-gemeenten.sql.ts';

export async function meldingenIndicators(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
): Promise<Indicator[]> {
  const m = await meldingGemeenten(db, span, region);
  const params = [m.ids, m.gemeenten];
  const meldingen = await db.query<{
    gemeente: string;
    verzuimsoort: string;
    sector: string;
    aantal: number;
  }>(
    `select g.gemeente, a.verzuimsoort, s.sector, count(*)::int as aantal
       ${fromMeldingGemeenten('$1', '$2')}
      group by 1, 2, 3 order by 1, 2, 3`,
    params,
  );
  const personen = await db.query<{ gemeente: string; aantal: number }>(
    `select g.gemeente, count(distinct a.person_id)::int as aantal
       ${fromMeldingGemeenten('$1', '$2')}
      group by 1 order by 1`,
    params,
  );
  return [
    {
      id: 'C02',
      titel: 'Verzuimmeldingen',
      eenheid: 'meldingen',
      definitie:
        'Verzuimmeldingen ontvangen (gemeld_op) in het schooljaar, naar de gemeente waar de leerling die dag woonde, de verzuimsoort en de sector van de meldende school.',
      dimensies: ['gemeente', 'verzuimsoort', 'sector'],
      rijen: meldingen,
    },
    {
      id: 'C02P',
      titel: 'Leerlingen met een verzuimmelding',
      eenheid: 'personen',
      definitie:
        'Unieke personen met ten minste één verzuimmelding uit C02, per gemeente waar zij op de dag van een melding woonden (wie in het jaar verhuisde, telt in elke gemeente met een melding).',
      dimensies: ['gemeente'],
      rijen: personen,
    },
  ];
}
