// SPDX-License-Identifier: EUPL-1.2
/** HTTP: a school user follows the status of its own meldingen. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { ownReports } from './own-reports.sql.ts';

export const schoolPortalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/school/meldingen',
      {
        config: { policy: 'school.meldingen.read' },
        schema: {
          tags: ['school'],
          summary: 'De verzuimmeldingen van de eigen school van het afgelopen jaar, met hun status',
          response: {
            200: z.object({
              meldingen: z.array(
                z.object({
                  meldingnummer: z.string(),
                  vestiging: z.string(),
                  leerling: z.string(),
                  gemeldOp: z.string(),
                  verzuimsoort: z.string(),
                  status: z.string(),
                  /** The summary the consultant chose to share with the school (seed 003 R64). */
                  terugkoppeling: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const meldingen = actor.brin ? await ownReports(ctx.database, actor.brin, ctx.today()) : [];
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'school.reports_viewed',
          onderwerpSoort: 'school',
          onderwerpId: actor.brin ?? undefined,
          doel: 'terugkoppeling school',
          details: { aantal: meldingen.length },
        });
        return { meldingen };
      },
    );
  };
