// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: the management dashboard (aggregates for teamleider, managementteam, beleidsmedewerker),
 * the drill-down to the cases behind a number (only with `cases.read`, within the gemeente scope),
 * the what-if and the effect measurement.
 */
import { Temporal } from '@js-temporal/polyfill';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../auth/policy.ts';
import { listPolicyModes, modeOn } from '../casework/policy-mode.sql.ts';
import { isIsoDate, parseSchoolYear, schoolYearOf } from '../rules/index.ts';
import { computeDashboard } from './dashboard.ts';
import { measureEffects } from './effect.sql.ts';
import { casesBehind, CIJFERS, DIMENSIES, type Period } from './facts.ts';
import { loadCaseFacts } from './facts.sql.ts';
import { filterChoices } from './choices.sql.ts';
import { daysBetween } from './stats.ts';
import { runWhatIf } from './what-if.sql.ts';

const tags = ['dashboard'];
/** A drill-down shows at most this many cases (the count stays exact). */
const LIST_LIMIT = 1000;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const filter = z.object({
  van: day.optional(),
  totEnMet: day.optional(),
  team: z.string().max(50).optional(),
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

/** The period asked for, by default the last twelve months up to today. */
export function periodOf(query: { van?: string; totEnMet?: string }, today: string): Period {
  const t = Temporal.PlainDate.from(today);
  const totEnMet = query.totEnMet ?? today;
  const van = query.van ?? t.subtract({ months: 11 }).with({ day: 1 }).toString();
  if (
    !isIsoDate(van) ||
    !isIsoDate(totEnMet) ||
    van > totEnMet ||
    Temporal.PlainDate.from(van).add({ years: 5 }).toString() < totEnMet
  ) {
    throw new DomainFailure({
      code: 'dashboard.invalid_period',
      kind: 'invalid',
      message: 'Kies een periode waarin "van" vóór "tot en met" ligt, van hoogstens vijf jaar.',
    });
  }
  return { van, totEnMet, peildatum: totEnMet < today ? totEnMet : today };
}

export const dashboardRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const facts = (actor: ReturnType<typeof requireActor>, q: z.infer<typeof filter>) => {
      const periode = periodOf(q, ctx.today());
      return loadCaseFacts(ctx.database, {
        ...periode,
        team: q.team,
        gemeente: q.gemeente,
        scope: actor.gemeenten,
        today: ctx.today(),
      }).then((list) => ({ list, periode }));
    };

    app.get(
      '/dashboard',
      {
        config: { policy: 'dashboard.read' },
        schema: {
          tags,
          summary:
            'Tellingen, doorlooptijden, caseload, termijnen, no-show en trends (geen personen)',
          querystring: filter,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { list, periode } = await facts(actor, request.query);
        const modes = await listPolicyModes(ctx.database);
        return {
          ...computeDashboard(list, periode),
          filter: { team: request.query.team ?? null, gemeente: request.query.gemeente ?? null },
          beleidsmodus: modeOn(modes, ctx.today()) ?? null,
          doorklikken: can(actor, 'cases.read'),
          keuzes: await filterChoices(ctx.database, actor.gemeenten),
        };
      },
    );

    app.get(
      '/dashboard/zaken',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'De dossiers achter een getal van het dashboard (binnen de eigen gemeenten)',
          querystring: filter.extend({
            cijfer: z.enum(CIJFERS),
            dimensie: z.enum(DIMENSIES).optional(),
            waarde: z.string().max(50).optional(),
            maand: z
              .string()
              .regex(/^\d{4}-\d{2}$/)
              .optional(),
            binnenTeam: z.string().max(50).optional(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { list, periode } = await facts(actor, request.query);
        const behind = casesBehind(list, request.query, periode);
        const zaken = behind.slice(0, LIST_LIMIT).map((f) => ({
          id: f.id,
          soort: f.soort,
          status: f.status,
          geopendOp: f.geopendOp,
          geslotenOp: f.geslotenOp,
          team: f.team,
          gemeente: f.gemeente,
          consulent: f.consulentNaam,
          // Throughput time of this case: to its closing, or so far (peildatum) when still open.
          dagen: daysBetween(f.geopendOp, f.geslotenOp ?? periode.peildatum),
        }));
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'dashboard.cases_listed',
          onderwerpSoort: 'case',
          doel: 'sturing',
          details: { cijfer: request.query.cijfer, aantal: zaken.length },
        });
        return { periode, aantal: behind.length, getoond: zaken.length, zaken };
      },
    );

    app.get(
      '/dashboard/wat-als',
      {
        config: { policy: 'dashboard.read' },
        schema: {
          tags,
          summary:
            'Wat als: de kennisgevingsbrief voor eerste meldingen, nagespeeld op de meldingen van een schooljaar',
          querystring: z.object({
            schooljaar: z
              .string()
              .regex(/^\d{4}-\d{4}$/)
              .optional(),
            modusVan: day.optional(),
            modusTotEnMet: day.optional(),
            gemeente: filter.shape.gemeente,
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const lastYear = schoolYearOf(
          Temporal.PlainDate.from(ctx.today()).subtract({ years: 1 }).toString(),
        );
        const schooljaar = request.query.schooljaar
          ? parseSchoolYear(request.query.schooljaar)
          : lastYear;
        if (!schooljaar) {
          throw new DomainFailure({
            code: 'dashboard.invalid_school_year',
            kind: 'invalid',
            message: 'Schooljaar moet de vorm 2023-2024 hebben.',
          });
        }
        return runWhatIf(ctx.database, {
          schooljaar,
          modusVan: request.query.modusVan,
          modusTotEnMet: request.query.modusTotEnMet,
          scope: actor.gemeenten,
          gemeente: request.query.gemeente,
        });
      },
    );

    app.get(
      '/dashboard/effect',
      {
        config: { policy: 'dashboard.read' },
        schema: {
          tags,
          summary:
            'Effectmeting: nieuwe melding na kennisgevingsbrief of gesprek, no-show met en zonder herinnering',
          querystring: filter,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const periode = periodOf(request.query, ctx.today());
        return {
          periode,
          ...(await measureEffects(ctx.database, {
            ...periode,
            team: request.query.team,
            gemeente: request.query.gemeente,
            scope: actor.gemeenten,
            today: ctx.today(),
          })),
        };
      },
    );
  };
