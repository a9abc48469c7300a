// SPDX-License-Identifier: EUPL-1.2
/** HTTP for one doorstroompunt case: the panel and what a coach records in it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queryable } from '../../db/connect.ts';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import {
  closeCase,
  endTrajectory,
  recordContact,
  recordFirstContact,
  setAppointments,
  startTrajectory,
  type Actor,
} from './commands.sql.ts';
import {
  DAGBESTEDINGEN,
  INKOMENSCATEGORIEEN,
  KANALEN,
  RESULTATEN,
  SLUITREDENEN,
  UITSTROOMREDENEN,
  type Dagbesteding,
  type Inkomenscategorie,
  type Kanaal,
  type Resultaat,
  type Sluitreden,
  type Uitstroomreden,
} from './doorstroompunt.ts';
import { casePanel } from './queries.sql.ts';

const tags = ['doorstroompunt'];
const id = z.object({ id: z.coerce.number().int().positive() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'JJJJ-MM-DD');
const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const labels = (o: Record<string, string>) =>
  Object.entries(o).map(([waarde, label]) => ({ waarde, label }));

export const doorstroompuntCaseRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const audit = (gebruiker: string, actie: string, zaak: number) =>
      recordAudit(ctx.database, {
        actor: gebruiker,
        actie,
        onderwerpSoort: 'case',
        onderwerpId: String(zaak),
        doel: 'doorstroompunt',
      });

    app.get(
      '/zaken/:id/doorstroompunt',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags,
          summary: 'Contactpogingen, eerste contact en trajecten van een dossier',
          params: id,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
        const panel = await casePanel(ctx.database, request.params.id);
        if (!panel) {
          throw new DomainFailure({
            code: 'doorstroompunt.not_a_case',
            kind: 'not_found',
            message: 'Dit is geen dossier van het Doorstroompunt.',
          });
        }
        await audit(actor.gebruikersnaam, 'doorstroompunt.zaak.viewed', request.params.id);
        return {
          ...panel,
          keuzes: {
            kanalen: labels(KANALEN),
            resultaten: labels(RESULTATEN),
            dagbestedingen: labels(DAGBESTEDINGEN),
            inkomenscategorieen: labels(INKOMENSCATEGORIEEN),
            uitstroomredenen: labels(UITSTROOMREDENEN),
            sluitredenen: labels(SLUITREDENEN),
          },
        };
      },
    );

    /** Runs a recording command on a case in scope, in one transaction. */
    const onCase = async <T>(
      request: { params: { id: number } } & Parameters<typeof requireActor>[0],
      run: (tx: Queryable, a: Actor) => Promise<T>,
    ): Promise<T> => {
      const actor = requireActor(request);
      await findCaseInScope(ctx.database, request.params.id, actor.gemeenten);
      return ctx.database.transaction((tx) => run(tx, actor));
    };

    app.post(
      '/zaken/:id/contactpogingen',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Leg een contactpoging vast (kanaal, datum, bereikt of niet)',
          params: id,
          body: z.object({
            datum: day,
            kanaal: z.enum(keys(KANALEN)),
            resultaat: z.enum(keys(RESULTATEN)),
          }),
        },
      },
      (request) =>
        onCase(request, (tx, a) =>
          recordContact(
            tx,
            request.params.id,
            {
              datum: request.body.datum,
              kanaal: request.body.kanaal as Kanaal,
              resultaat: request.body.resultaat as Resultaat,
            },
            a,
            ctx.today(),
          ),
        ),
    );

    app.post(
      '/zaken/:id/eerste-contact',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Leg bij het eerste contact de dagbesteding en de SUWI-inkomenscategorie vast',
          params: id,
          body: z.object({
            datum: day,
            dagbesteding: z.enum(keys(DAGBESTEDINGEN)),
            inkomenscategorie: z.enum(keys(INKOMENSCATEGORIEEN)),
            inkomenPeildatum: day,
          }),
        },
      },
      async (request) => {
        await onCase(request, (tx, a) =>
          recordFirstContact(
            tx,
            request.params.id,
            {
              ...request.body,
              dagbesteding: request.body.dagbesteding as Dagbesteding,
              inkomenscategorie: request.body.inkomenscategorie as Inkomenscategorie,
            },
            a,
            ctx.today(),
          ),
        );
        return { ok: true };
      },
    );

    app.post(
      '/zaken/:id/trajecten',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Start een begeleidingstraject',
          params: id,
          body: z.object({ gestartOp: day }),
        },
      },
      (request) =>
        onCase(request, (tx, a) =>
          startTrajectory(tx, request.params.id, request.body, a, ctx.today()),
        ),
    );

    app.put(
      '/zaken/:id/trajecten/afspraken',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Het aantal gehouden afspraken in het lopende traject',
          params: id,
          body: z.object({ afspraken: z.number().int().min(0).max(100) }),
        },
      },
      async (request) => {
        await onCase(request, (tx, a) =>
          setAppointments(tx, request.params.id, request.body.afspraken, a, ctx.today()),
        );
        return { ok: true };
      },
    );

    app.post(
      '/zaken/:id/trajecten/einde',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary:
            'Beëindig het lopende traject met uitstroomreden en bestemming; sluit het dossier',
          params: id,
          body: z.object({
            beeindigdOp: day,
            uitstroomreden: z.enum(keys(UITSTROOMREDENEN)),
            bestemming: z.string().trim().max(200).nullable().default(null),
          }),
        },
      },
      async (request) => {
        await onCase(request, (tx, a) =>
          endTrajectory(
            tx,
            request.params.id,
            {
              beeindigdOp: request.body.beeindigdOp,
              uitstroomreden: request.body.uitstroomreden as Uitstroomreden,
              bestemming: request.body.bestemming || null,
            },
            a,
            ctx.today(),
          ),
        );
        return { ok: true };
      },
    );

    app.post(
      '/zaken/:id/doorstroompunt/afsluiting',
      {
        config: { policy: 'cases.work' },
        schema: {
          tags,
          summary: 'Sluit het dossier zonder traject, met de reden',
          params: id,
          body: z.object({ datum: day, reden: z.enum(keys(SLUITREDENEN)) }),
        },
      },
      async (request) => {
        await onCase(request, (tx, a) =>
          closeCase(
            tx,
            request.params.id,
            { datum: request.body.datum, reden: request.body.reden as Sluitreden },
            a,
            ctx.today(),
          ),
        );
        return { ok: true };
      },
    );
  };
