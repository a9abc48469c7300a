// SPDX-License-Identifier: EUPL-1.2
/** HTTP: worklist, case page, steps, notes, consent, assignment, and the office's policy mode. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../auth/policy.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { assertAssignable, listAssignable } from './assign.sql.ts';
import { caseDetail } from './case-detail.sql.ts';
import { findCaseInScope } from './case-scope.sql.ts';
import { transitionFor } from './lifecycle.ts';
import { takeStep } from './transition.sql.ts';
import { worklist } from './worklist.sql.ts';
import { teamOverview } from './team.sql.ts';

const id = z.object({ id: z.coerce.number().int().positive() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const tags = ['dossiers'];

export const caseworkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const notFound = () =>
      new DomainFailure({
        code: 'cases.not_found',
        kind: 'not_found',
        message: 'Dit dossier bestaat niet.',
      });

    app.get(
      '/werklijst',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'Open dossiers: nieuw, vandaag, te laat, wachtend op anderen, lopend',
          querystring: z.object({
            toewijzing: z.enum(['mij', 'team', 'niet_toegewezen', 'alle']).default('mij'),
            team: z.string().max(50).optional(),
            brin: z.string().max(4).optional(),
            gemeente: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return worklist(ctx.database, {
          ...request.query,
          userId: actor.id,
          scope: actor.gemeenten,
          today: ctx.today(),
        });
      },
    );

    app.get(
      '/zaken/:id',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'Een dossier met tijdlijn, meldingen, taken en de toegestane stappen',
          params: id,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const detail = await caseDetail(ctx.database, request.params.id, {
          mayReadPolice: can(actor, 'police.read'),
          scope: actor.gemeenten,
          today: ctx.today(),
        });
        if (!detail) throw notFound();
        await recordAudit(ctx.database, [
          {
            actor: actor.gebruikersnaam,
            actie: 'cases.viewed',
            onderwerpSoort: 'case',
            onderwerpId: String(request.params.id),
            doel: 'casework',
          },
          // Viewing police data is logged apart (WPG).
          ...(detail.politiegegevensGetoond
            ? [
                {
                  actor: actor.gebruikersnaam,
                  actie: 'police.viewed',
                  onderwerpSoort: 'case',
                  onderwerpId: String(request.params.id),
                  doel: 'casework',
                  categorie: 'wpg' as const,
                },
              ]
            : []),
        ]);
        return detail;
      },
    );

    app.post(
      '/zaken/:id/stappen',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary:
            'Zet een stap in het dossier (alleen stappen die de fase toestaat, met hun verplichte velden)',
          params: id,
          body: z.object({
            actie: z.string().max(50),
            velden: z.record(z.string(), z.unknown()).default({}),
          }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        // Police data (WPG) steps of any werkproces: only for whoever may see police data.
        const policeStep = ['proces_verbaal', 'om_uitkomst'].includes(
          transitionFor(request.body.actie)?.gebeurtenis ?? '',
        );
        if (policeStep && !can(actor, 'police.read')) {
          throw new DomainFailure({
            code: 'auth.forbidden',
            kind: 'forbidden',
            message:
              'Een proces-verbaal opmaken of afhandelen mag alleen een buitengewoon opsporingsambtenaar.',
          });
        }
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        return takeStep(ctx.database, {
          caseId: request.params.id,
          actie: request.body.actie,
          velden: request.body.velden,
          actor,
          today: ctx.today(),
          settings: await loadRuleSettings(ctx.database),
        });
      },
    );

    app.post(
      '/zaken/:id/notities',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary:
            'Een notitie of contactmoment in de tijdlijn (telefoon, gesprek, huisbezoek, e-mail)',
          params: id,
          body: z.object({
            soort: z.enum(['notitie', 'telefoon', 'gesprek', 'huisbezoek', 'email', 'whatsapp']),
            tekst: z.string().trim().min(1).max(4000),
            datum: day.optional(),
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await ctx.database.transaction(async (tx) => {
          const updated = await tx.query(
            `insert into case_events (case_id, soort, datum, gegevens, user_id)
             select id, $2, $3, $4, $5 from cases where id = $1 returning id`,
            [
              request.params.id,
              request.body.soort,
              request.body.datum ?? ctx.today(),
              JSON.stringify({ tekst: request.body.tekst }),
              actor.id,
            ],
          );
          if (!updated.length) throw notFound();
          await recordAudit(tx, {
            actor: actor.gebruikersnaam,
            actie: 'cases.note_added',
            onderwerpSoort: 'case',
            onderwerpId: String(request.params.id),
            doel: 'casework',
            details: { soort: request.body.soort },
          });
        });
        return reply.status(201).send();
      },
    );

    app.put(
      '/zaken/:id/toestemming',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Leg vast of een jeugdige van 16+ toestemming geeft om met de ouders te delen',
          params: id,
          body: z.object({ toestemming: z.boolean() }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await ctx.database.query(
          `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, 'toestemming', $2, $3, $4)`,
          [
            request.params.id,
            ctx.today(),
            JSON.stringify({ toestemming16plus: request.body.toestemming }),
            actor.id,
          ],
        );
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'cases.consent_recorded',
          onderwerpSoort: 'case',
          onderwerpId: String(request.params.id),
          doel: 'casework',
        });
        return reply.status(204).send();
      },
    );

    app.put(
      '/zaken/toewijzing',
      {
        config: { policy: 'cases.assign' },
        schema: {
          tags,
          summary: 'Wijs dossiers toe aan een medewerker (één of in bulk); null = niet toegewezen',
          body: z.object({
            zaken: z.array(z.number().int().positive()).min(1).max(1000),
            gebruiker: z.number().int().positive().nullable(),
          }),
          response: { 200: z.object({ toegewezen: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return ctx.database.transaction(async (tx) => {
          if (request.body.gebruiker !== null) await assertAssignable(tx, request.body.gebruiker);
          const rows = await tx.query(
            `update cases set toegewezen_aan = $2 where id = any($1::int[]) returning id`,
            [request.body.zaken, request.body.gebruiker],
          );
          await recordAudit(tx, {
            actor: actor.gebruikersnaam,
            actie: 'cases.assigned',
            doel: 'casework',
            details: { aantal: rows.length, gebruiker: request.body.gebruiker },
          });
          return { toegewezen: rows.length };
        });
      },
    );

    app.get(
      '/medewerkers',
      {
        config: { policy: 'cases.read' },
        schema: { tags, summary: 'Wie dossiers kan krijgen (voor toewijzen)' },
      },
      async () => listAssignable(ctx.database),
    );

    app.get(
      '/werklijst/team',
      {
        config: { policy: 'cases.team' },
        schema: {
          tags,
          summary: 'Teamoverzicht: open, nieuwe, vandaag en te laat per medewerker',
          querystring: z.object({ team: z.string().max(50).optional() }),
        },
      },
      async (request) => ({
        medewerkers: await teamOverview(ctx.database, ctx.today(), request.query.team ?? null),
      }),
    );
  };
