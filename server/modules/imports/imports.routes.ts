// SPDX-License-Identifier: EUPL-1.2
/** HTTP: upload an import file, list earlier imports, fetch one with its refused rows. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { importCsv } from './import-csv.sql.ts';
import { IMPORT_SOORTEN, type ImportSoort } from './kinds/index.ts';
import { refusedRowsCsv } from './refused-csv.ts';

const fout = z.object({ regel: z.number(), kolom: z.string().nullable(), melding: z.string() });
const summary = z.object({
  id: z.number(),
  resultaat: z.enum(['geimporteerd', 'gedeeltelijk', 'geweigerd']),
  soort: z.enum(IMPORT_SOORTEN),
  bestand: z.string(),
  rijen: z.number(),
  nieuw: z.number(),
  gewijzigd: z.number(),
  ongewijzigd: z.number(),
  afgewezen: z.number(),
  fouten: z.array(fout),
});
const run = z.object({
  id: z.number(),
  soort: z.string(),
  bestand: z.string(),
  resultaat: z.string(),
  rijen: z.number(),
  nieuw: z.number(),
  gewijzigd: z.number(),
  ongewijzigd: z.number(),
  afgewezen: z.number(),
  door: z.string(),
  gestartOp: z.string(),
  klaarOp: z.string(),
});
const RUN_COLUMNS = `id, soort, bestand, resultaat, rijen, nieuw, gewijzigd, ongewijzigd, afgewezen, door,
  gestart_op::text as "gestartOp", klaar_op::text as "klaarOp"`;

const invalid = (message: string) =>
  new DomainFailure({ code: 'imports.request_invalid', kind: 'invalid', message });

export const importRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register((await import('@fastify/multipart')).default, {
      limits: { fileSize: ctx.maxUploadBytes ?? 50 * 1024 * 1024, files: 1, fields: 10 },
    });

    app.post(
      '/imports',
      {
        config: { policy: 'imports.run' },
        schema: {
          tags: ['imports'],
          summary: 'Importeer een bestand (multipart: soort, peildatum, gedeeltelijk, bestand)',
          consumes: ['multipart/form-data'],
          response: { 200: summary },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw invalid('stuur het bestand als multipart/form-data');
        const fields: Record<string, string> = {};
        let content: Buffer | undefined;
        let bestandsnaam = 'upload.csv';
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            content = await part.toBuffer();
            bestandsnaam = part.filename || bestandsnaam;
          } else {
            fields[part.fieldname] = String(part.value);
          }
        }
        const soort = fields.soort;
        if (!soort || !(IMPORT_SOORTEN as readonly string[]).includes(soort)) {
          throw invalid(`kies de soort: ${IMPORT_SOORTEN.join(', ')}`);
        }
        if (!content) throw invalid('kies een bestand');
        const peildatum = fields.peildatum || undefined;
        if (peildatum && !/^\d{4}-\d{2}-\d{2}$/.test(peildatum)) {
          throw invalid('peildatum moet de vorm JJJJ-MM-DD hebben');
        }
        const outcome = await importCsv(ctx.database, content, {
          soort: soort as ImportSoort,
          bestandsnaam,
          peildatum,
          gedeeltelijk: ['ja', 'true', 'on', '1'].includes(fields.gedeeltelijk ?? ''),
          door: requireActor(request).gebruikersnaam,
          today: ctx.today(),
        });
        return { id: outcome.importRunId, resultaat: outcome.resultaat, ...outcome.summary };
      },
    );

    app.get(
      '/imports',
      {
        config: { policy: 'imports.read' },
        schema: {
          tags: ['imports'],
          summary: 'De laatste 50 imports',
          response: { 200: z.object({ imports: z.array(run) }) },
        },
      },
      async () => ({
        imports: await ctx.database.query<z.infer<typeof run>>(
          `select ${RUN_COLUMNS} from import_runs order by id desc limit 50`,
        ),
      }),
    );

    app.get(
      '/imports/:id',
      {
        config: { policy: 'imports.read' },
        schema: {
          tags: ['imports'],
          summary: 'Eén import met de fouten per regel',
          params: z.object({ id: z.coerce.number().int() }),
          response: { 200: run.extend({ fouten: z.array(fout) }) },
        },
      },
      async (request) => {
        const [found] = await ctx.database.query<z.infer<typeof run>>(
          `select ${RUN_COLUMNS} from import_runs where id = $1`,
          [request.params.id],
        );
        if (!found) {
          throw new DomainFailure({
            code: 'imports.not_found',
            kind: 'not_found',
            message: 'deze import bestaat niet',
          });
        }
        const fouten = await ctx.database.query<z.infer<typeof fout>>(
          'select regel, kolom, melding from import_rejections where import_run_id = $1 order by regel, id',
          [request.params.id],
        );
        return { ...found, fouten };
      },
    );

    app.get(
      '/imports/:id/afgewezen.csv',
      {
        config: { policy: 'imports.read' },
        schema: {
          tags: ['imports'],
          summary: 'De afgewezen regels met kolom fout',
          params: z.object({ id: z.coerce.number().int() }),
        },
      },
      async (request, reply) => {
        const rows = await ctx.database.query<{
          regel: number;
          kolom: string | null;
          melding: string;
          rij: Record<string, string> | null;
        }>(
          'select regel, kolom, melding, rij from import_rejections where import_run_id = $1 order by regel, id',
          [request.params.id],
        );
        const byLine = new Map<
          number,
          {
            regel: number;
            values: Record<string, string>;
            errors: { regel: number; kolom: string | null; code: string; melding: string }[];
          }
        >();
        for (const row of rows) {
          const entry = byLine.get(row.regel) ?? {
            regel: row.regel,
            values: row.rij ?? {},
            errors: [],
          };
          entry.errors.push({ regel: row.regel, kolom: row.kolom, code: '', melding: row.melding });
          byLine.set(row.regel, entry);
        }
        const header = [...new Set([...byLine.values()].flatMap((r) => Object.keys(r.values)))];
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="import-${request.params.id}.afgewezen.csv"`,
          )
          .send(refusedRowsCsv(header, [...byLine.values()], ','));
      },
    );
  };
