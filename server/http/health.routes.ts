// SPDX-License-Identifier: EUPL-1.2
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';

/** GET /api/health: is the server up and the database reachable. */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['systeem'],
          summary: 'Werkt de server en de database?',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
          },
        },
      },
      async () => {
        await ctx.database.query('select 1');
        return { status: 'ok' as const, database: ctx.database.engine };
      },
    );
  };
