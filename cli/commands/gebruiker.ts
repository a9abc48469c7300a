// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../server/modules/audit/index.ts';
import { ROLES } from '../../server/modules/auth/roles.ts';
import { createUser, listUsers } from '../../server/modules/auth/users.sql.ts';
import { parseOptions } from '../args.ts';
import { printJson, UsageError, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

const USAGE = `gebruik:
  aanwezig gebruiker maak --gebruikersnaam NAAM --naam "Volledige naam" --rol ROL
                          [--gemeente 0546 ...] [--brin 12AB] [--oidc-subject "iss|sub"]
  aanwezig gebruiker lijst [--json]
rollen: ${Object.keys(ROLES).join(', ')}`;

/**
 * `aanwezig gebruiker`: the first functioneel beheerder of a real installation is made here; the
 * generated password is shown once and must be changed by its owner.
 */
export const gebruiker: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'lijst') {
    const { values } = parseOptions(rest, { json: { type: 'boolean' } });
    const users = await withDatabase(io, (db) => listUsers(db));
    const rows = users.map((u) => ({
      gebruikersnaam: u.gebruikersnaam,
      naam: u.naam,
      rol: u.rol,
      actief: u.actief,
      gemeenten: u.gemeenten,
      tweedeFactor: u.totpGeheim !== null,
    }));
    if (values.json) printJson(io, rows);
    else {
      io.out(
        rows
          .map(
            (u) =>
              `${u.gebruikersnaam.padEnd(16)} ${u.rol.padEnd(26)} ${u.naam}${u.actief ? '' : ' (inactief)'}\n`,
          )
          .join(''),
      );
    }
    return 0;
  }
  if (sub !== 'maak') throw new UsageError(USAGE);
  const { values } = parseOptions(rest, {
    gebruikersnaam: { type: 'string' },
    naam: { type: 'string' },
    rol: { type: 'string' },
    gemeente: { type: 'string', multiple: true },
    brin: { type: 'string' },
    'oidc-subject': { type: 'string' },
  });
  if (!values.gebruikersnaam || !values.naam || !values.rol) throw new UsageError(USAGE);
  const wachtwoord = randomBytes(12).toString('base64url');
  await withDatabase(io, async (db) => {
    const id = await createUser(db, {
      gebruikersnaam: values.gebruikersnaam!,
      naam: values.naam!,
      rol: values.rol!,
      wachtwoord,
      gemeenten: values.gemeente,
      brin: values.brin,
      oidcSubject: values['oidc-subject'],
    });
    await recordAudit(db, {
      actor: 'cli',
      actie: 'users.created',
      onderwerpSoort: 'user',
      onderwerpId: String(id),
      doel: 'gebruikersbeheer',
      details: { rol: values.rol },
    });
  });
  io.out(
    `Gebruiker ${values.gebruikersnaam} gemaakt met rol ${values.rol}.\nEenmalig wachtwoord: ${wachtwoord}\n(Laat de gebruiker het na aanmelden wijzigen en een tweede factor instellen.)\n`,
  );
  return 0;
};
