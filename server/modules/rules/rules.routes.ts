// SPDX-License-Identifier: EUPL-1.2
/** HTTP edge of the rules engine: the same answers as `aanwezig regels` (interfaces.md §1.1, §1.2). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { loadRuleSettings } from '../settings/index.ts';
import { settingsRoutes } from '../settings/settings.routes.ts';
import { checkHalt, computeLeerplicht, LEERPLICHT_STATUSES, RULES } from './index.ts';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'gebruik JJJJ-MM-DD');
const jaNee = z
  .enum(['ja', 'nee', 'true', 'false', '1', '0'])
  .transform((v) => ['ja', 'true', '1'].includes(v));

const leerplichtResponse = z.object({
  geboortedatum: z.string(),
  peildatum: z.string(),
  leerplichtigVanaf: z.string(),
  volledigeLeerplichtTotEnMet: z.string(),
  kwalificatieplichtTotEnMet: z.string(),
  doorstroompuntTotEnMet: z.string(),
  status: z.enum(LEERPLICHT_STATUSES),
  uitleg: z.array(z.string()),
});

const ruleInfo = z.object({
  id: z.string(),
  titel: z.string(),
  bron: z.object({
    wet: z.string().optional(),
    seed: z.string().optional(),
    artikel: z.string().optional(),
    url: z.string().optional(),
  }),
  geldigVanaf: z.string(),
  functie: z.string(),
  instellingen: z.array(z.string()),
  doc: z.string(),
});

/** GET /api/regels, /api/regels/leerplicht, /api/regels/halt, plus the settings and school-holiday routes. */
export const rulesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(settingsRoutes(ctx));

    app.get(
      '/regels',
      {
        config: { policy: 'rules.read' },
        schema: {
          tags: ['regels'],
          summary: 'Alle regels met bron en geldig-vanaf',
          response: { 200: z.array(ruleInfo) },
        },
      },
      async () => RULES.map((r) => ({ ...r, instellingen: [...r.instellingen] })),
    );

    app.get(
      '/regels/leerplicht',
      {
        config: { policy: 'rules.read' },
        schema: {
          tags: ['regels'],
          summary: 'Leerplichtdatums en status op een peildatum (als aanwezig regels leerplicht)',
          querystring: z.object({
            geboortedatum: datum,
            peildatum: datum.optional(),
            startkwalificatie: datum.optional(),
          }),
          response: { 200: leerplichtResponse },
        },
      },
      async (request) => {
        const q = request.query;
        const input = {
          geboortedatum: q.geboortedatum,
          peildatum: q.peildatum ?? ctx.today(),
          startkwalificatie: q.startkwalificatie,
        };
        return computeLeerplicht(input, await loadRuleSettings(ctx.database));
      },
    );

    app.get(
      '/regels/halt',
      {
        config: { policy: 'rules.read' },
        schema: {
          tags: ['regels'],
          summary: 'Kan een jongere naar Halt voor schoolverzuim? (als aanwezig regels halt)',
          querystring: z.object({
            geboortedatum: datum,
            datum,
            verzuimuren: z.coerce.number().min(0),
            eerderHalt: jaNee.optional(),
          }),
          response: { 200: z.object({ verwijsbaar: z.boolean(), redenen: z.array(z.string()) }) },
        },
      },
      async (request) => {
        const q = request.query;
        return checkHalt(
          {
            geboortedatum: q.geboortedatum,
            datum: q.datum,
            verzuimuren: q.verzuimuren,
            eerderHalt: q.eerderHalt ?? false,
          },
          await loadRuleSettings(ctx.database),
        );
      },
    );
  };
