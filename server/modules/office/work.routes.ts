// SPDX-License-Identifier: EUPL-1.2
/** HTTP: prevention and voorlichting, advice questions, and schools as partners (jaargesprek). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { createAdviceQuestion, listAdviceQuestions } from './advice.sql.ts';
import { day, minutes, spanOf, spanQuery } from './http.ts';
import {
  ACTIVITY_TYPES,
  ADVICE_SOURCES,
  JAARGESPREK_AGENDA,
} from '../../../shared/office-kinds.ts';
import { activityTotals, createActivity, listActivities } from './prevention.sql.ts';
import { createSchoolMeeting, listSchoolMeetings, schoolFigures } from './schools.sql.ts';

const keys = <T extends object>(map: T) =>
  Object.keys(map) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];
const optionalId = z.number().int().positive().nullable().default(null);

/** Strict: an unknown field (a name, a BSN) is refused, so no individual can be registered. */
const newActivity = z.strictObject({
  soort: z.enum(keys(ACTIVITY_TYPES)),
  datum: day,
  schoolId: optionalId,
  gemeenteCode: z.string().trim().max(10).nullable().default(null),
  sector: z.enum(['PO', 'SO', 'VO', 'VSO', 'MBO']).nullable().default(null),
  vorm: z.enum(['online', 'fysiek']).default('fysiek'),
  aantalBereikt: z.number().int().min(0).max(100_000),
  aantalKlassen: z.number().int().min(0).max(1000).nullable().default(null),
  minuten: minutes,
  notitie: z.string().trim().max(1000).nullable().default(null),
});

export const workRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['kantoorwerk'];
    app.get(
      '/kantoorwerk/activiteiten',
      {
        config: { policy: 'office.read' },
        schema: {
          tags,
          summary: 'Preventie en voorlichting in een periode, met tellingen',
          querystring: spanQuery,
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        return {
          ...span,
          activiteiten: await listActivities(ctx.database, span),
          totalen: await activityTotals(ctx.database, span),
        };
      },
    );

    app.post(
      '/kantoorwerk/activiteiten',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Een preventieve activiteit registreren (zonder personen)',
          body: newActivity,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .status(201)
          .send({ id: await createActivity(ctx.database, request.body, actor.id) });
      },
    );

    app.get(
      '/kantoorwerk/adviesvragen',
      {
        config: { policy: 'office.read' },
        schema: {
          tags,
          summary: 'Advies- en consultatievragen in een periode',
          querystring: spanQuery,
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        return { ...span, vragen: await listAdviceQuestions(ctx.database, span) };
      },
    );

    app.post(
      '/kantoorwerk/adviesvragen',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Een advies- of consultatievraag registreren, met of zonder persoon',
          body: z.object({
            datum: day,
            van: z.enum(keys(ADVICE_SOURCES)),
            onderwerp: z.string().trim().min(2).max(500),
            personId: optionalId,
            schoolId: optionalId,
            gemeenteCode: z.string().trim().max(10).nullable().default(null),
            minuten: minutes,
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const id = await ctx.database.transaction(async (tx) => {
          const newId = await createAdviceQuestion(tx, request.body, actor.id);
          if (request.body.personId !== null) {
            await recordAudit(tx, {
              actor: actor.gebruikersnaam,
              actie: 'office.advice_registered',
              onderwerpSoort: 'person',
              onderwerpId: String(request.body.personId),
              doel: 'informatie en advies',
              details: { adviesvraag: newId },
            });
          }
          return newId;
        });
        return reply.status(201).send({ id });
      },
    );

    app.get(
      '/kantoorwerk/scholen',
      {
        config: { policy: 'office.read' },
        schema: {
          tags,
          summary: 'Per schoollocatie: consulenten per taak en de cijfers voor het jaargesprek',
          querystring: spanQuery.extend({
            schoolId: z.coerce.number().int().positive().optional(),
          }),
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        return {
          ...span,
          agenda: JAARGESPREK_AGENDA,
          scholen: await schoolFigures(ctx.database, span, request.query.schoolId ?? null),
          jaargesprekken: await listSchoolMeetings(ctx.database, request.query.schoolId ?? null),
        };
      },
    );

    app.post(
      '/kantoorwerk/jaargesprekken',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Een jaargesprek met een school vastleggen: de vaste agenda en de afspraken',
          body: z.object({
            schoolId: z.number().int().positive(),
            schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
            datum: day,
            agenda: z.record(z.string(), z.string().trim().max(2000)),
            afspraken: z.string().trim().max(4000).nullable().default(null),
            minuten: minutes,
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .status(201)
          .send({ id: await createSchoolMeeting(ctx.database, request.body, actor.id) });
      },
    );
  };
