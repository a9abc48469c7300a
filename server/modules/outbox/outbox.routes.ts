// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the outbox page (`/berichten`) reads the messages and their status. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { KANALEN, STATUSSEN, type Kanaal } from './message.ts';
import { listOutbox } from './queries/list-outbox.sql.ts';
import { deliveryModes } from './transports/from-config.ts';

const bericht = z.object({
  id: z.number(),
  kanaal: z.enum(KANALEN),
  aan: z.string(),
  onderwerp: z.string().nullable(),
  inhoud: z.string(),
  caseId: z.number().nullable(),
  status: z.enum(STATUSSEN),
  weergave: z.string(),
  pogingen: z.number(),
  fout: z.string().nullable(),
  verzendenVanaf: z.string().nullable(),
  verzondenOp: z.string().nullable(),
  aangemaaktOp: z.string(),
});

export interface OutboxRouteOptions {
  /** Which channels only keep messages; default from the configuration (no SMTP/SMS = development). */
  ontwikkelmodus?: Record<Kanaal, boolean>;
}

const fromConfig = (): Record<Kanaal, boolean> => {
  const modes = deliveryModes(loadConfig());
  return { email: modes.email === 'ontwikkel', sms: modes.sms === 'ontwikkel' };
};

export const outboxRoutes =
  (ctx: AppContext, options: OutboxRouteOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const ontwikkelmodus = options.ontwikkelmodus ?? fromConfig();
    app.get(
      '/berichten',
      {
        config: { policy: 'outbox.read' },
        schema: {
          tags: ['berichten'],
          summary: 'De outbox: e-mails en sms-berichten met hun status, nieuwste eerst',
          querystring: z.object({
            status: z.enum(STATUSSEN).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({
              ontwikkelmodus: z.object({ email: z.boolean(), sms: z.boolean() }),
              berichten: z.array(bericht),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const berichten = await listOutbox(ctx.database, request.query, ontwikkelmodus);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'outbox.viewed',
          onderwerpSoort: 'outbox_message',
          doel: 'berichtenverkeer controleren',
          details: { aantal: berichten.length, status: request.query.status ?? null },
        });
        return { ontwikkelmodus, berichten };
      },
    );
  };
