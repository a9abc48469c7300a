// SPDX-License-Identifier: EUPL-1.2
/** HTTP: leave requests beyond the school head's mandate (open, detail, start). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import { personInScope } from '../persons/queries/scope.sql.ts';
import { openLeaveRequest } from './open-request.sql.ts';
import { leaveDetail, openLeaveRequests } from './queries.sql.ts';

const tags = ['verlof'];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

export const leaveRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/verlofaanvragen',
      {
        config: { policy: 'exemptions.read' },
        schema: { tags, summary: 'Open verlofaanvragen, het eerst beginnende verlof bovenaan' },
      },
      async (request) => {
        const actor = requireActor(request);
        const aanvragen = await openLeaveRequests(ctx.database, actor.gemeenten);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'leave.listed',
          doel: 'verlof',
          details: { aantal: aanvragen.length },
        });
        return { aanvragen };
      },
    );

    app.post(
      '/verlofaanvragen',
      {
        config: { policy: 'exemptions.work' },
        schema: {
          tags,
          summary: 'Een verlofaanvraag (gewichtige omstandigheden) openen; opent een dossier',
          body: z.object({
            persoonId: z.number().int().positive(),
            van: day,
            totEnMet: day,
            reden: z.string().trim().min(1).max(4000),
            schoolId: z.number().int().positive().optional(),
          }),
          response: { 201: z.object({ zaakId: z.number() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!(await personInScope(ctx.database, request.body.persoonId, actor.gemeenten))) {
          throw new DomainFailure({
            code: 'persons.not_found',
            kind: 'not_found',
            message: 'Deze persoon bestaat niet of valt buiten uw gemeenten.',
          });
        }
        const { persoonId, schoolId, ...rest } = request.body;
        const { caseId } = await ctx.database.transaction((tx) =>
          openLeaveRequest(tx, {
            ...rest,
            personId: persoonId,
            ...(schoolId ? { schoolId } : {}),
            bron: 'medewerker',
            actor: actor.gebruikersnaam,
            today: ctx.today(),
          }),
        );
        return reply.status(201).send({ zaakId: caseId });
      },
    );

    app.get(
      '/verlofaanvragen/zaken/:id',
      {
        config: { policy: 'exemptions.read' },
        schema: {
          tags,
          summary: 'De verlofaanvraag van een dossier, met wie beslist en waarom',
          params: z.object({ id: z.coerce.number().int().positive() }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const aanvraag = await leaveDetail(ctx.database, request.params.id);
        if (!aanvraag) {
          throw new DomainFailure({
            code: 'leave.not_found',
            kind: 'not_found',
            message: 'Bij dit dossier hoort geen verlofaanvraag.',
          });
        }
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'leave.viewed',
          onderwerpSoort: 'case',
          onderwerpId: String(request.params.id),
          doel: 'verlof',
        });
        return aanvraag;
      },
    );
  };
