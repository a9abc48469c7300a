// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the DUO status of meldingen, ready for the office's connector to send back (anchors-mission §d1). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.ts';
import { duoExchangeRoutes } from './duo-exchange.routes.ts';
import { markDuoReturned, pendingDuoReturns } from './duo-return.sql.ts';

export const duoRoutes = (ctx: AppContext): FastifyPluginAsyncZod =>
  duoExchangeRoutes(ctx, {
    path: '/duo/terugmeldingen',
    tags: ['duo'],
    key: 'terugmeldingen',
    summaries: {
      list: 'Statussen van verzuimmeldingen die nog naar DUO moeten (status, reden, toelichting)',
      sent: 'Markeer statussen als afgeleverd bij DUO',
    },
    doel: 'terugmelding DUO',
    actie: { listed: 'duo.returns_listed', sent: 'duo.returns_sent' },
    pending: pendingDuoReturns,
    markSent: markDuoReturned,
  });
