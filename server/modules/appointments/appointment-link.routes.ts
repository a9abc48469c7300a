// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP without a session: the invitee opens the link from the invitation, sees date, time, place
 * and status, and confirms or cancels. Rate-limited per IP address; a wrong token is a 404.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nowOf } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { AFSPRAAK_STATUSSEN, KEUZES } from './appointment.ts';
import { respondViaLink, viewByLink } from './commands/respond-via-link.ts';

const params = z.object({ token: z.string().max(100) });
const view = z.object({
  datum: z.string(),
  tijd: z.string(),
  duurMinuten: z.number(),
  locatie: z.string().nullable(),
  status: z.enum(AFSPRAAK_STATUSSEN),
});

/** Requests per IP address per minute on the link routes: enough for a person, too few to guess. */
export const LINK_VERZOEKEN_PER_MINUUT = 30;

export const appointmentLinkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const rateLimit = { max: LINK_VERZOEKEN_PER_MINUUT, timeWindow: 60_000 };

    app.get(
      '/afspraken/link/:token',
      {
        config: { public: true, rateLimit },
        schema: {
          tags: ['afspraken'],
          summary: 'Openbaar: datum, tijd, plaats en status van de afspraak achter een link',
          params,
          response: { 200: view },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return viewByLink(ctx.database, request.params.token);
      },
    );

    app.post(
      '/afspraken/link/:token',
      {
        config: { public: true, rateLimit },
        schema: {
          tags: ['afspraken'],
          summary: 'Openbaar: de afspraak bevestigen, afzeggen of een ander moment vragen',
          params,
          body: z.object({
            keuze: z.enum(KEUZES),
            voorkeur: z.string().trim().max(200).optional(),
          }),
          response: { 200: view },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const { keuze, voorkeur } = request.body;
        return respondViaLink(ctx.database, request.params.token, keuze, nowOf(ctx), voorkeur);
      },
    );
  };
