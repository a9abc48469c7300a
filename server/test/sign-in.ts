// SPDX-License-Identifier: EUPL-1.2
/** Test helper: creates a user with a role, signs in through the API, and injects as that user. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/connect.ts';
import type { Role } from '../modules/auth/roles.ts';
import { createUser } from '../modules/auth/users.sql.ts';

export const TEST_PASSWORD = 'een-lang-testwachtwoord';

export interface SignedInClient {
  gebruikersnaam: string;
  headers: { cookie: string; 'x-csrf-token': string };
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function signedIn(
  app: FastifyInstance,
  database: Database,
  rol: Role,
  extra: { gemeenten?: string[]; brin?: string } = {},
): Promise<SignedInClient> {
  const gebruikersnaam = `${rol.replaceAll('_', '-')}-${++counter}`;
  await createUser(database, {
    gebruikersnaam,
    naam: `Test ${rol}`,
    rol,
    wachtwoord: TEST_PASSWORD,
    ...(rol === 'school' ? { brin: '99XX' } : {}),
    ...extra,
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/sessie',
    payload: { gebruikersnaam, wachtwoord: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`aanmelden mislukt: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'aanwezig_sessie');
  const headers = {
    cookie: `aanwezig_sessie=${cookie!.value}`,
    'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
  };
  return {
    gebruikersnaam,
    headers,
    inject: (options) =>
      app.inject({
        ...options,
        headers: { ...headers, ...(options.headers as Record<string, string> | undefined) },
      }),
  };
}
