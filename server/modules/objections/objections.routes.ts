// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: the objections of a vrijstelling or verlof case, and their letters (ontvangstbevestiging,
 * beslissing op bezwaar). The steps themselves go through the case step route (`/api/zaken/:id/stappen`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import { makeObjectionLetter } from './objection-letter.sql.ts';
import { caseObjections } from './queries.sql.ts';

const tags = ['bezwaren'];
const id = z.object({ id: z.coerce.number().int().positive() });
const day = z.string().nullable();

const objection = z.object({
  id: z.number(),
  werkproces: z.enum(['vrijstelling', 'verlof']),
  besluit: z.string(),
  indiener: z.string(),
  datumBesluit: z.string(),
  ontvangenOp: z.string(),
  tijdig: z.boolean(),
  verschoonbaar: z.boolean(),
  termijnEinde: z.string(),
  beslistermijn: z.string(),
  verdaagdOp: day,
  gehoordOp: day,
  horenUitzondering: z.string().nullable(),
  uitkomst: z.string().nullable(),
  beslistOp: day,
  toelichting: z.string().nullable(),
  geldigVan: day,
  geldigTot: day,
});

export const objectionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/zaken/:id/bezwaren',
      {
        config: { policy: 'exemptions.read' },
        schema: {
          tags,
          summary: 'De bezwaren tegen het besluit in een dossier vrijstelling of verlof',
          params: id,
          response: { 200: z.object({ bezwaren: z.array(objection) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const bezwaren = await caseObjections(ctx.database, request.params.id);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'objections.viewed',
          onderwerpSoort: 'case',
          onderwerpId: String(request.params.id),
          doel: 'bezwaar',
          details: { aantal: bezwaren.length },
        });
        return { bezwaren };
      },
    );

    app.post(
      '/zaken/:id/bezwaren/brieven',
      {
        config: { policy: 'exemptions.work' },
        schema: {
          tags,
          summary: 'De ontvangstbevestiging of de beslissing op bezwaar als brief maken',
          params: id,
          body: z.object({ soort: z.enum(['ontvangst', 'beslissing']) }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const result = await makeObjectionLetter(ctx.database, {
          caseId: request.params.id,
          soort: request.body.soort,
          door: actor.gebruikersnaam,
          today: ctx.today(),
        });
        return reply.status(201).send(result);
      },
    );
  };
