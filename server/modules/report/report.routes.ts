// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: the annual report for policy staff (aggregates only) — figures with checks, HTML, PDF,
 * CSV per table, XLSX (all tables), and publishing (freezing) a year, with a named override when a check failed.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nowOf, requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { schoolYearSpan, type SchoolYearSpan } from './indicator.ts';
import { renderCsv } from './render/csv.ts';
import { renderHtml } from './render/html.ts';
import { renderPdf } from './render/pdf.ts';
import { renderXlsx } from './render/xlsx.ts';
import { buildReport } from './report.sql.ts';
import { listSnapshots, publishReport } from './snapshots.sql.ts';

const params = z.object({
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/, 'schooljaar als 2023-2024'),
});
const scope = z.object({
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

const row = z.record(z.string(), z.union([z.string(), z.number()]));
const indicator = z.object({
  id: z.string(),
  titel: z.string(),
  eenheid: z.string(),
  definitie: z.string(),
  peildatum: z.string().optional(),
  dimensies: z.array(z.string()),
  rijen: z.array(row),
  geenGegevens: z.string().optional(),
});
const check = z.object({
  id: z.string(),
  titel: z.string(),
  uitkomst: z.enum(['geslaagd', 'mislukt', 'waarschuwing', 'overgeslagen']),
  toelichting: z.string(),
  details: z.array(z.string()),
});
const publication = z.object({
  schooljaar: z.string(),
  versie: z.number(),
  gepubliceerdDoor: z.string(),
  gepubliceerdOp: z.string(),
  overschrevenDoor: z.string().nullable(),
  overschrijfReden: z.string().nullable(),
});
const report = z.object({
  schooljaar: z.string(),
  gemaakt: z.string(),
  regio: z.string().nullable(),
  gemeente: z.string().optional(),
  gemeenten: z.array(z.object({ code: z.string(), naam: z.string() })),
  drempel: z.number(),
  indicatoren: z.array(indicator),
  controles: z.array(check),
  publicatie: publication.optional(),
  herberekend: z.boolean(),
  afwijkendVanPublicatie: z.array(z.string()),
  vergelijking: z.array(
    z.object({
      schooljaar: z.string(),
      bron: z.enum(['bevroren', 'berekend']),
      gepubliceerdOp: z.string().optional(),
      indicatoren: z.array(indicator),
    }),
  ),
});

function spanOf(schooljaar: string): SchoolYearSpan {
  const span = schoolYearSpan(schooljaar);
  if (!span) {
    throw new DomainFailure(
      domainError(
        'report.invalid_year',
        'invalid',
        `${schooljaar} is geen schooljaar (vorm 2023-2024).`,
      ),
    );
  }
  return span;
}

export const reportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // The page shows one comparison year (the checks need last year); HTML and PDF show two.
    const build = (schooljaar: string, gemeente?: string, jarenTerug = 2) =>
      buildReport(ctx.database, spanOf(schooljaar), nowOf(ctx).toISOString(), {
        jarenTerug,
        ...(gemeente ? { gemeente } : {}),
      });
    const meta = { tags: ['jaarverslag'], params, querystring: scope };

    app.get(
      '/jaarverslagen',
      {
        config: { policy: 'report.read' },
        schema: {
          tags: ['jaarverslag'],
          summary: 'Gepubliceerde jaarverslagen (versies)',
          response: { 200: z.array(publication) },
        },
      },
      async () => listSnapshots(ctx.database),
    );

    app.get(
      '/jaarverslagen/:schooljaar',
      {
        config: { policy: 'report.read' },
        schema: {
          ...meta,
          summary: 'Cijfers, controles en vergelijking van een schooljaar',
          response: { 200: report },
        },
      },
      async (request) => {
        const { instellingen: _settings, ...rest } = await build(
          request.params.schooljaar,
          request.query.gemeente,
          1,
        );
        return rest;
      },
    );

    app.get(
      '/jaarverslagen/:schooljaar/html',
      {
        config: { policy: 'report.read' },
        schema: { ...meta, summary: 'Het jaarverslag als HTML met grafieken' },
      },
      async (request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .send(renderHtml(await build(request.params.schooljaar, request.query.gemeente))),
    );

    app.get(
      '/jaarverslagen/:schooljaar/pdf',
      {
        config: { policy: 'report.read' },
        schema: { ...meta, summary: 'Het jaarverslag als PDF' },
      },
      async (request, reply) =>
        reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="jaarverslag-${request.params.schooljaar}.pdf"`,
          )
          .send(await renderPdf(await build(request.params.schooljaar, request.query.gemeente))),
    );

    app.get(
      '/jaarverslagen/:schooljaar/xlsx',
      {
        config: { policy: 'report.read' },
        schema: {
          ...meta,
          summary: 'Alle tabellen in één Excel-bestand (kleine aantallen verborgen)',
        },
      },
      async (request, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="jaarverslag-${request.params.schooljaar}.xlsx"`,
          )
          .send(await renderXlsx(await build(request.params.schooljaar, request.query.gemeente))),
    );

    app.get(
      '/jaarverslagen/:schooljaar/tabellen/:id',
      {
        config: { policy: 'report.read' },
        schema: {
          tags: ['jaarverslag'],
          summary: 'Eén tabel als CSV (kleine aantallen verborgen)',
          params: params.extend({ id: z.string().regex(/^[A-Z]\d{2}P?$/) }),
          querystring: scope,
        },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="${request.params.id}-${request.params.schooljaar}.csv"`,
          )
          .send(
            renderCsv(
              await build(request.params.schooljaar, request.query.gemeente),
              request.params.id,
            ),
          ),
    );

    app.post(
      '/jaarverslagen/:schooljaar/publicatie',
      {
        config: { policy: 'report.publish' },
        schema: {
          tags: ['jaarverslag'],
          summary:
            'Publiceer (bevries) het jaarverslag; bij een mislukte controle alleen met reden',
          params,
          body: z.object({ overschrijfReden: z.string().trim().min(10).max(2000).optional() }),
          response: { 201: publication },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const full = await buildReport(
          ctx.database,
          spanOf(request.params.schooljaar),
          nowOf(ctx).toISOString(),
          { jarenTerug: 1 },
        );
        const reden = request.body.overschrijfReden;
        const snapshot = await publishReport(ctx.database, {
          schooljaar: full.schooljaar,
          indicatoren: full.indicatoren,
          controles: full.controles,
          door: actor.gebruikersnaam,
          op: nowOf(ctx).toISOString(),
          ...(reden ? { overschrijving: { door: actor.gebruikersnaam, reden } } : {}),
        });
        const { indicatoren: _i, controles: _c, ...summary } = snapshot;
        return reply.status(201).send(summary);
      },
    );
  };
