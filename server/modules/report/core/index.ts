// SPDX-License-Identifier: EUPL-1.2
/**
 * The five indicators whose meaning interfaces.md §1.5 fixes: C01, C02, C02P, C10, C12.
 * Each counts only persons living in a region gemeente on the date it counts on.
 */
import type { Queryable } from '../../../db/connect.ts';
import { regionGemeenteCodes } from '../../region/index.ts';
import { loadRuleSettings } from '../../settings/settings.sql.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { absoluteVerzuimIndicator } from './absolute-verzuim.sql.ts';
import { exemptionsIndicator } from './exemptions.sql.ts';
import { meldingenIndicators } from './meldingen.sql.ts';
import { populationIndicator } from './population.sql.ts';

/** C01, C02, C02P, C10 and C12 for the school year, for the whole region. */
export async function coreIndicators(db: Queryable, span: SchoolYearSpan): Promise<Indicator[]> {
  const region = await regionGemeenteCodes(db);
  const settings = await loadRuleSettings(db);
  return [
    await populationIndicator(db, span, region, settings),
    ...(await meldingenIndicators(db, span, region)),
    await absoluteVerzuimIndicator(db, span, new Set(region), settings),
    await exemptionsIndicator(db, span, region),
  ];
}
