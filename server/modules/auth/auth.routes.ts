// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP: sign in (password, then TOTP when set up), single sign-on, who am I, sign out, and setting
 * up one's own second factor.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authSettingsOf, nowOf, requireActor, SESSION_COOKIE } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { OidcClient } from './oidc.ts';
import { permissionsOf } from './policy.ts';
import { ROLES } from './roles.ts';
import { endSession, sessionId } from './sessions.sql.ts';
import { verifyPassword } from './password.ts';
import { completeSecondFactor, signIn, signInTrusted, type SignedIn } from './sign-in.sql.ts';
import { newTotpSecret, totpUri, verifyTotp } from './totp.ts';
import {
  actorOf,
  findUserById,
  findUserBySubject,
  setPassword,
  setTotpSecret,
} from './users.sql.ts';

const me = z.object({
  gebruikersnaam: z.string(),
  naam: z.string(),
  rol: z.string(),
  rolNaam: z.string(),
  gemeenten: z.array(z.string()).nullable(),
  tweedeFactor: z.boolean(),
  rechten: z.array(z.string()),
  csrfToken: z.string(),
});
const signInAnswer = z.object({
  tweedeStapNodig: z.boolean(),
  csrfToken: z.string(),
  gebruiker: me.nullable(),
});

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const settings = authSettingsOf(ctx);
    const oidc = ctx.auth?.oidc ? new OidcClient(ctx.auth.oidc) : undefined;

    const setCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.auth?.cookieSecure ?? 'auto',
        maxAge: settings.sessie.absoluteHours * 3600,
      });

    const answer = async (signedIn: SignedIn) => {
      const user = signedIn.tweedeStapNodig ? null : signedIn.user;
      return {
        tweedeStapNodig: signedIn.tweedeStapNodig,
        csrfToken: signedIn.csrfToken,
        gebruiker: user ? describeUser(user, signedIn.csrfToken) : null,
      };
    };

    app.post(
      '/sessie',
      {
        config: {
          public: true,
          rateLimit: { max: ctx.auth?.aanmeldpogingenPerMinuut ?? 20, timeWindow: 60_000 },
        },
        schema: {
          tags: ['aanmelden'],
          summary: 'Aanmelden met gebruikersnaam en wachtwoord',
          body: z.object({
            gebruikersnaam: z.string().min(1).max(64),
            wachtwoord: z.string().min(1).max(200),
          }),
          response: { 200: signInAnswer },
        },
      },
      async (request, reply) => {
        // A session the browser already had is ended: sign-in always starts a new one.
        if (request.sessie) await endSession(ctx.database, request.sessie.token);
        const signedIn = await signIn(ctx.database, request.body, nowOf(ctx), settings);
        setCookie(reply, signedIn.token);
        return answer(signedIn);
      },
    );

    app.post(
      '/sessie/code',
      {
        config: {
          public: true,
          rateLimit: { max: ctx.auth?.aanmeldpogingenPerMinuut ?? 20, timeWindow: 60_000 },
        },
        schema: {
          tags: ['aanmelden'],
          summary: 'Tweede stap: de code uit de authenticator-app',
          body: z.object({ code: z.string().regex(/^\d{6}$/, 'zes cijfers') }),
          response: { 200: signInAnswer },
        },
      },
      async (request, reply) => {
        const pending = request.sessie;
        if (!pending || pending.volledig) {
          throw new DomainFailure({
            code: 'auth.no_pending_sign_in',
            kind: 'unauthenticated',
            message: 'Meld u eerst aan met uw gebruikersnaam en wachtwoord.',
          });
        }
        const signedIn = await completeSecondFactor(
          ctx.database,
          pending,
          request.body.code,
          nowOf(ctx),
          settings,
        );
        setCookie(reply, signedIn.token);
        return answer(signedIn);
      },
    );

    app.get(
      '/sessie',
      {
        config: { policy: 'session.own' },
        schema: {
          tags: ['aanmelden'],
          summary: 'Wie ben ik: gebruiker, rol en rechten',
          response: { 200: me },
        },
      },
      async (request) => {
        const user = await findUserById(ctx.database, requireActor(request).id!);
        return describeUser(user!, request.sessie!.csrfToken);
      },
    );

    app.delete(
      '/sessie',
      {
        config: { policy: 'session.own' },
        schema: { tags: ['aanmelden'], summary: 'Afmelden' },
      },
      async (request, reply) => {
        await endSession(ctx.database, request.sessie!.token);
        await recordAudit(ctx.database, {
          actor: requireActor(request).gebruikersnaam,
          actie: 'auth.signed_out',
          doel: 'beveiliging',
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.post(
      '/sessie/tweede-factor',
      {
        config: { policy: 'session.own' },
        schema: {
          tags: ['aanmelden'],
          summary: 'Begin met een tweede factor: geheim en otpauth-URI voor de authenticator-app',
          response: { 200: z.object({ geheim: z.string(), uri: z.string() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const geheim = newTotpSecret();
        pendingSecrets.set(actor.id!, geheim);
        return { geheim, uri: totpUri(geheim, actor.gebruikersnaam) };
      },
    );

    app.put(
      '/sessie/tweede-factor',
      {
        config: { policy: 'session.own' },
        schema: {
          tags: ['aanmelden'],
          summary: 'Bevestig de tweede factor met een eerste code',
          body: z.object({ code: z.string().regex(/^\d{6}$/, 'zes cijfers') }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const geheim = pendingSecrets.get(actor.id!);
        if (!geheim || !verifyTotp(geheim, request.body.code, nowOf(ctx).getTime())) {
          throw new DomainFailure({
            code: 'auth.totp_failed',
            kind: 'invalid',
            message: 'De code klopt niet. Controleer de tijd op uw telefoon en probeer opnieuw.',
          });
        }
        pendingSecrets.delete(actor.id!);
        await setTotpSecret(ctx.database, actor.id!, geheim);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'auth.second_factor_enabled',
          doel: 'beveiliging',
        });
        return reply.status(204).send();
      },
    );

    app.put(
      '/sessie/wachtwoord',
      {
        config: {
          policy: 'session.own',
          rateLimit: { max: ctx.auth?.aanmeldpogingenPerMinuut ?? 20, timeWindow: 60_000 },
        },
        schema: {
          tags: ['aanmelden'],
          summary: 'Wijzig het eigen wachtwoord',
          body: z.object({ huidig: z.string().max(200), nieuw: z.string().max(200) }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const user = (await findUserById(ctx.database, actor.id!))!;
        if (
          !user.wachtwoordHash ||
          !(await verifyPassword(request.body.huidig, user.wachtwoordHash))
        ) {
          throw new DomainFailure({
            code: 'auth.wrong_password',
            kind: 'invalid',
            message: 'Het huidige wachtwoord klopt niet.',
          });
        }
        await setPassword(ctx.database, user, request.body.nieuw);
        // Other sessions of this user (another browser, a stolen cookie) end with the old password.
        await ctx.database.query('delete from sessions where user_id = $1 and id <> $2', [
          user.id,
          sessionId(request.sessie!.token),
        ]);
        await recordAudit(ctx.database, {
          actor: actor.gebruikersnaam,
          actie: 'auth.password_changed',
          doel: 'beveiliging',
        });
        return reply.status(204).send();
      },
    );

    app.get(
      '/sessie/methoden',
      {
        config: { public: true },
        schema: {
          tags: ['aanmelden'],
          summary: 'Welke manieren van aanmelden er zijn',
          response: { 200: z.object({ sso: z.boolean() }) },
        },
      },
      async () => ({ sso: oidc !== undefined }),
    );

    app.get(
      '/sessie/sso',
      {
        config: { public: true },
        schema: {
          tags: ['aanmelden'],
          summary: 'Aanmelden via de identity provider van de gemeente',
        },
      },
      async (_request, reply) => {
        if (!oidc) throw ssoOff();
        return reply.redirect((await oidc.startUrl(nowOf(ctx).getTime())).href);
      },
    );

    app.get(
      '/sessie/sso/terug',
      {
        config: { public: true },
        schema: { tags: ['aanmelden'], summary: 'Terugkeer van de identity provider' },
      },
      async (request, reply) => {
        if (!oidc) throw ssoOff();
        const callback = new URL(request.url, ctx.auth!.oidc!.redirectUri);
        let subject: string;
        try {
          subject = await oidc.finish(callback, nowOf(ctx).getTime());
        } catch {
          return reply.redirect('/aanmelden?fout=sso');
        }
        const user = await findUserBySubject(ctx.database, subject);
        if (!user?.actief) {
          await recordAudit(ctx.database, {
            actor: 'onbekend',
            actie: 'auth.sign_in_failed',
            doel: 'beveiliging',
            details: { reden: 'sso-account niet gekoppeld' },
          });
          return reply.redirect('/aanmelden?fout=sso-onbekend');
        }
        const signedIn = await signInTrusted(ctx.database, user, nowOf(ctx), settings);
        setCookie(reply, signedIn.token);
        return reply.redirect('/');
      },
    );
  };

/** Secrets shown but not yet confirmed with a code, per user id (memory; a restart asks again). */
const pendingSecrets = new Map<number, string>();

const ssoOff = () =>
  new DomainFailure({
    code: 'auth.sso_not_configured',
    kind: 'not_found',
    message: 'Aanmelden via de gemeente is niet ingesteld.',
  });

function describeUser(
  user: NonNullable<Awaited<ReturnType<typeof findUserById>>>,
  csrfToken: string,
) {
  return {
    gebruikersnaam: user.gebruikersnaam,
    naam: user.naam,
    rol: user.rol,
    rolNaam: ROLES[user.rol],
    gemeenten: user.gemeenten,
    tweedeFactor: user.totpGeheim !== null,
    rechten: permissionsOf(actorOf(user)),
    csrfToken,
  };
}
