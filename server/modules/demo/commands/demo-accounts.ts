// SPDX-License-Identifier: EUPL-1.2
/**
 * One account per role for the demo region, so every role's share can be tried at once. They all
 * use one password (AANWEZIG_DEMO_WACHTWOORD, default below): fine for synthetic data, never for a
 * real office — a real installation starts with `aanwezig gebruiker maak`.
 */
import type { Database } from '../../../db/connect.ts';
import { ROLES, type Role } from '../../auth/roles.ts';
import { createUser, findUserByName } from '../../auth/users.sql.ts';

export const DEFAULT_DEMO_PASSWORD = 'aanwezig-demo';

export const DEMO_ACCOUNTS: Record<Role, { gebruikersnaam: string; naam: string }> = {
  leerplichtconsulent: { gebruikersnaam: 'consulent', naam: 'Fatima de Consulent' },
  doorstroomcoach: { gebruikersnaam: 'coach', naam: 'Daan de Coach' },
  teamleider: { gebruikersnaam: 'teamleider', naam: 'Tineke de Teamleider' },
  managementteam: { gebruikersnaam: 'mt', naam: 'Mohammed van het MT' },
  administratief_medewerker: { gebruikersnaam: 'administratie', naam: 'Anouk van Administratie' },
  beleidsmedewerker: { gebruikersnaam: 'beleid', naam: 'Bram van Beleid' },
  privacy_officer: { gebruikersnaam: 'privacy', naam: 'Priya de Privacy Officer' },
  functioneel_beheerder: { gebruikersnaam: 'beheer', naam: 'Bas de Beheerder' },
  school: { gebruikersnaam: 'school', naam: 'Sanne van School' },
};

/**
 * Creates the missing demo accounts; returns the lines that tell how to sign in. Only for a
 * database that holds the demo region: never call this on an office's real data.
 */
export async function ensureDemoAccounts(database: Database, password: string): Promise<string[]> {
  // The demo school account follows a school with about a hundred meldingen in the last year, so
  // its page has something to show and stays readable.
  const school = await database.query<{ brin: string }>(
    `select s.brin from schools s left join absence_reports a on a.school_id = s.id
       and a.gemeld_op > (select max(gemeld_op) from absence_reports) - 365
      group by s.brin order by abs(count(a.id) - 100), s.brin limit 1`,
  );
  for (const [rol, account] of Object.entries(DEMO_ACCOUNTS) as [
    Role,
    (typeof DEMO_ACCOUNTS)[Role],
  ][]) {
    if (await findUserByName(database, account.gebruikersnaam)) continue;
    if (rol === 'school' && !school[0]) continue;
    await createUser(database, {
      ...account,
      rol,
      wachtwoord: password,
      ...(rol === 'school' ? { brin: school[0]!.brin } : {}),
    });
  }
  return demoSignInLines(password);
}

/** How to sign in to the demo, when its accounts exist (printed at every start of a demo). */
export async function demoAccountsExist(database: Database): Promise<boolean> {
  return (
    (await findUserByName(database, DEMO_ACCOUNTS.functioneel_beheerder.gebruikersnaam)) !==
    undefined
  );
}

export function demoSignInLines(password: string): string[] {
  return [
    `Demo-accounts (wachtwoord: ${password === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : 'AANWEZIG_DEMO_WACHTWOORD'}):`,
    ...Object.entries(DEMO_ACCOUNTS).map(
      ([rol, a]) => `  ${a.gebruikersnaam.padEnd(14)} ${ROLES[rol as Role]}`,
    ),
  ];
}
