// SPDX-License-Identifier: EUPL-1.2
/** HTTP: meeting requests (MDOs) with advice, legal check, decision and attendance (W11). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { day, idParams, minutes, spanOf, spanQuery } from './http.ts';
import { ATTENDANCE, CATEGORIES, MEETING_TYPES } from '../../../shared/office-kinds.ts';
import { confirmLegalCheck, decideMeeting, recordAttendance } from './meeting-steps.sql.ts';
import {
  createMeeting,
  listDeclined,
  listMeetings,
  ringsOn,
  type Meeting,
} from './meetings.sql.ts';

const keys = <T extends object>(map: T) =>
  Object.keys(map) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];

const newMeeting = z.object({
  soort: z.enum(keys(MEETING_TYPES)),
  titel: z.string().trim().min(2).max(200),
  datum: day,
  categorie: z.enum(keys(CATEGORIES)),
  directBetrokken: z.boolean(),
  caseId: z.number().int().positive().nullable().default(null),
  concreteAanleiding: z.boolean().default(false),
  schriftelijkVolstaat: z.boolean().default(false),
  grondslag: z.string().trim().max(500).nullable().default(null),
  gemeenteCode: z.string().trim().max(10).nullable().default(null),
  schoolId: z.number().int().positive().nullable().default(null),
});

async function auditCase(ctx: AppContext, actor: string, actie: string, meeting: Meeting) {
  if (meeting.caseId === null) return;
  await recordAudit(ctx.database, {
    actor,
    actie,
    onderwerpSoort: 'case',
    onderwerpId: String(meeting.caseId),
    doel: 'overleg',
    details: { overleg: meeting.id },
  });
}

export const meetingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['kantoorwerk'];
    app.get(
      '/kantoorwerk/overleggen',
      {
        config: { policy: 'office.read' },
        schema: {
          tags,
          summary: "Overleggen (MDO's) in een periode, open verzoeken eerst",
          querystring: spanQuery,
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        const mode = await ringsOn(ctx.database, ctx.today());
        return { ...span, ...mode, overleggen: await listMeetings(ctx.database, span) };
      },
    );

    app.get(
      '/kantoorwerk/overleggen/afgewezen',
      {
        config: { policy: 'office.read' },
        schema: {
          tags,
          summary: 'Afgewezen verzoeken tot deelname, met reden en beleidsmodus',
          querystring: spanQuery,
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        return { ...span, overleggen: await listDeclined(ctx.database, span) };
      },
    );

    app.post(
      '/kantoorwerk/overleggen',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Een verzoek tot deelname registreren; het antwoord bevat het advies',
          body: newMeeting,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const meeting = await createMeeting(ctx.database, request.body, actor, ctx.today());
        await auditCase(ctx, actor.gebruikersnaam, 'office.meeting_registered', meeting);
        return reply.status(201).send(meeting);
      },
    );

    app.post(
      '/kantoorwerk/overleggen/:id/juridische-toets',
      {
        config: { policy: 'office.legal_check' },
        schema: {
          tags,
          summary: 'De privacy officer legt de toets op grondslag en gegevensdeling vast',
          params: idParams,
          body: z.object({
            uitkomst: z.enum(['akkoord', 'niet_toegestaan']),
            grondslag: z.string().trim().max(500).nullable().default(null),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return confirmLegalCheck(
          ctx.database,
          request.params.id,
          request.body,
          actor.gebruikersnaam,
          ctx.today(),
        );
      },
    );

    app.post(
      '/kantoorwerk/overleggen/:id/besluit',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary:
            'Vastleggen hoe het bureau deelneemt (of niet), met reden bij afwijken van het advies',
          params: idParams,
          body: z.object({
            besluit: z.enum(keys(ATTENDANCE)),
            reden: z.string().trim().min(3).max(1000).nullable().default(null),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const meeting = await decideMeeting(
          ctx.database,
          request.params.id,
          request.body,
          actor.gebruikersnaam,
        );
        await auditCase(ctx, actor.gebruikersnaam, 'office.meeting_decided', meeting);
        return meeting;
      },
    );

    app.post(
      '/kantoorwerk/overleggen/:id/deelname',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Na het overleg: wie deelnam, de bestede tijd en de concrete acties',
          params: idParams,
          body: z.object({
            /** Whether the user recording it took part; others are added by id. */
            zelf: z.boolean().default(true),
            deelnemerIds: z.array(z.number().int().positive()).max(20).default([]),
            minuten: minutes,
            acties: z.string().trim().max(2000).nullable().default(null),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const body = request.body;
        const self = body.zelf && actor.id !== null ? [actor.id] : [];
        const deelnemerIds = [...new Set([...self, ...body.deelnemerIds])];
        const meeting = await recordAttendance(ctx.database, request.params.id, {
          ...body,
          deelnemerIds,
        });
        await auditCase(ctx, actor.gebruikersnaam, 'office.meeting_attended', meeting);
        return meeting;
      },
    );
  };
