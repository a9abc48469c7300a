// SPDX-License-Identifier: EUPL-1.2
/** An account as GET /api/gebruikers shows it (no password hash or second-factor secret). */
export interface User {
  id: number;
  gebruikersnaam: string;
  naam: string;
  rol: string;
  rolNaam: string;
  email: string | null;
  team: string | null;
  actief: boolean;
  gemeenten: string[] | null;
  brin: string | null;
  tweedeFactor: boolean;
  geblokkeerdTot: string | null;
}

export interface UserList {
  gebruikers: User[];
  /** Role code → label, in the order the server lists them. */
  rollen: Record<string, string>;
}

/** The body of PATCH /api/gebruikers/:id that this page uses. */
export interface UserChange {
  rol?: string;
  actief?: boolean;
  deblokkeren?: true;
  totpVerwijderen?: true;
}

/** Whether the account is locked out after too many failed sign-ins at `now`. */
export const isLockedOut = (user: User, now: Date): boolean =>
  user.geblokkeerdTot !== null && new Date(user.geblokkeerdTot).getTime() > now.getTime();
