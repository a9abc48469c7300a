// SPDX-License-Identifier: EUPL-1.2
/**
 * Authentication and authorization at the HTTP edge. Every /api route declares either
 * `config.policy` (an action of server/modules/auth/policy.ts) or `config.public`; a route with
 * neither makes the app refuse to start. Each request: the session cookie is resolved to an actor,
 * the route's policy is checked, and state-changing requests must carry the session's CSRF token
 * in `x-csrf-token`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainFailure } from '../lib/errors.ts';
import { can, type Action } from '../modules/auth/policy.ts';
import type { Actor } from '../modules/auth/roles.ts';
import { findSession } from '../modules/auth/sessions.sql.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../modules/auth/sign-in.sql.ts';
import type { AppContext } from './context.ts';

export const SESSION_COOKIE = 'aanwezig_sessie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action this route performs; checked against the actor's role. */
    policy?: Action;
    /** Answers without a session (sign-in, health, public forms). */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessie: { token: string; userId: number; csrfToken: string; volledig: boolean } | null;
  }
  interface FastifyInstance {
    /** Every /api route with its policy: the authorization matrix test walks this list. */
    routePolicies: RoutePolicy[];
  }
}

export interface RoutePolicy {
  method: string;
  url: string;
  policy: Action | 'public';
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authSettingsOf = (ctx: AppContext): AuthSettings => ({
  sessie: ctx.auth?.sessie ?? DEFAULT_AUTH_SETTINGS.sessie,
  blokkade: ctx.auth?.blokkade ?? DEFAULT_AUTH_SETTINGS.blokkade,
});

export const nowOf = (ctx: AppContext): Date => ctx.now?.() ?? new Date();

/** Registers the route check; call before any route is added. */
export function requirePolicies(app: FastifyInstance): void {
  app.decorate('routePolicies', [] as RoutePolicy[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const config = (route.config ?? {}) as { policy?: Action; public?: boolean };
    if (route.url.startsWith('/api/docs')) {
      // The browsable API docs (a plugin's routes): for signed-in users, like the document itself.
      route.config = { ...config, policy: 'rules.read' };
    } else if (!config.policy && !config.public) {
      throw new Error(`route ${String(route.method)} ${route.url} heeft geen policy of public`);
    }
    const policy = (route.config as { policy?: Action }).policy ?? 'public';
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routePolicies.push({ method, url: route.url, policy });
    }
  });
}

/** Resolves the session and enforces the policy and CSRF token of every /api request. */
export async function installAuth(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register((await import('@fastify/cookie')).default);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessie', null);
  const settings = authSettingsOf(ctx);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api') || request.is404) return;
    await resolveSession(request, ctx, settings);
    const config = request.routeOptions.config;
    if (config.public) {
      checkCsrf(request, request.routeOptions.url !== '/api/sessie');
      return;
    }
    if (!request.actor) {
      throw new DomainFailure({
        code: 'auth.unauthenticated',
        kind: 'unauthenticated',
        message: 'U bent niet (meer) aangemeld. Meld u aan om verder te gaan.',
      });
    }
    if (!config.policy || !can(request.actor, config.policy)) {
      throw new DomainFailure({
        code: 'auth.forbidden',
        kind: 'forbidden',
        message: 'Uw rol geeft geen toegang tot dit onderdeel.',
      });
    }
    checkCsrf(request, true);
  });
}

async function resolveSession(request: FastifyRequest, ctx: AppContext, settings: AuthSettings) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await findSession(ctx.database, token, nowOf(ctx), settings.sessie);
  if (!session?.actief) return;
  const { userId, csrfToken, volledig, actor } = session;
  request.sessie = { token, userId, csrfToken, volledig };
  if (volledig) request.actor = actor;
}

function checkCsrf(request: FastifyRequest, required: boolean) {
  if (!required || SAFE.has(request.method) || !request.sessie) return;
  if (request.headers['x-csrf-token'] !== request.sessie.csrfToken) {
    throw new DomainFailure({
      code: 'auth.csrf',
      kind: 'forbidden',
      message: 'Deze aanvraag mist de beveiligingscode van uw sessie. Laad de pagina opnieuw.',
    });
  }
}

/** The actor of a route with a policy (the hook has already checked it exists). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route zonder aangemelde gebruiker');
  return request.actor;
}
