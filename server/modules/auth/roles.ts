// SPDX-License-Identifier: EUPL-1.2
/**
 * The roles of a regional office (seed 003's RACI, domain.md §1). Stored as these codes in
 * `users.rol`; the labels are what the UI shows.
 */
export const ROLES = {
  leerplichtconsulent: 'Leerplichtconsulent',
  doorstroomcoach: 'Doorstroomcoach (Doorstroompunt)',
  teamleider: 'Teamleider',
  managementteam: 'Managementteam',
  administratief_medewerker: 'Administratief medewerker',
  beleidsmedewerker: 'Beleidsmedewerker',
  privacy_officer: 'Privacy officer',
  functioneel_beheerder: 'Functioneel beheerder',
  school: 'Schoolgebruiker',
} as const;

export type Role = keyof typeof ROLES;

export const isRole = (value: string): value is Role => Object.hasOwn(ROLES, value);

/** Who acts: a signed-in user, the CLI operator, or a scheduled job. */
export interface Actor {
  /** User id; null for the CLI and jobs. */
  id: number | null;
  gebruikersnaam: string;
  rol: Role | 'systeem';
  /** Gemeentecodes the actor may see; null = the whole region. */
  gemeenten: readonly string[] | null;
  /** The school (BRIN) of a school user. */
  brin: string | null;
}

/** The CLI runs on the server as its operator, with the functioneel beheerder's rights. */
export const CLI_ACTOR: Actor = {
  id: null,
  gebruikersnaam: 'cli',
  rol: 'functioneel_beheerder',
  gemeenten: null,
  brin: null,
};

/** Scheduled jobs (signals, retention): only the actions granted to `systeem`. */
export const SYSTEM_ACTOR: Actor = {
  id: null,
  gebruikersnaam: 'systeem',
  rol: 'systeem',
  gemeenten: null,
  brin: null,
};
