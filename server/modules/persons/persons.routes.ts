// SPDX-License-Identifier: EUPL-1.2
/** HTTP: person search (POST, so a BSN never lands in a URL or access log) and the person page. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidBsn } from '../../../shared/bsn.ts';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getPerson } from './queries/get-person.sql.ts';
import { personInScope } from './queries/scope.sql.ts';
import { searchPersons } from './queries/search-persons.sql.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const searchBody = z.object({
  /** Exact BSN (elfproef). */
  bsn: z.string().refine(isValidBsn, 'bsn voldoet niet aan de elfproef').optional(),
  /** Start of the geslachtsnaam, optionally `, voornaam`. */
  naam: z.string().trim().min(2, 'geef minstens 2 letters van de naam').max(100).optional(),
  geboortedatum: date.optional(),
});
const hit = z.object({
  id: z.number(),
  naam: z.string(),
  geboortedatum: z.string(),
  gemeente: z.string().nullable(),
  bsn: z.string().nullable(),
});
const row = z.record(z.string(), z.unknown());
const relative = z.object({
  id: z.number(),
  naam: z.string(),
  geboortedatum: z.string(),
  rang: z.number(),
});
const person = z.object({
  id: z.number(),
  naam: z.string(),
  bsn: z.string().nullable(),
  onderwijsnummer: z.string().nullable(),
  geslachtsnaam: z.string(),
  voorvoegsel: z.string().nullable(),
  voornamen: z.string().nullable(),
  geboortedatum: z.string(),
  geslacht: z.string().nullable(),
  datumOverlijden: z.string().nullable(),
  geheimhouding: z.boolean(),
  bron: z.string(),
  woonhistorie: z.array(row),
  ouders: z.array(relative),
  kinderen: z.array(relative),
  inschrijvingen: z.array(row),
  vrijstellingen: z.array(row),
  verzuimmeldingen: z.array(row),
});

export const personRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/personen/zoeken',
      {
        config: { policy: 'persons.search' },
        schema: {
          tags: ['personen'],
          summary: 'Zoek personen op BSN, naam en/of geboortedatum',
          body: searchBody,
          response: { 200: z.object({ resultaten: z.array(hit) }) },
        },
      },
      async (request) => {
        const criteria = request.body;
        if (!criteria.bsn && !criteria.naam && !criteria.geboortedatum) {
          throw new DomainFailure({
            code: 'persons.search_empty',
            kind: 'invalid',
            message: 'vul een BSN, naam of geboortedatum in',
          });
        }
        const actor = requireActor(request);
        const resultaten = await searchPersons(
          ctx.database,
          criteria,
          ctx.today(),
          actor.gemeenten,
        );
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'persons.searched',
          doel: 'zoeken',
          details: {
            velden: Object.keys(criteria).filter((k) => criteria[k as keyof typeof criteria]),
            aantal: resultaten.length,
          },
        });
        return { resultaten };
      },
    );

    app.get(
      '/personen/:id',
      {
        config: { policy: 'persons.read' },
        schema: {
          tags: ['personen'],
          summary: 'Alles over één persoon',
          params: z.object({ id: z.coerce.number().int().positive() }),
          response: { 200: person },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const found = (await personInScope(ctx.database, request.params.id, actor.gemeenten))
          ? await getPerson(ctx.database, request.params.id)
          : undefined;
        // Out of scope answers like unknown: the id's existence is not confirmed either.
        if (!found) {
          throw new DomainFailure({
            code: 'persons.not_found',
            kind: 'not_found',
            message: 'deze persoon bestaat niet',
          });
        }
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'persons.viewed',
          onderwerpSoort: 'person',
          onderwerpId: String(found.id),
          doel: 'inzien',
        });
        return found;
      },
    );
  };
