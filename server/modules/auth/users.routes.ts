// SPDX-License-Identifier: EUPL-1.2
/** HTTP: the functioneel beheerder manages accounts (no password hashes or secrets leave the server). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { ROLES } from './roles.ts';
import { changeUser, createUser, findUserById, listUsers, setPassword } from './users.sql.ts';

const gemeentecode = z.string().regex(/^\d{4}$/, 'gemeentecode van 4 cijfers');
const user = z.object({
  id: z.number(),
  gebruikersnaam: z.string(),
  naam: z.string(),
  rol: z.string(),
  rolNaam: z.string(),
  email: z.string().nullable(),
  team: z.string().nullable(),
  actief: z.boolean(),
  gemeenten: z.array(z.string()).nullable(),
  brin: z.string().nullable(),
  tweedeFactor: z.boolean(),
  geblokkeerdTot: z.string().nullable(),
});
const roleCode = z.enum(Object.keys(ROLES) as [keyof typeof ROLES, ...(keyof typeof ROLES)[]]);
const id = z.object({ id: z.coerce.number().int().positive() });

export const userRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const audit = (
      actor: string,
      actie: string,
      userId: number,
      details?: Record<string, unknown>,
    ) =>
      recordAudit(ctx.database, {
        actor,
        actie,
        onderwerpSoort: 'user',
        onderwerpId: String(userId),
        doel: 'gebruikersbeheer',
        details,
      });

    app.get(
      '/gebruikers',
      {
        config: { policy: 'users.manage' },
        schema: {
          tags: ['gebruikers'],
          summary: 'Alle gebruikers met hun rol',
          response: {
            200: z.object({ gebruikers: z.array(user), rollen: z.record(z.string(), z.string()) }),
          },
        },
      },
      async () => ({
        gebruikers: (await listUsers(ctx.database)).map((u) => ({
          id: u.id,
          gebruikersnaam: u.gebruikersnaam,
          naam: u.naam,
          rol: u.rol,
          rolNaam: ROLES[u.rol] ?? u.rol,
          email: u.email,
          team: u.team,
          actief: u.actief,
          gemeenten: u.gemeenten,
          brin: u.brin,
          tweedeFactor: u.totpGeheim !== null,
          geblokkeerdTot: u.geblokkeerdTot,
        })),
        rollen: { ...ROLES },
      }),
    );

    app.post(
      '/gebruikers',
      {
        config: { policy: 'users.manage' },
        schema: {
          tags: ['gebruikers'],
          summary: 'Maak een gebruiker',
          body: z.object({
            gebruikersnaam: z.string(),
            naam: z.string().trim().min(1).max(200),
            rol: roleCode,
            wachtwoord: z.string().max(200).optional(),
            email: z.email().optional(),
            team: z.string().max(100).optional(),
            gemeenten: z.array(gemeentecode).optional(),
            brin: z
              .string()
              .regex(/^\d{2}[A-Z]{2}$/, 'BRIN als 12AB')
              .optional(),
            oidcSubject: z.string().max(500).optional(),
          }),
          response: { 201: z.object({ id: z.number() }) },
        },
      },
      async (request, reply) => {
        const newId = await createUser(ctx.database, request.body);
        await audit(requireActor(request).gebruikersnaam, 'users.created', newId, {
          rol: request.body.rol,
        });
        return reply.status(201).send({ id: newId });
      },
    );

    app.patch(
      '/gebruikers/:id',
      {
        config: { policy: 'users.manage' },
        schema: {
          tags: ['gebruikers'],
          summary: 'Wijzig rol, status, gemeenten; hef een blokkade op; zet een nieuw wachtwoord',
          params: id,
          body: z.object({
            rol: roleCode.optional(),
            actief: z.boolean().optional(),
            gemeenten: z.array(gemeentecode).nullable().optional(),
            team: z.string().max(100).nullable().optional(),
            deblokkeren: z.boolean().optional(),
            totpVerwijderen: z.boolean().optional(),
            wachtwoord: z.string().max(200).optional(),
          }),
        },
      },
      async (request, reply) => {
        const target = await findUserById(ctx.database, request.params.id);
        if (!target) {
          throw new DomainFailure({
            code: 'users.not_found',
            kind: 'not_found',
            message: 'deze gebruiker bestaat niet',
          });
        }
        const actor = requireActor(request);
        if (
          target.id === actor.id &&
          (request.body.actief === false || request.body.rol !== undefined)
        ) {
          // Otherwise the last functioneel beheerder could lock everyone out of user management.
          throw new DomainFailure({
            code: 'users.self_change',
            kind: 'conflict',
            message:
              'U kunt uw eigen account niet deactiveren of uw eigen rol wijzigen; vraag een andere beheerder.',
          });
        }
        const { wachtwoord, ...change } = request.body;
        await ctx.database.transaction(async (tx) => {
          await changeUser(tx, target.id, change);
          if (wachtwoord !== undefined) await setPassword(tx, target, wachtwoord);
        });
        await audit(actor.gebruikersnaam, 'users.changed', target.id, {
          velden: Object.keys(request.body),
        });
        return reply.status(204).send();
      },
    );
  };
