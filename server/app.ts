// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the HTTP app: JSON API under /api with its OpenAPI document at /api/openapi.json and
 * browsable docs at /api/docs, plus the built React app. Tests call `buildApp` and `app.inject`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { nl } from 'zod/locales';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { AppContext } from './http/context.ts';
import { installAuth, requirePolicies } from './http/auth.ts';
import { installErrorHandler } from './http/errors.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { registerRoutes } from './http/routes.ts';

export interface BuildAppOptions {
  logger?: boolean;
  /** Where log lines go (default stdout); tests capture them to check that no BSN is logged. */
  logStream?: NodeJS.WritableStream;
  /** Folder of the built web app (default dist/web); omitted when it does not exist. */
  webDir?: string;
}

// Validation messages in Dutch, for the people who read them.
z.config(nl());

const defaultWebDir = fileURLToPath(new URL('../dist/web', import.meta.url));

export async function buildApp(
  ctx: AppContext,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          ...(options.logStream ? { stream: options.logStream } : {}),
          // Only method, path without query and status. Our URLs never carry a BSN, but a typed
          // or hostile one might: any run of nine digits is masked before it reaches the log.
          serializers: {
            req: (req) => ({
              method: req.method,
              url: req.url
                .split('?')[0]!
                .replaceAll(/\d{9,}/g, (m) => '*'.repeat(m.length))
                // Appointment link tokens are secrets too.
                .replace(/\/afspraak(en\/link)?\/[^/]+/, (m) => m.replace(/[^/]+$/, '…')),
              id: req.id,
            }),
          },
        }
      : false,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  requirePolicies(app);
  await installSecurityHeaders(app);
  await app.register((await import('@fastify/rate-limit')).default, {
    global: true,
    max: ctx.auth?.verzoekenPerMinuut ?? 600,
    timeWindow: 60_000,
    errorResponseBuilder: (request, context) => ({
      statusCode: context.statusCode,
      error: {
        code: 'request.rate_limited',
        message: `Te veel verzoeken. Probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`,
        requestId: request.id,
      },
    }),
  });
  await installAuth(app, ctx);

  await app.register((await import('@fastify/swagger')).default, {
    openapi: {
      info: {
        title: 'Aanwezig API',
        description: 'API van Aanwezig, het open systeem voor leerplicht en het Doorstroompunt.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register((await import('@fastify/swagger-ui')).default, {
    routePrefix: '/api/docs',
    staticCSP: true,
  });
  app.get(
    '/api/openapi.json',
    { schema: { hide: true }, config: { policy: 'rules.read' } },
    async () => app.swagger(),
  );

  await registerRoutes(app, ctx);

  const webDir = options.webDir ?? defaultWebDir;
  if (existsSync(webDir)) {
    await app.register((await import('@fastify/static')).default, {
      root: webDir,
      wildcard: false,
    });
    // Client-side routes: every non-API GET that is not a file answers with the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({
        error: {
          code: 'route.not_found',
          message: 'Deze pagina bestaat niet.',
          requestId: request.id,
        },
      });
    });
  }
  return app;
}
