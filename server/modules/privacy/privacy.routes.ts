// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: the privacy officer answers an inzageverzoek (art. 15 AVG). The person is named by BSN in
 * a POST body, so the BSN never appears in a URL or an access log.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidBsn } from '../../../shared/bsn.ts';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { collectInzage } from './inzage.sql.ts';
import { renderInzagePdf } from './inzage-pdf.ts';

const body = z.object({
  bsn: z.string().refine(isValidBsn, 'bsn voldoet niet aan de elfproef'),
  formaat: z.enum(['json', 'pdf']).default('json'),
});

export const privacyRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/inzage',
      {
        config: { policy: 'privacy.inzage' },
        schema: {
          tags: ['privacy'],
          summary: 'Alles wat over één persoon is opgeslagen (inzageverzoek), als JSON of PDF',
          body,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const found = await ctx.database.query<{ id: number }>(
          'select id from persons where bsn = $1',
          [request.body.bsn],
        );
        if (!found[0]) {
          throw new DomainFailure({
            code: 'privacy.person_not_found',
            kind: 'not_found',
            message: 'Over deze persoon is niets opgeslagen.',
          });
        }
        const inzage = await collectInzage(ctx.database, found[0].id, ctx.today(), {
          actor: actor.gebruikersnaam,
          doel: 'inzageverzoek art. 15 AVG',
        });
        if (request.body.formaat === 'json') return inzage;
        const pdf = await renderInzagePdf(inzage);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="inzage-${ctx.today()}.pdf"`)
          .send(pdf);
      },
    );
  };
