// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the office's policy mode (seed 003 §5), set by the managementteam and shown to everyone. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { listPolicyModes, modeOn, setPolicyMode } from './policy-mode.sql.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

export const policyModeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/beleidsmodus',
      {
        config: { policy: 'session.own' },
        schema: { tags: ['beleid'], summary: 'De beleidsmodus van vandaag en de geschiedenis' },
      },
      async () => {
        const modes = await listPolicyModes(ctx.database);
        return { huidig: modeOn(modes, ctx.today()) ?? null, historie: modes };
      },
    );

    app.post(
      '/beleidsmodus',
      {
        config: { policy: 'policy_mode.change' },
        schema: {
          tags: ['beleid'],
          summary: 'Stel de beleidsmodus vast (kern en ringen, zomeractie), met reden en einddatum',
          body: z.object({
            modus: z.string().trim().min(1).max(50),
            ringen: z.array(z.number().int().min(0).max(3)).min(1),
            zomeractie: z.boolean(),
            reden: z.string().trim().min(3).max(2000),
            vanaf: day,
            tot: day.nullable(),
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (request.body.tot && request.body.tot < request.body.vanaf) {
          throw new DomainFailure({
            code: 'policy_mode.invalid',
            kind: 'invalid',
            message: 'De einddatum ligt voor de begindatum.',
          });
        }
        const newId = await setPolicyMode(ctx.database, {
          ...request.body,
          door: actor.gebruikersnaam,
        });
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'policy_mode.set',
          doel: 'sturing',
          details: { modus: request.body.modus, zomeractie: request.body.zomeractie },
        });
        return reply.status(201).send({ id: newId });
      },
    );
  };
