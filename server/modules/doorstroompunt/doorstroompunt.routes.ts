// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP for the Doorstroompunt: the day list, the case panel and what a coach records in it,
 * PRO/VSO leavers, and the 23–27 readiness counts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { doorstroompuntCaseRoutes } from './case.routes.ts';
import { PRO_VSO_STATUSSEN, type ProVsoStatus } from './doorstroompunt.ts';
import { proVsoLeavers, readiness, setProVsoStatus } from './monitoring.sql.ts';
import { dayList } from './queries.sql.ts';

const tags = ['doorstroompunt'];
const id = z.object({ id: z.coerce.number().int().positive() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'JJJJ-MM-DD');
const labels = (o: Record<string, string>) =>
  Object.entries(o).map(([waarde, label]) => ({ waarde, label }));
const statussen = Object.keys(PRO_VSO_STATUSSEN) as [ProVsoStatus, ...ProVsoStatus[]];

/** The list routes here; the case routes in case.routes.ts. */
export const doorstroompuntRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(doorstroompuntCaseRoutes(ctx));
    const audit = (gebruiker: string, actie: string, zaak?: number) =>
      recordAudit(ctx.database, {
        actor: gebruiker,
        actie,
        ...(zaak ? { onderwerpSoort: 'case', onderwerpId: String(zaak) } : {}),
        doel: 'doorstroompunt',
      });

    app.get(
      '/doorstroompunt/werklijst',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'De dagstart van de doorstroomcoach: taken van het contactritme eerst',
          querystring: z.object({ alle: z.enum(['ja', 'nee']).default('nee') }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const list = await dayList(ctx.database, {
          today: ctx.today(),
          scope: actor.gemeenten,
          userId: request.query.alle === 'ja' ? null : actor.id,
        });
        await audit(actor.gebruikersnaam, 'doorstroompunt.werklijst.viewed');
        return { peildatum: ctx.today(), ...list };
      },
    );

    app.get(
      '/doorstroompunt/pro-vso-uitstromers',
      {
        config: { policy: 'cases.read' },
        schema: { tags, summary: 'Uitstromers uit PRO en VSO in de doelgroep, met hun opvolging' },
      },
      async (request) => {
        const actor = requireActor(request);
        const uitstromers = await proVsoLeavers(ctx.database, ctx.today(), actor.gemeenten);
        await audit(actor.gebruikersnaam, 'doorstroompunt.pro_vso.viewed');
        return { peildatum: ctx.today(), statussen: labels(PRO_VSO_STATUSSEN), uitstromers };
      },
    );

    app.put(
      '/doorstroompunt/pro-vso-uitstromers/:id',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Leg de opvolging van een PRO/VSO-uitstromer vast',
          params: id,
          body: z.object({ status: z.enum(statussen), datum: day }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await ctx.database.transaction((tx) =>
          setProVsoStatus(
            tx,
            request.params.id,
            request.body.status,
            request.body.datum,
            actor.gebruikersnaam,
          ),
        );
        return { ok: true };
      },
    );

    app.get(
      '/doorstroompunt/gereedheid-27',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'Hoeveel jongeren erbij komen als de leeftijdsgrens 27 is (alleen aantallen)',
        },
      },
      async () => readiness(ctx.database, ctx.today()),
    );
  };
