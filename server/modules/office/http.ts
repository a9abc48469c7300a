// SPDX-License-Identifier: EUPL-1.2
/** Shared zod pieces of the office routes: dates, minutes and the period of a list. */
import { Temporal } from '@js-temporal/polyfill';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
export const requiredMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
export const minutes = requiredMinutes.nullable().default(null);
export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const spanQuery = z.object({ van: day.optional(), totEnMet: day.optional() });

/** The requested period; by default the month of today. */
export function spanOf(
  ctx: AppContext,
  q: { van?: string | undefined; totEnMet?: string | undefined },
) {
  const today = Temporal.PlainDate.from(ctx.today());
  const first = today.with({ day: 1 });
  const span = {
    van: q.van ?? first.toString(),
    totEnMet: q.totEnMet ?? first.add({ months: 1 }).subtract({ days: 1 }).toString(),
  };
  if (span.totEnMet < span.van) {
    throw new DomainFailure({
      code: 'office.invalid_span',
      kind: 'invalid',
      message: 'De einddatum ligt voor de begindatum.',
    });
  }
  return span;
}
