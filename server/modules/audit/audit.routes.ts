// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the privacy officer searches the audit trail and checks its chain. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { can } from '../auth/policy.ts';
import { searchAudit } from './search-audit.sql.ts';
import { recordAudit } from './record-audit.sql.ts';
import { verifyAudit } from './verify-audit.sql.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        config: { policy: 'audit.read' },
        schema: {
          tags: ['privacy'],
          summary: 'Zoek in het auditlog (wie zag of wijzigde wat, wanneer en waarom)',
          querystring: z.object({
            actor: z.string().max(64).optional(),
            actie: z.string().max(64).optional(),
            onderwerpSoort: z.string().max(32).optional(),
            onderwerpId: z.string().max(32).optional(),
            van: day.optional(),
            tot: day.optional(),
            categorie: z.enum(['avg', 'wpg']).optional(),
            pagina: z.coerce.number().int().min(1).max(10_000).default(1),
          }),
          response: {
            200: z.object({
              regels: z.array(
                z.object({
                  id: z.number(),
                  tijdstip: z.string(),
                  actor: z.string(),
                  actie: z.string(),
                  onderwerpSoort: z.string().nullable(),
                  onderwerpId: z.string().nullable(),
                  doel: z.string().nullable(),
                  categorie: z.string(),
                  details: z.record(z.string(), z.unknown()).nullable(),
                }),
              ),
              meer: z.boolean(),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const filter = {
          ...request.query,
          // Police-data entries are only shown to whoever may see WPG access.
          metWpg: can(actor, 'audit.read_wpg'),
        };
        const result = await searchAudit(ctx.database, filter);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'audit.searched',
          doel: 'toezicht',
          details: { filters: Object.keys(request.query).filter((k) => k !== 'pagina') },
        });
        return result;
      },
    );

    app.post(
      '/audit/verificatie',
      {
        config: { policy: 'audit.verify' },
        schema: {
          tags: ['privacy'],
          summary: 'Controleer de hashketen van het auditlog',
          response: {
            200: z.object({
              intact: z.boolean(),
              aantal: z.number(),
              breuken: z.array(
                z.object({ id: z.number().nullable(), code: z.string(), melding: z.string() }),
              ),
            }),
          },
        },
      },
      async () => verifyAudit(ctx.database),
    );
  };
