// SPDX-License-Identifier: EUPL-1.2
/** HTTP for officers: the appointments of a case, planning one, its outcome, and no-show rates. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { nowOf, requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { AFSPRAAK_STATUSSEN, UITKOMSTEN } from './appointment.ts';
import { planAppointment } from './commands/plan-appointment.ts';
import { registerOutcome } from './commands/register-outcome.ts';
import { findCaseInScope } from './queries/case-access.ts';
import { listAppointments } from './queries/list-appointments.ts';
import { noShowRates } from './queries/no-show-rates.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const maand = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'JJJJ-MM');

const afspraak = z.object({
  id: z.number(),
  tijdstip: z.string(),
  duurMinuten: z.number(),
  locatie: z.string().nullable(),
  consulent: z.object({ id: z.number(), naam: z.string() }).nullable(),
  status: z.enum(AFSPRAAK_STATUSSEN),
  herinneringVerstuurdOp: z.string().nullable(),
});

const planBody = z.object({
  tijdstip: z.iso.datetime({ offset: true }),
  duurMinuten: z.number().int().min(5).max(480).default(45),
  locatie: z.string().trim().min(1).max(200),
  consulentId: z.number().int().positive().nullable().optional(),
  contact: z
    .object({ email: z.email().max(254).optional(), telefoon: z.string().max(20).optional() })
    .default({}),
});

export interface AppointmentRouteOptions {
  /** Base of the confirm/cancel links; default AANWEZIG_PUBLIEKE_URL. */
  publiekeUrl?: string;
}

export const appointmentRoutes =
  (ctx: AppContext, options: AppointmentRouteOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const publiekeUrl = options.publiekeUrl ?? loadConfig().AANWEZIG_PUBLIEKE_URL;

    app.get(
      '/zaken/:id/afspraken',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: ['afspraken'],
          summary: 'De afspraken van een dossier, nieuwste eerst',
          params: idParams,
          response: { 200: z.object({ afspraken: z.array(afspraak) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const kase = await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const afspraken = await listAppointments(ctx.database, kase.id);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'appointments.viewed',
          onderwerpSoort: 'case',
          onderwerpId: String(kase.id),
          doel: 'casework',
        });
        return { afspraken };
      },
    );

    app.post(
      '/zaken/:id/afspraken',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags: ['afspraken'],
          summary: 'Een afspraak plannen; de uitnodiging met bevestigingslink gaat naar de outbox',
          params: idParams,
          body: planBody,
          response: {
            201: z.object({ id: z.number(), link: z.string(), berichten: z.number() }),
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const planned = await planAppointment(
          ctx.database,
          { ...request.body, caseId: request.params.id, door: actor },
          { now: nowOf(ctx), publiekeUrl, scope: actor.gemeenten },
        );
        return reply.status(201).send(planned);
      },
    );

    app.put(
      '/afspraken/:id/uitkomst',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags: ['afspraken'],
          summary: 'Registreren hoe een afspraak afliep (gehouden, no-show, geannuleerd)',
          params: idParams,
          body: z.object({
            status: z.enum(UITKOMSTEN),
            reden: z.string().trim().max(500).optional(),
          }),
          response: {
            200: z.object({ status: z.enum(UITKOMSTEN), taakId: z.number().nullable() }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return registerOutcome(
          ctx.database,
          { ...request.body, afspraakId: request.params.id, door: actor },
          { now: nowOf(ctx), scope: actor.gemeenten },
        );
      },
    );

    app.get(
      '/afspraken/no-show',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: ['afspraken'],
          summary: 'No-show-percentage per team en maand: no-show ÷ (gehouden + no-show)',
          querystring: z.object({ van: maand.optional(), tot: maand.optional() }),
          response: {
            200: z.object({
              rijen: z.array(
                z.object({
                  team: z.string().nullable(),
                  maand: z.string(),
                  gehouden: z.number(),
                  noShow: z.number(),
                  percentage: z.number().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return {
          rijen: await noShowRates(ctx.database, { scope: actor.gemeenten, ...request.query }),
        };
      },
    );
  };
