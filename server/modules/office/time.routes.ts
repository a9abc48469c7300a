// SPDX-License-Identifier: EUPL-1.2
/** HTTP: time entries, the team's time split, the VO→MBO transfer list and its reviews. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { day, minutes, requiredMinutes, spanOf, spanQuery } from './http.ts';
import { TIME_KINDS, TRANSFER_RESULTS } from '../../../shared/office-kinds.ts';
import { listDeclined, ringsOn } from './meetings.sql.ts';
import { createTimeEntry, teamTimeSplit, timeSummary } from './time.sql.ts';
import { schoolYearStart } from './transfer.ts';
import { recordTransferReview, transferList } from './transfer.sql.ts';

const keys = <T extends object>(map: T) =>
  Object.keys(map) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];

export const timeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['kantoorwerk'];
    app.post(
      '/kantoorwerk/tijd',
      {
        config: { policy: 'office.register' },
        schema: {
          tags,
          summary: 'Bestede tijd vastleggen, eventueel op een dossier',
          body: z.object({
            datum: day,
            minuten: requiredMinutes,
            soort: z.enum(keys(TIME_KINDS)),
            caseId: z.number().int().positive().nullable().default(null),
            notitie: z.string().trim().max(500).nullable().default(null),
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (actor.id === null) {
          throw new DomainFailure({
            code: 'office.no_user',
            kind: 'invalid',
            message: 'Tijd hoort bij een medewerker.',
          });
        }
        const id = await createTimeEntry(ctx.database, request.body, actor.id);
        if (request.body.caseId !== null) {
          await recordAudit(ctx.database, {
            actor: actor.gebruikersnaam,
            actie: 'office.time_recorded',
            onderwerpSoort: 'case',
            onderwerpId: String(request.body.caseId),
            doel: 'casework',
            details: { tijd: id },
          });
        }
        return reply.status(201).send({ id });
      },
    );

    app.get(
      '/kantoorwerk/tijd',
      {
        config: { policy: 'office.time_summary' },
        schema: {
          tags,
          summary: 'Tijdsbesteding per medewerker, team, ring en maand, en de afgewezen verzoeken',
          querystring: spanQuery,
        },
      },
      async (request) => {
        const span = spanOf(ctx, request.query);
        return {
          ...span,
          ...(await ringsOn(ctx.database, ctx.today())),
          verdeling: await teamTimeSplit(ctx.database, span),
          rijen: await timeSummary(ctx.database, span),
          afgewezen: await listDeclined(ctx.database, span),
        };
      },
    );

    app.get(
      '/kantoorwerk/overstap',
      {
        config: { policy: 'office.transfer' },
        schema: {
          tags,
          summary: 'Examenleerlingen VO zonder mbo-inschrijving, met de overstaptafels',
          querystring: z.object({
            schooljaar: z
              .string()
              .regex(/^\d{4}-\d{4}$/)
              .optional(),
            aantal: z.coerce.number().int().min(1).max(1000).default(100),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const start = request.query.schooljaar
          ? Number(request.query.schooljaar.slice(0, 4))
          : schoolYearStart(ctx.today());
        const alle = await transferList(ctx.database, start);
        // Due first on top; the list is long until spring, so only the first part is shown —
        // plus every pupil already discussed at a table, so no one in progress drops out of view.
        const first = new Set(alle.slice(0, request.query.aantal));
        const leerlingen = alle.filter((p) => first.has(p) || p.momenten.length > 0);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'office.transfer_list_viewed',
          doel: 'overstap VO-MBO',
          details: { schooljaar: `${start}-${start + 1}`, aantal: leerlingen.length },
        });
        return { schooljaar: `${start}-${start + 1}`, totaal: alle.length, leerlingen };
      },
    );

    app.post(
      '/kantoorwerk/overstap/besprekingen',
      {
        config: { policy: 'office.transfer' },
        schema: {
          tags,
          summary: 'Een overstaptafel voor een leerling vastleggen: afspraken en resultaat',
          body: z.object({
            personId: z.number().int().positive(),
            schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
            moment: z.union([z.literal(1), z.literal(2), z.literal(3)]),
            datum: day,
            afspraken: z.string().trim().max(2000).nullable().default(null),
            resultaat: z.enum(keys(TRANSFER_RESULTS)).nullable().default(null),
            minuten: minutes,
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const id = await ctx.database.transaction(async (tx) => {
          const newId = await recordTransferReview(tx, request.body, actor.id);
          await recordAudit(tx, {
            actor: actor.gebruikersnaam,
            actie: 'office.transfer_reviewed',
            onderwerpSoort: 'person',
            onderwerpId: String(request.body.personId),
            doel: 'overstap VO-MBO',
            details: { moment: request.body.moment },
          });
          return newId;
        });
        return reply.status(201).send({ id });
      },
    );
  };
