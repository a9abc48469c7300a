// SPDX-License-Identifier: EUPL-1.2
import type { ExemptionRow } from '../kinds/index.ts';
import { col } from './lookups.sql.ts';
import { personKeyedApplier } from './person-keyed.sql.ts';

/** Exemptions are keyed by person + artikel + datum_aanvraag; the person must be known. */
export const applyExemptions = personKeyedApplier<ExemptionRow, null>({
  table: 'exemptions',
  columns: [
    col('person_id', 'int'),
    col('artikel', 'text'),
    col('datum_aanvraag', 'date'),
    col('besluit', 'text'),
    col('datum_besluit', 'date'),
    col('geldig_van', 'date'),
    col('geldig_tot', 'date'),
    col('herhalingsverzoek', 'boolean'),
  ],
  key: ['person_id', 'artikel', 'datum_aanvraag'],
  lookups: async () => null,
  resolve: (row) => ({
    values: [
      row.artikel,
      row.datumAanvraag,
      row.besluit,
      row.datumBesluit,
      row.geldigVan,
      row.geldigTot,
      row.herhalingsverzoek,
    ],
  }),
});
