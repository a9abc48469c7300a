// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: one exchange list for the office's DUO connector (anchors-mission §d1): what still has to
 * go to DUO, and "these ids were delivered". Aanwezig keeps the list and the marks; sending (M2M
 * with a PKIoverheid certificate) is the connector's. Used for the melding statuses and for the
 * exemption register records, which differ only in their rows.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queryable } from '../../db/connect.ts';
import { nowOf, requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';

export interface DuoExchange<Row> {
  /** The list's path; `<path>/verzonden` marks rows as delivered. */
  path: string;
  tags: string[];
  /** The key of the list in the answer, e.g. `terugmeldingen`. */
  key: string;
  summaries: { list: string; sent: string };
  /** Audit: the purpose and the actions for listing and marking. */
  doel: string;
  actie: { listed: string; sent: string };
  pending(db: Queryable): Promise<Row[]>;
  markSent(db: Queryable, ids: number[], at: string): Promise<number>;
}

/** The two routes of an exchange list, both under the `duo.exchange` policy and audited. */
export const duoExchangeRoutes =
  <Row>(ctx: AppContext, x: DuoExchange<Row>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      x.path,
      { config: { policy: 'duo.exchange' }, schema: { tags: x.tags, summary: x.summaries.list } },
      async (request) => {
        const rows = await x.pending(ctx.database);
        await recordAudit(ctx.database, {
          actor: requireActor(request).gebruikersnaam,
          actie: x.actie.listed,
          doel: x.doel,
          details: { aantal: rows.length },
        });
        return { [x.key]: rows };
      },
    );

    app.post(
      `${x.path}/verzonden`,
      {
        config: { policy: 'duo.exchange' },
        schema: {
          tags: x.tags,
          summary: x.summaries.sent,
          body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(5000) }),
          response: { 200: z.object({ gemarkeerd: z.number() }) },
        },
      },
      async (request) => {
        const gemarkeerd = await x.markSent(
          ctx.database,
          request.body.ids,
          nowOf(ctx).toISOString(),
        );
        await recordAudit(ctx.database, {
          actor: requireActor(request).gebruikersnaam,
          actie: x.actie.sent,
          doel: x.doel,
          details: { aantal: gemarkeerd },
        });
        return { gemarkeerd };
      },
    );
  };
