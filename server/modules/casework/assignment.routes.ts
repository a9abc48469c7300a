// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the assignment rules (who gets new cases per school location and task, or postcode range). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertAssignable, assignUnassigned } from './assign.sql.ts';

const postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{4}([A-Z]{2})?$/, 'postcode als 2311 of 2311AB');

const rule = z
  .object({
    brin: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d{2}[A-Z]{2}$/, 'BRIN als 12AB')
      .optional(),
    vestiging: z
      .string()
      .regex(/^\d{2}$/)
      .default('00'),
    postcodeVan: postcode.optional(),
    postcodeTot: postcode.optional(),
    taak: z.enum(['kort', 'lang', 'alle']),
    gebruiker: z.number().int().positive(),
    team: z.string().trim().max(50).optional(),
  })
  .refine((r) => Boolean(r.brin) !== Boolean(r.postcodeVan), {
    message: 'geef een school (BRIN) óf een postcodegebied',
  });

export const assignmentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const audit = (actor: string, actie: string, details: Record<string, unknown>) =>
      recordAudit(ctx.database, { actor, actie, doel: 'toewijzing', details });

    app.get(
      '/toewijzingsregels',
      {
        config: { policy: 'cases.assign' },
        schema: { tags: ['dossiers'], summary: 'De toewijzingsregels' },
      },
      async () => ({
        regels: await ctx.database.query(
          `select r.id, s.brin, s.vestiging, s.naam as school, r.postcode_van as "postcodeVan",
                  r.postcode_tot as "postcodeTot", r.taak, r.user_id as "gebruikerId", u.naam as gebruiker, r.team
             from assignment_rules r join users u on u.id = r.user_id left join schools s on s.id = r.school_id
            order by s.brin nulls last, s.vestiging, r.postcode_van, r.taak`,
        ),
      }),
    );

    app.post(
      '/toewijzingsregels',
      {
        config: { policy: 'cases.assign' },
        schema: { tags: ['dossiers'], summary: 'Een toewijzingsregel toevoegen', body: rule },
      },
      async (request, reply) => {
        const body = request.body;
        let schoolId: number | null = null;
        if (body.brin) {
          const [school] = await ctx.database.query<{ id: number }>(
            'select id from schools where brin = $1 and vestiging = $2',
            [body.brin, body.vestiging],
          );
          if (!school) {
            throw new DomainFailure({
              code: 'assignment.unknown_school',
              kind: 'invalid',
              message: `school ${body.brin}-${body.vestiging} is onbekend`,
            });
          }
          schoolId = school.id;
        }
        await assertAssignable(ctx.database, body.gebruiker);
        const [row] = await ctx.database.query<{ id: number }>(
          `insert into assignment_rules (school_id, postcode_van, postcode_tot, taak, user_id, team)
           values ($1, $2, $3, $4, $5, $6) returning id`,
          [
            schoolId,
            body.postcodeVan ?? null,
            body.postcodeTot ?? body.postcodeVan ?? null,
            body.taak,
            body.gebruiker,
            body.team ?? null,
          ],
        );
        await audit(requireActor(request).gebruikersnaam, 'assignment.rule_added', { id: row!.id });
        return reply.status(201).send({ id: row!.id });
      },
    );

    app.delete(
      '/toewijzingsregels/:id',
      {
        config: { policy: 'cases.assign' },
        schema: {
          tags: ['dossiers'],
          summary: 'Een toewijzingsregel verwijderen',
          params: z.object({ id: z.coerce.number().int().positive() }),
        },
      },
      async (request, reply) => {
        await ctx.database.query('delete from assignment_rules where id = $1', [request.params.id]);
        await audit(requireActor(request).gebruikersnaam, 'assignment.rule_removed', {
          id: request.params.id,
        });
        return reply.status(204).send();
      },
    );

    app.post(
      '/toewijzingsregels/toepassen',
      {
        config: { policy: 'cases.assign' },
        schema: {
          tags: ['dossiers'],
          summary: 'Pas de schoolregels toe op open dossiers die nog niemand hebben',
          response: { 200: z.object({ toegewezen: z.number() }) },
        },
      },
      async (request) => {
        const toegewezen = await assignUnassigned(ctx.database);
        await audit(requireActor(request).gebruikersnaam, 'cases.assigned', {
          aantal: toegewezen,
          regels: true,
        });
        return { toegewezen };
      },
    );
  };
