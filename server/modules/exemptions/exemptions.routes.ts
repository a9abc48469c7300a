// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: exemption requests (open, detail, start), the register on a peildatum, the DUO register
 * records, and the beschikking; the leave routes are mounted from here too.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import { duoExchangeRoutes } from '../casework/duo-exchange.routes.ts';
import { personInScope } from '../persons/queries/scope.sql.ts';
import { leaveRoutes } from '../leave/leave.routes.ts';
import { ARTIKEL_CODES, ARTIKELEN, DOCUMENTEN } from './articles.ts';
import { makeDecisionLetter } from './decision-letter.sql.ts';
import { openExemptionRequest } from './open-request.sql.ts';
import {
  exemptionRegister,
  markDuoRecordsSent,
  openRequests,
  pendingDuoRecords,
  requestDetail,
} from './queries.sql.ts';

const tags = ['vrijstellingen'];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const id = z.object({ id: z.coerce.number().int().positive() });

/** A person outside the user's gemeenten is "not found", like a case (casework/case-scope.sql.ts). */
export const personNotFound = () =>
  new DomainFailure({
    code: 'persons.not_found',
    kind: 'not_found',
    message: 'Deze persoon bestaat niet of valt buiten uw gemeenten.',
  });

export const exemptionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(leaveRoutes(ctx));

    app.get(
      '/vrijstellingen',
      {
        config: { policy: 'exemptions.read' },
        schema: {
          tags,
          summary: 'Open aanvragen voor een vrijstelling: wat ontbreekt en wat het eerst moet',
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const aanvragen = await openRequests(ctx.database, actor.gemeenten);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'exemptions.listed',
          doel: 'vrijstelling',
          details: { aantal: aanvragen.length },
        });
        return {
          aanvragen,
          artikelen: ARTIKEL_CODES.map((code) => ({ code, ...ARTIKELEN[code]! })),
          documenten: DOCUMENTEN,
        };
      },
    );

    app.post(
      '/vrijstellingen',
      {
        config: { policy: 'exemptions.work' },
        schema: {
          tags,
          summary: 'Een aanvraag voor een vrijstelling openen (opent een dossier)',
          body: z.object({
            persoonId: z.number().int().positive(),
            artikel: z.enum(ARTIKEL_CODES),
            datumAanvraag: day,
            herhalingsverzoek: z.boolean().default(false),
            toelichting: z.string().trim().max(4000).optional(),
          }),
          response: { 201: z.object({ zaakId: z.number() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!(await personInScope(ctx.database, request.body.persoonId, actor.gemeenten))) {
          throw personNotFound();
        }
        const { caseId } = await ctx.database.transaction((tx) =>
          openExemptionRequest(tx, {
            personId: request.body.persoonId,
            artikel: request.body.artikel,
            datumAanvraag: request.body.datumAanvraag,
            herhalingsverzoek: request.body.herhalingsverzoek,
            ...(request.body.toelichting ? { toelichting: request.body.toelichting } : {}),
            bron: 'medewerker',
            actor: actor.gebruikersnaam,
          }),
        );
        return reply.status(201).send({ zaakId: caseId });
      },
    );

    app.get(
      '/vrijstellingen/register',
      {
        config: { policy: 'exemptions.read' },
        schema: {
          tags,
          summary: 'Lopende (toegekende) vrijstellingen op een peildatum',
          querystring: z.object({ peildatum: day.optional() }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const peildatum = request.query.peildatum ?? ctx.today();
        const vrijstellingen = await exemptionRegister(ctx.database, peildatum, actor.gemeenten);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'exemptions.register_listed',
          doel: 'vrijstelling',
          details: { peildatum, aantal: vrijstellingen.length },
        });
        return { peildatum, vrijstellingen };
      },
    );

    app.get(
      '/vrijstellingen/zaken/:id',
      {
        config: { policy: 'exemptions.read' },
        schema: {
          tags,
          summary: 'De aanvraag van een dossier: checklist, advies en besluit',
          params: id,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const aanvraag = await requestDetail(ctx.database, request.params.id);
        if (!aanvraag) {
          throw new DomainFailure({
            code: 'exemptions.not_found',
            kind: 'not_found',
            message: 'Bij dit dossier hoort geen aanvraag voor een vrijstelling.',
          });
        }
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'exemptions.viewed',
          onderwerpSoort: 'case',
          onderwerpId: String(request.params.id),
          doel: 'vrijstelling',
        });
        return aanvraag;
      },
    );

    app.post(
      '/zaken/:id/beschikking',
      {
        config: { policy: 'exemptions.work' },
        schema: {
          tags,
          summary:
            'De beschikking (met bezwaartermijn) van het besluit op een vrijstelling of verlof maken',
          params: id,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const result = await makeDecisionLetter(ctx.database, {
          caseId: request.params.id,
          door: actor.gebruikersnaam,
          today: ctx.today(),
        });
        return reply.status(201).send(result);
      },
    );

    await app.register(
      duoExchangeRoutes(ctx, {
        path: '/vrijstellingen/duo-registraties',
        tags: [...tags, 'duo'],
        key: 'registraties',
        summaries: {
          list: 'Besluiten op vrijstellingen die nog naar het register van DUO moeten',
          sent: 'Markeer besluiten op vrijstellingen als afgeleverd bij DUO',
        },
        doel: 'registratie DUO',
        actie: { listed: 'exemptions.duo_listed', sent: 'exemptions.duo_sent' },
        pending: pendingDuoRecords,
        markSent: markDuoRecordsSent,
      }),
    );
  };
