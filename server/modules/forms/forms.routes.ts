// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP for the public forms (no session): the definition, a check without storing, and the
 * confirmed submission (multipart, with documents). Rate-limited per IP address; a filled-in
 * honeypot field gets a normal-looking answer and nothing is stored.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nowOf } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { calendarOn, formSettings, type FormRouteOptions } from './context.sql.ts';
import { currentDefinition, FORMULIEREN } from './definitions/index.ts';
import { formStaffRoutes } from './forms-staff.routes.ts';
import { checkFeedbackToken, submitFeedback } from './feedback.sql.ts';
import { VELDSOORTEN } from './fields.ts';
import { newReference } from './form-token.ts';
import { submitPublicForm, type Bestand } from './submit.sql.ts';
import { MAX_UPLOAD_BYTES } from './upload.ts';
import { checkForm } from './validate.ts';

/** Requests per IP address per minute on the form routes: enough for a person, too few for a bot. */
export const FORM_VERZOEKEN_PER_MINUUT = 20;

const answers = z.record(z.string().max(40), z.string().max(4000));
const definitionSchema = z.object({
  formulier: z.enum(FORMULIEREN),
  versie: z.number(),
  titel: z.string(),
  inleiding: z.string(),
  toegang: z.enum(['publiek', 'school', 'link']),
  aanspreekvorm: z.enum(['u', 'je']),
  behandelaar: z.string(),
  velden: z.array(
    z.object({
      naam: z.string(),
      soort: z.enum(VELDSOORTEN),
      label: z.string(),
      uitleg: z.string().optional(),
      verplicht: z.boolean(),
      opties: z.array(z.object({ waarde: z.string(), label: z.string() })).optional(),
      max: z.number().optional(),
      autocomplete: z.string().optional(),
    }),
  ),
});
const fouten = z.object({ fouten: z.array(z.object({ veld: z.string(), melding: z.string() })) });
const receipt = z.object({ referentie: z.string() });
const PUBLIC = ['verlof', 'vrijstelling', 'hulpvraag'] as const;
const HONEYPOT = 'website';

export const formRoutes =
  (ctx: AppContext, options: FormRouteOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const settings = formSettings(options);
    const rateLimit = { max: FORM_VERZOEKEN_PER_MINUUT, timeWindow: 60_000 };
    const config = { public: true, rateLimit } as const;
    const submitOptions = async () => ({
      today: ctx.today(),
      now: nowOf(ctx),
      calendar: await calendarOn(ctx.database, ctx.today()),
      uploadDir: settings.uploadDir,
      scanner: settings.scanner,
    });
    await app.register(formStaffRoutes(ctx, options));
    await app.register((await import('@fastify/multipart')).default, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 3, fields: 5, fieldSize: 64 * 1024 },
      throwFileSizeLimit: false,
    });

    app.get(
      '/formulieren/:formulier',
      {
        config,
        schema: {
          tags: ['formulieren'],
          summary: 'Openbaar: de vragen van de huidige versie van een formulier',
          params: z.object({ formulier: z.enum(FORMULIEREN) }),
          response: { 200: definitionSchema },
        },
      },
      async (request) => plainDefinition(request.params.formulier),
    );

    app.post(
      '/formulieren/:formulier/controle',
      {
        config,
        schema: {
          tags: ['formulieren'],
          summary: 'Openbaar: controleer de antwoorden (er wordt niets opgeslagen)',
          params: z.object({ formulier: z.enum(FORMULIEREN) }),
          body: z.object({ antwoorden: answers }),
          response: { 200: fouten },
        },
      },
      async (request) => {
        const definition = currentDefinition(request.params.formulier);
        const today = ctx.today();
        const calendar = await calendarOn(ctx.database, today);
        return {
          fouten: checkForm(definition, request.body.antwoorden, { today, calendar }).fouten,
        };
      },
    );

    app.post(
      '/formulieren/:formulier',
      {
        config,
        schema: {
          tags: ['formulieren'],
          summary:
            'Openbaar: verstuur een bevestigd formulier (multipart: antwoorden als JSON, bestanden)',
          consumes: ['multipart/form-data'],
          params: z.object({ formulier: z.enum(PUBLIC) }),
          response: { 201: receipt },
        },
      },
      async (request, reply) => {
        const { antwoorden, bestanden, honeypot } = await readMultipart(request);
        const definition = currentDefinition(request.params.formulier);
        reply.header('cache-control', 'no-store');
        if (honeypot) return reply.status(201).send({ referentie: newReference(definition.code) });
        const result = await submitPublicForm(
          ctx.database,
          request.params.formulier,
          { antwoorden, bestanden },
          await submitOptions(),
        );
        return reply.status(201).send({ referentie: result.referentie });
      },
    );

    const tokenParams = z.object({ token: z.string().max(100) });
    app.get(
      '/formulieren/feedback/link/:token',
      {
        config,
        schema: {
          tags: ['formulieren'],
          summary: 'Openbaar: of een feedbacklink nog werkt',
          params: tokenParams,
          response: { 200: z.object({ geldig: z.literal(true) }) },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        await checkFeedbackToken(ctx.database, request.params.token, nowOf(ctx));
        return { geldig: true as const };
      },
    );

    app.post(
      '/formulieren/feedback/link/:token',
      {
        config,
        schema: {
          tags: ['formulieren'],
          summary: 'Openbaar: feedback na een gesprek versturen (de link werkt één keer)',
          params: tokenParams,
          body: z.object({ antwoorden: answers, [HONEYPOT]: z.string().max(200).optional() }),
          response: { 201: receipt },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        if (request.body[HONEYPOT]) {
          return reply.status(201).send({ referentie: newReference('FB') });
        }
        const result = await submitFeedback(
          ctx.database,
          request.params.token,
          request.body.antwoorden,
          await submitOptions(),
        );
        return reply.status(201).send({ referentie: result.referentie });
      },
    );
  };

/** The parts of the submission: `antwoorden` (JSON), the honeypot, and the documents. */
async function readMultipart(request: FastifyRequest) {
  const invalid = (message: string) =>
    new DomainFailure({ code: 'forms.request_invalid', kind: 'invalid', message });
  if (!request.isMultipart()) throw invalid('Stuur het formulier als multipart/form-data.');
  let antwoorden: Record<string, string> = {};
  let honeypot = false;
  const bestanden: Bestand[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      // A file over the limit arrives truncated: make it one byte too large, so the check refuses it.
      const tooLarge = part.file.truncated;
      bestanden.push({
        veld: part.fieldname,
        bestandsnaam: part.filename,
        content: tooLarge ? new Uint8Array(MAX_UPLOAD_BYTES + 1) : content,
      });
    } else if (part.fieldname === HONEYPOT) {
      honeypot = String(part.value).trim() !== '';
    } else if (part.fieldname === 'antwoorden') {
      antwoorden = parseAnswers(String(part.value), invalid);
    }
  }
  return { antwoorden, bestanden, honeypot };
}

/** The definition as JSON (mutable copies of its read-only lists). */
function plainDefinition(formulier: (typeof FORMULIEREN)[number]) {
  const d = currentDefinition(formulier);
  return { ...d, velden: d.velden.map((v) => ({ ...v, opties: v.opties && [...v.opties] })) };
}

function parseAnswers(text: string, invalid: (m: string) => Error): Record<string, string> {
  const parsed = answers.safeParse(
    (() => {
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    })(),
  );
  if (!parsed.success) throw invalid('De antwoorden zijn niet leesbaar.');
  return parsed.data;
}
