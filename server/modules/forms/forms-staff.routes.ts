// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP for signed-in users: a school files the preventive melding; staff see the worklist of
 * submissions, link unmatched ones by hand, see a case's submissions and make feedback links.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nowOf, requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../auth/policy.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import { calendarOn, formSettings, type FormRouteOptions } from './context.sql.ts';
import { submissionNotFound } from './errors.ts';
import { createFeedbackToken } from './feedback.sql.ts';
import { formLinkUrl } from './form-token.ts';
import { linkSubmission } from './link-submission.sql.ts';
import {
  listSubmissions,
  submissionsOfCase,
  unmatchedSubmission,
  uploadOfCase,
} from './queries/submissions.sql.ts';
import { submitSchoolReport } from './school-report.sql.ts';
import { unmatchedFormsFor } from './unmatched-scope.ts';
import { readUpload } from './upload-store.ts';

const item = z.object({
  id: z.number(),
  referentie: z.string(),
  titel: z.string(),
  versie: z.number(),
  status: z.string(),
  ingediendOp: z.string(),
  zaakId: z.number().nullable(),
  bsn: z.string().nullable(),
});
const detail = item.extend({
  vragen: z.array(z.object({ vraag: z.string(), antwoord: z.string() })),
  bestanden: z.array(
    z.object({
      id: z.number(),
      bestandsnaam: z.string(),
      mediatype: z.string(),
      grootte: z.number(),
    }),
  ),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const formStaffRoutes =
  (ctx: AppContext, options: FormRouteOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const settings = formSettings(options);

    app.post(
      '/school/formulieren/beginnend-verzuim',
      {
        config: { policy: 'forms.school' },
        schema: {
          tags: ['formulieren'],
          summary:
            'Een school meldt beginnend verzuim (preventieve aanpak); wordt een verzuimmelding',
          body: z.object({ antwoorden: z.record(z.string().max(40), z.string().max(4000)) }),
          response: { 201: z.object({ referentie: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!actor.brin) {
          throw new DomainFailure({
            code: 'forms.no_school',
            kind: 'forbidden',
            message: 'Uw account hoort niet bij een school.',
          });
        }
        const today = ctx.today();
        const result = await submitSchoolReport(
          ctx.database,
          { antwoorden: request.body.antwoorden, brin: actor.brin, door: actor.gebruikersnaam },
          {
            today,
            now: nowOf(ctx),
            calendar: await calendarOn(ctx.database, today),
            uploadDir: settings.uploadDir,
            scanner: settings.scanner,
          },
        );
        return reply.status(201).send({ referentie: result.referentie });
      },
    );

    app.get(
      '/inzendingen',
      {
        config: { policy: 'forms.read' },
        schema: {
          tags: ['formulieren'],
          summary: 'Niet gekoppelde inzendingen (oudste eerst) en de laatste gekoppelde',
          response: { 200: z.object({ nietGekoppeld: z.array(item), recent: z.array(item) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const result = await listSubmissions(
          ctx.database,
          actor.gemeenten,
          can(actor, 'forms.link') ? unmatchedFormsFor(actor) : [],
        );
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'forms.list_viewed',
          doel: 'formulieren verwerken',
          details: { nietGekoppeld: result.nietGekoppeld.length, recent: result.recent.length },
        });
        return result;
      },
    );

    app.get(
      '/inzendingen/:id',
      {
        config: { policy: 'forms.link' },
        schema: {
          tags: ['formulieren'],
          summary: 'Een niet gekoppelde inzending met alle antwoorden',
          params: idParams,
          response: { 200: detail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const found = await unmatchedSubmission(
          ctx.database,
          request.params.id,
          unmatchedFormsFor(actor),
        );
        if (!found) throw submissionNotFound();
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'forms.viewed',
          onderwerpSoort: 'form_submission',
          onderwerpId: String(found.id),
          doel: 'formulier koppelen',
        });
        return found;
      },
    );

    app.post(
      '/inzendingen/:id/koppeling',
      {
        config: { policy: 'forms.link' },
        schema: {
          tags: ['formulieren'],
          summary: 'Koppel een inzending met de hand aan een persoon (op BSN); opent het dossier',
          params: idParams,
          body: z.object({ bsn: z.string().regex(/^[0-9]{9}$/) }),
          response: { 200: z.object({ zaakId: z.number() }) },
        },
      },
      async (request) => {
        const [person] = await ctx.database.query<{ id: number }>(
          'select id from persons where bsn = $1',
          [request.body.bsn],
        );
        if (!person) {
          throw new DomainFailure({
            code: 'forms.person_not_found',
            kind: 'invalid',
            message: 'Er is geen persoon met dit BSN.',
            details: { fields: [{ path: 'bsn', message: 'Er is geen persoon met dit BSN.' }] },
          });
        }
        const zaakId = await linkSubmission(
          ctx.database,
          request.params.id,
          person.id,
          requireActor(request),
          { today: ctx.today(), now: nowOf(ctx) },
        );
        return { zaakId };
      },
    );

    app.get(
      '/zaken/:id/inzendingen',
      {
        config: { policy: 'forms.read' },
        schema: {
          tags: ['formulieren'],
          summary: 'De formulieren die in dit dossier zijn binnengekomen, met de antwoorden',
          params: idParams,
          response: { 200: z.object({ inzendingen: z.array(detail) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const inzendingen = await submissionsOfCase(ctx.database, request.params.id);
        if (inzendingen.length) {
          await recordAudit(ctx.database, {
            actor: actor.gebruikersnaam,
            actie: 'forms.viewed',
            onderwerpSoort: 'case',
            onderwerpId: String(request.params.id),
            doel: 'casework',
            details: { inzendingen: inzendingen.map((i) => i.id) },
          });
        }
        return { inzendingen };
      },
    );

    app.get(
      '/zaken/:id/inzendingen/bestanden/:bestandId',
      {
        config: { policy: 'forms.read' },
        schema: {
          tags: ['formulieren'],
          summary: 'Een bewijsstuk uit een formulier van dit dossier (als download)',
          params: idParams.extend({ bestandId: z.coerce.number().int().positive() }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const upload = await uploadOfCase(
          ctx.database,
          request.params.id,
          request.params.bestandId,
        );
        if (!upload) throw submissionNotFound();
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'forms.document_viewed',
          onderwerpSoort: 'case',
          onderwerpId: String(request.params.id),
          doel: 'casework',
          details: { bestandId: request.params.bestandId },
        });
        const content = await readUpload(settings.uploadDir, upload.opslagnaam);
        return reply
          .header('content-type', upload.mediatype)
          .header(
            'content-disposition',
            `attachment; filename="bewijsstuk-${request.params.bestandId}"`,
          )
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(content);
      },
    );

    app.post(
      '/zaken/:id/feedbacklinks',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags: ['formulieren'],
          summary: 'Maak een feedbacklink (werkt één keer, 14 dagen geldig) voor na een gesprek',
          params: idParams,
          response: { 201: z.object({ link: z.string(), verlooptOp: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const made = await ctx.database.transaction((tx) =>
          createFeedbackToken(tx, request.params.id, nowOf(ctx), actor.gebruikersnaam),
        );
        return reply.status(201).send({
          link: formLinkUrl(settings.publiekeUrl, 'feedback', made.token),
          verlooptOp: made.verlooptOp,
        });
      },
    );
  };
