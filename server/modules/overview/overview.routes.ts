// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the region overview on the start page. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { getRegion } from '../region/index.ts';

const overview = z.object({
  regio: z.string().nullable(),
  peildatum: z.string(),
  gemeenten: z.array(
    z.object({
      code: z.string(),
      naam: z.string().nullable(),
      inwoners: z.number(),
      jeugdigen: z.number(),
    }),
  ),
  totalen: z.object({
    personen: z.number(),
    scholen: z.number(),
    inschrijvingenGeldig: z.number(),
    meldingenSchooljaar: z.number(),
    meldingenTotaal: z.number(),
    vrijstellingenGeldig: z.number(),
  }),
  laatsteImports: z.array(
    z.object({
      id: z.number(),
      soort: z.string(),
      bestand: z.string(),
      resultaat: z.string(),
      rijen: z.number(),
      klaarOp: z.string(),
    }),
  ),
});

/** 1 August of the school year that contains `today`. */
const schoolYearStart = (today: string) => {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '08-01' ? `${year}-08-01` : `${year - 1}-08-01`;
};

export const overviewRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/overzicht',
      {
        config: { policy: 'overview.read' },
        schema: {
          tags: ['overzicht'],
          summary: 'Regio, gemeenten en totalen',
          response: { 200: overview },
        },
      },
      async () => {
        const today = ctx.today();
        const region = await getRegion(ctx.database);
        const perGemeente = await ctx.database.query<{
          code: string;
          inwoners: number;
          jeugdigen: number;
        }>(
          `select p.gemeente_code as code, count(*)::int as inwoners,
           count(*) filter (where x.geboortedatum > ($1::date - interval '23 years'))::int as jeugdigen
         from residence_periods p join persons x on x.id = p.person_id where ${livesOnSql('p', 'x', '$1::date')}
         group by p.gemeente_code`,
          [today],
        );
        const byCode = new Map(perGemeente.map((g) => [g.code, g]));
        const [totalen] = await ctx.database.query<z.infer<typeof overview>['totalen']>(
          `select (select count(*)::int from persons) as personen, (select count(*)::int from schools) as scholen,
           (select count(*)::int from enrolments where datum_inschrijving <= $1 and (datum_uitschrijving is null or datum_uitschrijving >= $1)) as "inschrijvingenGeldig",
           (select count(*)::int from absence_reports where gemeld_op >= $2 and gemeld_op <= $1) as "meldingenSchooljaar",
           (select count(*)::int from absence_reports) as "meldingenTotaal",
           (select count(*)::int from exemptions where besluit = 'toegekend' and geldig_van <= $1 and (geldig_tot is null or geldig_tot >= $1)) as "vrijstellingenGeldig"`,
          [today, schoolYearStart(today)],
        );
        const laatsteImports = await ctx.database.query<
          z.infer<typeof overview>['laatsteImports'][number]
        >(
          `select id, soort, bestand, resultaat, rijen, klaar_op::text as "klaarOp" from import_runs order by id desc limit 5`,
        );
        return {
          regio: region.naam,
          peildatum: today,
          gemeenten: region.gemeenten.map((g) => ({
            code: g.code,
            naam: g.naam,
            inwoners: byCode.get(g.code)?.inwoners ?? 0,
            jeugdigen: byCode.get(g.code)?.jeugdigen ?? 0,
          })),
          totalen: totalen!,
          laatsteImports,
        };
      },
    );
  };
