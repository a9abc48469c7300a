// SPDX-License-Identifier: EUPL-1.2
/** HTTP: all office work beyond single cases (issue #9), mounted with one line in routes.ts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { timeRoutes } from './time.routes.ts';
import { workRoutes } from './work.routes.ts';

export const officeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(meetingRoutes(ctx));
    await app.register(workRoutes(ctx));
    await app.register(timeRoutes(ctx));
  };
