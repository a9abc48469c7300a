// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the DUO status of meldingen, ready for the office's connector to send back (anchors-mission §d1). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nowOf, requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { markDuoReturned, pendingDuoReturns } from './duo-return.sql.ts';

export const duoRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/duo/terugmeldingen',
      {
        config: { policy: 'duo.exchange' },
        schema: {
          tags: ['duo'],
          summary:
            'Statussen van verzuimmeldingen die nog naar DUO moeten (status, reden, toelichting)',
        },
      },
      async (request) => {
        const terugmeldingen = await pendingDuoReturns(ctx.database);
        await recordAudit(ctx.database, {
          actor: requireActor(request).gebruikersnaam,
          actie: 'duo.returns_listed',
          doel: 'terugmelding DUO',
          details: { aantal: terugmeldingen.length },
        });
        return { terugmeldingen };
      },
    );

    app.post(
      '/duo/terugmeldingen/verzonden',
      {
        config: { policy: 'duo.exchange' },
        schema: {
          tags: ['duo'],
          summary: 'Markeer statussen als afgeleverd bij DUO',
          body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(5000) }),
          response: { 200: z.object({ gemarkeerd: z.number() }) },
        },
      },
      async (request) => {
        const gemarkeerd = await markDuoReturned(
          ctx.database,
          request.body.ids,
          nowOf(ctx).toISOString(),
        );
        await recordAudit(ctx.database, {
          actor: requireActor(request).gebruikersnaam,
          actie: 'duo.returns_sent',
          doel: 'terugmelding DUO',
          details: { aantal: gemarkeerd },
        });
        return { gemarkeerd };
      },
    );
  };
