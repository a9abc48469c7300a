// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: letter templates (versioned), making the letters of a case, and the stored PDFs (one, or
 * a batch for printing). Case routes answer "not found" for a case outside the user's gemeenten.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/roles.ts';
import { createLetter } from './create-letter.sql.ts';
import { isDecisionTemplate } from './decision-templates.ts';
import { joinPdfs } from './letter-pdf.ts';
import { MERGE_FIELDS } from './merge-fields.ts';
import { letterPdfs, listLetters, type StoredPdf } from './letters.sql.ts';
import { findCaseInScope } from '../casework/case-scope.sql.ts';
import { plannedLetters } from './planned.sql.ts';
import { listTemplates, saveTemplate } from './templates.sql.ts';

const TAGS = ['brieven'];
const id = z.object({ id: z.coerce.number().int().positive() });
const template = z.object({
  id: z.number(),
  sleutel: z.string(),
  versie: z.number(),
  titel: z.string(),
  inhoud: z.string(),
  gewijzigdDoor: z.string(),
  gewijzigdOp: z.string(),
});
const templateList = z.object({
  sjablonen: z.array(template.extend({ aantalVersies: z.number() })),
  velden: z.array(z.object({ naam: z.string(), uitleg: z.string() })),
});
const ontvanger = z.object({
  personId: z.number(),
  naam: z.string(),
  rol: z.enum(['ouder', 'jeugdige']),
});
const letter = z.object({
  id: z.number(),
  ontvangers: z.array(ontvanger),
  adresregels: z.array(z.string()),
  redenWeggelaten: z.boolean(),
});
const extraText = z.string().trim().min(1).max(1000).optional();
const createBody = z.object({
  sleutel: z.string().min(1).max(50),
  extra: z
    .strictObject({
      'afspraak.datum': extraText,
      'afspraak.tijd': extraText,
      'afspraak.locatie': extraText,
      reden: extraText,
      'consulent.naam': extraText,
    })
    .optional(),
});

const notFound = () =>
  new DomainFailure({
    code: 'letters.case_not_found',
    kind: 'not_found',
    message: 'Deze zaak bestaat niet.',
  });

export const letterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    /** The case's person when the actor may see it; otherwise "not found" (existence is not confirmed). */
    const caseInScope = async (actor: Actor, caseId: number): Promise<void> => {
      try {
        await findCaseInScope(ctx.database, caseId, actor.gemeenten);
      } catch {
        throw notFound();
      }
    };
    const audit = (actor: Actor, actie: string, caseId: number, details: Record<string, unknown>) =>
      recordAudit(ctx.database, {
        actor: actor.gebruikersnaam,
        actie,
        onderwerpSoort: 'case',
        onderwerpId: String(caseId),
        doel: 'inzien',
        details,
      });
    const templatesAnswer = async (forCases: boolean) => ({
      sjablonen: (await listTemplates(ctx.database)).filter(
        (t) => !forCases || !isDecisionTemplate(t.sleutel),
      ),
      velden: Object.entries(MERGE_FIELDS).map(([naam, uitleg]) => ({ naam, uitleg })),
    });

    app.get(
      '/brieven/sjablonen',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: TAGS,
          summary:
            'De briefsjablonen die bij een zaak te kiezen zijn, in hun huidige versie, met de velden die ze mogen gebruiken (zonder beschikkingen: die maakt de besluitstap)',
          response: { 200: templateList },
        },
      },
      () => templatesAnswer(true),
    );

    app.get(
      '/brieven/sjablonen/beheer',
      {
        config: { policy: 'templates.manage' },
        schema: {
          tags: TAGS,
          summary: 'Alle briefsjablonen voor de beheerder, ook de beschikkingen',
          response: { 200: templateList },
        },
      },
      () => templatesAnswer(false),
    );

    app.put(
      '/brieven/sjablonen/:sleutel',
      {
        config: { policy: 'templates.manage' },
        schema: {
          tags: TAGS,
          summary: 'Sla een nieuwe versie van een briefsjabloon op (oude versies blijven bewaard)',
          params: z.object({ sleutel: z.string().max(50) }),
          body: z.object({ titel: z.string().max(200), inhoud: z.string().max(20_000) }),
          response: { 200: template },
        },
      },
      async (request) =>
        saveTemplate(ctx.database, {
          sleutel: request.params.sleutel,
          ...request.body,
          door: requireActor(request).gebruikersnaam,
        }),
    );

    app.post(
      '/zaken/:id/brieven',
      {
        config: { policy: 'letters.make' },
        schema: {
          tags: TAGS,
          summary:
            'Maak de brieven van een sjabloon voor een zaak: één per adres van de geadresseerden',
          params: id,
          body: createBody,
          response: {
            201: z.object({
              sleutel: z.string(),
              versie: z.number(),
              brieven: z.array(letter),
              overgeslagen: z.array(
                z.object({
                  personId: z.number(),
                  reden: z.enum(['geen_gezag', 'overleden', 'geen_adres']),
                }),
              ),
            }),
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await caseInScope(actor, request.params.id);
        if (isDecisionTemplate(request.body.sleutel)) {
          throw new DomainFailure({
            code: 'letters.decision_template',
            kind: 'invalid',
            message:
              'Een beschikking maakt u bij het besluit (vrijstelling of verlof), niet als losse brief.',
          });
        }
        const result = await createLetter(ctx.database, {
          caseId: request.params.id,
          sleutel: request.body.sleutel,
          extra: request.body.extra,
          door: actor.gebruikersnaam,
          today: ctx.today(),
        });
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/zaken/:id/brieven',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: TAGS,
          summary: 'De verstuurde brieven van een zaak, nieuwste eerst',
          params: id,
          response: {
            200: z.object({
              brieven: z.array(
                letter.extend({
                  caseId: z.number(),
                  sleutel: z.string(),
                  versie: z.number(),
                  titel: z.string(),
                  door: z.string(),
                  gemaaktOp: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await caseInScope(actor, request.params.id);
        const brieven = await listLetters(ctx.database, request.params.id);
        await audit(actor, 'letters.listed', request.params.id, { aantal: brieven.length });
        return { brieven };
      },
    );

    /** The stored PDFs of `ids`, all in the actor's scope, audited per case; else 404. */
    const readPdfs = async (actor: Actor, ids: number[]): Promise<StoredPdf[]> => {
      const found = await letterPdfs(ctx.database, ids);
      // Once per case, by the casework rule for seeing a case.
      const scoped = await Promise.all(
        [...new Set(found.map((l) => l.caseId))].map((caseId) =>
          findCaseInScope(ctx.database, caseId, actor.gemeenten).then(
            () => true,
            () => false,
          ),
        ),
      );
      if (found.length !== ids.length || scoped.includes(false)) {
        throw new DomainFailure({
          code: 'letters.not_found',
          kind: 'not_found',
          message: ids.length === 1 ? 'Deze brief bestaat niet.' : 'Niet alle brieven bestaan.',
        });
      }
      const byCase = new Map<number, number[]>();
      for (const l of found) byCase.set(l.caseId, [...(byCase.get(l.caseId) ?? []), l.id]);
      for (const [caseId, letterIds] of byCase) {
        await audit(actor, 'letters.viewed', caseId, { letterIds });
      }
      return found;
    };
    const sendPdf = (reply: FastifyReply, pdf: Uint8Array, name: string) =>
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));

    app.get(
      '/brieven/:id/pdf',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: TAGS,
          summary: 'De brief als PDF, precies zoals hij is verstuurd',
          params: id,
        },
      },
      async (request, reply) => {
        const [found] = await readPdfs(requireActor(request), [request.params.id]);
        return sendPdf(reply, found!.pdf, `brief-${request.params.id}.pdf`);
      },
    );

    app.get(
      '/brieven/klaargezet',
      {
        config: { policy: 'letters.make' },
        schema: {
          tags: TAGS,
          summary: 'Brieven die klaargezet zijn maar nog niet gemaakt (laatste acht weken)',
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return { brieven: await plannedLetters(ctx.database, ctx.today(), actor.gemeenten) };
      },
    );

    app.post(
      '/brieven/batch',
      {
        config: { policy: 'cases.read' },
        schema: {
          tags: TAGS,
          summary: 'Eén PDF met alle gekozen brieven, om in één keer af te drukken',
          body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }),
        },
      },
      async (request, reply) => {
        const ids = [...new Set(request.body.ids)];
        const found = await readPdfs(requireActor(request), ids);
        return sendPdf(
          reply,
          await joinPdfs(found.map((l) => l.pdf)),
          `brieven-${ctx.today()}.pdf`,
        );
      },
    );
  };
