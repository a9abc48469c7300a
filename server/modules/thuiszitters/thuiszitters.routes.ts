// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the thuiszitter worklist, tafel list, per-school overview, year table, and episodes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/roles.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { schoolYearOf } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import {
  completeThresholdTask,
  createEpisode,
  endEpisode,
  updateEpisode,
} from './commands/episode-commands.sql.ts';
import { definitionOn } from './definition.ts';
import { EINDSITUATIES, EPISODE_TYPES, ONDERWIJSDEELNAME, OORZAKEN } from './episode.ts';
import { perSchool } from './per-school.ts';
import { listEpisodes } from './queries/episodes.sql.ts';
import { yearOverview } from './queries/year.sql.ts';

const tags = ['thuiszitters'];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const id = z.object({ id: z.coerce.number().int().positive() });

const episodeBody = z.object({
  startdatum: day,
  type: z.enum(keys(EPISODE_TYPES)),
  onderwijsdeelname: z.enum(keys(ONDERWIJSDEELNAME)).default('geen'),
  onderwijsdeelnameVanaf: day.nullish(),
  oorzaak: z.enum(keys(OORZAKEN)),
  regie: z.string().max(200),
  wachtlijst: z.string().max(200).nullish(),
  wachtlijstSinds: day.nullish(),
  schoolId: z.number().int().positive().nullish(),
});

const who = (actor: Actor) => ({
  userId: actor.id,
  gebruikersnaam: actor.gebruikersnaam,
  scope: actor.gemeenten,
});

export const thuiszitterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/thuiszitters',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary:
            'Lopende thuiszitters: werklijst (te laat eerst) of de thuiszitterstafel (> 3 maanden)',
          querystring: z.object({
            lijst: z.enum(['werklijst', 'tafel']).default('werklijst'),
            gemeente: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
            brin: z.string().max(4).optional(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const today = ctx.today();
        const all = await listEpisodes(ctx.database, {
          scope: actor.gemeenten,
          today,
          alleenOpen: true,
          ...(request.query.gemeente ? { gemeente: request.query.gemeente } : {}),
          ...(request.query.brin ? { brin: request.query.brin.toUpperCase() } : {}),
        });
        const perioden = request.query.lijst === 'tafel' ? all.filter((e) => e.opTafel) : all;
        return {
          vandaag: today,
          definitie: definitionOn(await loadRuleSettings(ctx.database), today),
          perioden,
        };
      },
    );

    app.get(
      '/thuiszitters/scholen',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'Per school de lopende thuiszitters, voor het periodieke gesprek',
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const open = await listEpisodes(ctx.database, {
          scope: actor.gemeenten,
          today: ctx.today(),
          alleenOpen: true,
        });
        return { scholen: perSchool(open) };
      },
    );

    app.get(
      '/thuiszitters/jaaroverzicht',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary:
            'Eindsituatie van een schooljaar: aanvang + nieuw − opgelost − 18 − verhuisd = einde',
          querystring: z.object({
            schooljaar: z
              .string()
              .regex(/^\d{4}-\d{4}$/)
              .optional(),
            gemeente: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const schooljaar = request.query.schooljaar ?? schoolYearOf(ctx.today()).naam;
        const span = schoolYearSpan(schooljaar);
        const start = Number(schooljaar.slice(0, 4));
        const previous = schoolYearSpan(`${start - 1}-${start}`);
        if (!span || !previous) {
          throw new DomainFailure(
            domainError('thuiszitters.invalid', 'invalid', 'Geen geldig schooljaar.'),
          );
        }
        return yearOverview(ctx.database, span, previous, {
          scope: actor.gemeenten,
          ...(request.query.gemeente ? { gemeente: request.query.gemeente } : {}),
        });
      },
    );

    app.get(
      '/thuiszitters/keuzelijsten',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'De keuzelijsten van een thuiszitterperiode met hun Nederlandse namen',
        },
      },
      async () => ({
        types: EPISODE_TYPES,
        onderwijsdeelname: ONDERWIJSDEELNAME,
        oorzaken: OORZAKEN,
        eindsituaties: EINDSITUATIES,
      }),
    );

    app.get(
      '/thuiszitter-periodes',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'De thuiszitterperiodes van een persoon of een dossier',
          querystring: z.object({
            persoon: z.coerce.number().int().positive().optional(),
            zaak: z.coerce.number().int().positive().optional(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { persoon, zaak } = request.query;
        if (!persoon && !zaak) return { perioden: [] };
        const perioden = await listEpisodes(ctx.database, {
          scope: actor.gemeenten,
          today: ctx.today(),
          ...(persoon ? { personId: persoon } : {}),
          ...(zaak ? { caseId: zaak } : {}),
        });
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'thuiszitters.viewed',
          onderwerpSoort: persoon ? 'person' : 'case',
          onderwerpId: String(persoon ?? zaak),
          doel: 'casework',
          details: { perioden: perioden.map((p) => p.id) },
        });
        return { perioden };
      },
    );

    app.post(
      '/thuiszitter-periodes',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary:
            'Een thuiszitterperiode registreren (in een open dossier of een nieuw thuiszittersdossier)',
          body: episodeBody.extend({
            persoonId: z.number().int().positive(),
            zaakId: z.number().int().positive().optional(),
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { persoonId, zaakId, ...rest } = request.body;
        const created = await createEpisode(
          ctx.database,
          { ...rest, personId: persoonId, ...(zaakId ? { caseId: zaakId } : {}) },
          who(actor),
          ctx.today(),
        );
        return reply.code(201).send(created);
      },
    );

    app.put(
      '/thuiszitter-periodes/:id',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Een lopende thuiszitterperiode bijwerken',
          params: id,
          body: episodeBody,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await updateEpisode(ctx.database, request.params.id, request.body, who(actor), ctx.today());
        return { ok: true };
      },
    );

    app.post(
      '/thuiszitter-periodes/:id/einde',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Een thuiszitterperiode afsluiten met de eindsituatie',
          params: id,
          body: z.object({ einddatum: day, eindsituatie: z.enum(keys(EINDSITUATIES)) }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await endEpisode(ctx.database, request.params.id, request.body, who(actor), ctx.today());
        return { ok: true };
      },
    );

    app.post(
      '/thuiszitter-periodes/:id/taken/:taak/afgerond',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Een drempeltaak (4 weken, 3 maanden) van een periode afronden',
          params: z.object({
            id: z.coerce.number().int().positive(),
            taak: z.coerce.number().int().positive(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id: episodeId, taak } = request.params;
        await completeThresholdTask(ctx.database, episodeId, taak, who(actor), ctx.today());
        return { ok: true };
      },
    );
  };
