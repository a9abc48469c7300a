// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the absoluut-verzuim signals on a day, and turning them into cases on demand. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { absoluteVerzuimWorklist } from './worklist.sql.ts';
import { newcomersOverview } from './newcomers.sql.ts';
import { syncAbsoluteVerzuimCases } from './sync-cases.sql.ts';

const signaal = z.object({
  personId: z.number(),
  naam: z.string(),
  geboortedatum: z.string(),
  gemeente: z.string(),
  status: z.string(),
  reden: z.string(),
  zaakId: z.number().nullable(),
});
const nieuwkomers = z.object({
  gemeente: z.string(),
  nieuwkomers: z.number(),
  dezeMaand: z.number(),
  zonderInschrijving: z.number(),
});

export const signalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/signalen/absoluut-verzuim',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: ['signalen'],
          summary:
            'Werklijst absoluut verzuim: wie vandaag een signaal heeft, met de reden en het dossier',
          response: { 200: z.object({ peildatum: z.string(), signalen: z.array(signaal) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const result = await absoluteVerzuimWorklist(ctx.database, ctx.today(), actor.gemeenten);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'signals.absoluut_verzuim.viewed',
          onderwerpSoort: 'signalen',
          onderwerpId: result.peildatum,
          doel: 'casework',
          details: { aantal: result.signalen.length },
        });
        return result;
      },
    );
    app.get(
      '/signalen/nieuwkomers',
      {
        config: { policy: 'overview.read' },
        schema: {
          tags: ['signalen'],
          summary: 'Maandoverzicht nieuwkomers zonder inschrijving per gemeente (R48, seed 000)',
          querystring: z.object({
            maand: z
              .string()
              .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Kies een maand als JJJJ-MM.')
              .optional(),
          }),
          response: {
            200: z.object({
              maand: z.string(),
              peildatum: z.string(),
              gemeenten: z.array(nieuwkomers),
            }),
          },
        },
      },
      async (request) =>
        newcomersOverview(ctx.database, request.query.maand ?? ctx.today().slice(0, 7)),
    );
    app.post(
      '/signalen/absoluut-verzuim/verwerken',
      {
        config: { policy: 'cases.assign' },
        schema: {
          tags: ['signalen'],
          summary:
            'Bereken de signalen absoluut verzuim van vandaag en houd de dossiers bij (zoals de nachtelijke taak)',
          response: {
            200: z.object({ signalen: z.number(), geopend: z.number(), afgesloten: z.number() }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request).gebruikersnaam;
        // The sync records its own audit entry (counts only).
        return ctx.database.transaction((tx) => syncAbsoluteVerzuimCases(tx, ctx.today(), actor));
      },
    );
  };
