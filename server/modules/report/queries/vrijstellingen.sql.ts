// SPDX-License-Identifier: EUPL-1.2
/** Indicators over exemptions and external figures: C13 (behandeld vs toegekend), C17 (vsv %). */
import type { Queryable } from '../../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { countedIndicator, gemeenteOn } from './sql.ts';

/** C13: exemption requests decided in the school year by article and decision (behandeld = all). */
export const vrijstellingenBehandeld = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C13',
      titel: 'Vrijstellingen behandeld en toegekend',
      eenheid: 'besluiten',
      definitie:
        'Aanvragen van vrijstelling en vervangende leerplicht met een besluit (datum_besluit) in het schooljaar, naar artikel, besluit en herhalingsverzoek. Behandeld = alle besluiten; toegekend is een deel daarvan.',
      dimensies: ['gemeente', 'artikel', 'besluit', 'herhalingsverzoek'],
    },
    `select g.gemeente, x.artikel, x.besluit,
            case when x.herhalingsverzoek then 'ja' else 'nee' end as herhalingsverzoek,
            count(*)::int as aantal
       from exemptions x join persons p on p.id = x.person_id ${gemeenteOn('p', 'x.datum_besluit')}
      where x.datum_besluit between $1::date and $2::date and x.besluit <> 'in_behandeling'
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );

/**
 * C17: the official vsv percentage per gemeente as imported from DUO (`vsv_percentages`). The
 * rows carry the percentage in hundredths (`aantal` = basispunten) so the tidy table stays integer.
 */
export async function vsvPercentage(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
): Promise<Indicator> {
  const head = {
    id: 'C17',
    titel: 'Voortijdig schoolverlaten (DUO)',
    eenheid: 'procent × 100',
    definitie:
      'Het officiële vsv-percentage van DUO/OCW per gemeente en sector, geïmporteerd (soort vsv_percentages); aantal = percentage maal 100 (241 = 2,41%). Voorlopige cijfers staan als voorlopig gemarkeerd. Het systeem berekent dit percentage niet zelf.',
    dimensies: ['gemeente', 'sector', 'status'],
  };
  const rows = await db.query<{ gemeente: string; sector: string; status: string; aantal: number }>(
    `select gemeente_code as gemeente, sector, status, round(percentage * 100)::int as aantal
       from vsv_percentages where schooljaar = $1 and gemeente_code = any($2::text[])
      order by 1, 2`,
    [span.schooljaar, region],
  );
  if (!rows.length) {
    return {
      ...head,
      rijen: [],
      geenGegevens: `Er zijn geen vsv-cijfers van DUO geïmporteerd voor ${span.schooljaar}.`,
    };
  }
  return { ...head, rijen: rows.filter((r) => r.aantal > 0) };
}
