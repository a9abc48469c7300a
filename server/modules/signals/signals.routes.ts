// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the absoluut-verzuim signals on a day, and turning them into cases on demand. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { syncAbsoluteVerzuimCases } from './sync-cases.sql.ts';

export const signalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/signalen/absoluut-verzuim/verwerken',
      {
        config: { policy: 'cases.assign' },
        schema: {
          tags: ['signalen'],
          summary:
            'Bereken de signalen absoluut verzuim van vandaag en houd de dossiers bij (zoals de nachtelijke taak)',
          response: {
            200: z.object({ signalen: z.number(), geopend: z.number(), afgesloten: z.number() }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request).gebruikersnaam;
        // The sync records its own audit entry (counts only).
        return ctx.database.transaction((tx) => syncAbsoluteVerzuimCases(tx, ctx.today(), actor));
      },
    );
  };
