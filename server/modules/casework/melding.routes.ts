// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: one new verzuimmelding from another system (e.g. a DUO connector), with the fields of the
 * import file (interfaces.md §2.4). It goes through the very same validation, storage and intake
 * as an imported file, so there is one set of rules; the answer says which case it joined.
 */
import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { KINDS } from '../imports/kinds/index.ts';

const columns = KINDS.verzuimmeldingen.columns;
const value = z.union([z.string().max(2000), z.number(), z.boolean()]).optional();

export const meldingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/meldingen',
      {
        config: { policy: 'imports.run' },
        schema: {
          tags: ['dossiers'],
          summary:
            'Eén nieuwe verzuimmelding (velden als in het importbestand); komt in een dossier',
          body: z.strictObject(
            Object.fromEntries(columns.map((c) => [c, value])) as Record<string, typeof value>,
          ),
          response: {
            201: z.object({ meldingId: z.number(), zaakId: z.number(), toestand: z.string() }),
          },
        },
      },
      async (request, reply) => {
        const row = columns.map((c) => {
          const v = request.body[c];
          return v === undefined ? '' : v === true ? 'ja' : v === false ? 'nee' : String(v);
        });
        const outcome = await importCsv(ctx.database, stringify([columns, row]), {
          soort: 'verzuimmeldingen',
          bestandsnaam: 'api',
          door: requireActor(request).gebruikersnaam,
          today: ctx.today(),
        });
        if (outcome.resultaat === 'geweigerd') {
          throw new DomainFailure({
            code: 'cases.melding_invalid',
            kind: 'invalid',
            message: 'De melding is niet opgeslagen; zie de velden.',
            details: {
              fouten: outcome.summary.fouten.map((f) => ({ kolom: f.kolom, melding: f.melding })),
            },
          });
        }
        if (outcome.summary.nieuw !== 1) {
          throw new DomainFailure({
            code: 'cases.melding_known',
            kind: 'conflict',
            message: 'Een melding met dit meldingnummer is al bekend.',
          });
        }
        const [melding] = await ctx.database.query<{ id: number; caseId: number; status: string }>(
          `select a.id, a.case_id as "caseId", c.status from absence_reports a join cases c on c.id = a.case_id
            where a.meldingnummer = $1`,
          [String(request.body.meldingnummer)],
        );
        return reply
          .status(201)
          .send({ meldingId: melding!.id, zaakId: melding!.caseId, toestand: melding!.status });
      },
    );
  };
