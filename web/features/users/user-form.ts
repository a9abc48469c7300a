// SPDX-License-Identifier: EUPL-1.2
/** Checking the new-user form before it is sent, and placing the server's refusals at the right field. */

export type UserField =
  'gebruikersnaam' | 'naam' | 'rol' | 'wachtwoord' | 'email' | 'team' | 'gemeenten' | 'brin';

export type NewUserValues = Record<UserField, string>;

export const EMPTY_USER: NewUserValues = {
  gebruikersnaam: '',
  naam: '',
  rol: '',
  wachtwoord: '',
  email: '',
  team: '',
  gemeenten: '',
  brin: '',
};

export interface FieldError {
  id: UserField;
  message: string;
}

/** The body of POST /api/gebruikers. */
export interface NewUserBody {
  gebruikersnaam: string;
  naam: string;
  rol: string;
  wachtwoord?: string;
  email?: string;
  team?: string;
  gemeenten?: string[];
  brin?: string;
}

/** Same minimum as the server (server/modules/auth/password.ts). */
export const MIN_PASSWORD_LENGTH = 12;

/** `0546, 0575 0626` → `['0546', '0575', '0626']`. */
export const splitGemeenten = (text: string): string[] =>
  text.split(/[\s,;]+/).filter((code) => code !== '');

/** Checks the form the way the server will, so most mistakes are named before sending. */
export function checkNewUser(
  values: NewUserValues,
  rollen: Record<string, string>,
): { errors: FieldError[]; body: NewUserBody } {
  const errors: FieldError[] = [];
  const add = (id: UserField, message: string) => errors.push({ id, message });
  const v = Object.fromEntries(
    Object.entries(values).map(([k, x]) => [k, k === 'wachtwoord' ? x : x.trim()]),
  ) as NewUserValues;
  const brin = v.brin.toUpperCase();
  const gemeenten = splitGemeenten(v.gemeenten);

  if (!v.gebruikersnaam) add('gebruikersnaam', 'Vul een gebruikersnaam in.');
  else if (!/^[a-z0-9._-]{2,64}$/i.test(v.gebruikersnaam)) {
    add(
      'gebruikersnaam',
      'Een gebruikersnaam heeft 2 tot 64 letters, cijfers, punten of streepjes, zonder spaties.',
    );
  }
  if (!v.naam) add('naam', 'Vul de naam van de medewerker in.');
  else if (v.naam.length > 200) add('naam', 'Vul een naam van hoogstens 200 tekens in.');
  if (!Object.hasOwn(rollen, v.rol)) add('rol', 'Kies een rol.');
  if (v.wachtwoord) {
    if (v.wachtwoord.length < MIN_PASSWORD_LENGTH) {
      add('wachtwoord', `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`);
    } else if (
      v.gebruikersnaam &&
      v.wachtwoord.toLowerCase().includes(v.gebruikersnaam.toLowerCase())
    ) {
      add('wachtwoord', 'Het wachtwoord mag de gebruikersnaam niet bevatten.');
    }
  }
  if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) {
    add('email', 'Vul een e-mailadres in zoals naam@gemeente.nl.');
  }
  if (v.team.length > 100) add('team', 'Vul een team van hoogstens 100 tekens in.');
  if (gemeenten.some((code) => !/^\d{4}$/.test(code))) {
    add('gemeenten', 'Een gemeentecode heeft 4 cijfers, bijvoorbeeld 0546.');
  }
  if (v.rol === 'school' && !brin) {
    add('brin', 'Een schoolgebruiker hoort bij een school: vul de BRIN in.');
  } else if (brin && !/^\d{2}[A-Z]{2}$/.test(brin)) {
    add('brin', 'Een BRIN heeft 2 cijfers en 2 letters, bijvoorbeeld 12AB.');
  }

  const body: NewUserBody = { gebruikersnaam: v.gebruikersnaam, naam: v.naam, rol: v.rol };
  if (v.wachtwoord) body.wachtwoord = v.wachtwoord;
  if (v.email) body.email = v.email;
  if (v.team) body.team = v.team;
  if (gemeenten.length) body.gemeenten = gemeenten;
  if (brin) body.brin = brin;
  return { errors, body };
}

/** The server's refusal codes (server/modules/auth/users.sql.ts) and the field each is about. */
const FIELD_OF_CODE: Record<string, UserField> = {
  'users.invalid_name': 'gebruikersnaam',
  'users.name_taken': 'gebruikersnaam',
  'users.unknown_role': 'rol',
  'users.weak_password': 'wachtwoord',
  'users.school_without_brin': 'brin',
};

/** The labels of the form, also used in messages. */
export const LABELS: Record<UserField, string> = {
  gebruikersnaam: 'Gebruikersnaam',
  naam: 'Naam',
  rol: 'Rol',
  wachtwoord: 'Wachtwoord',
  email: 'E-mailadres',
  team: 'Team',
  gemeenten: 'Gemeenten',
  brin: 'BRIN van de school',
};

const FIELDS = new Set<string>(Object.keys(EMPTY_USER));

/** Server messages start in lower case (they are also used mid-sentence); show them as a sentence. */
export const asSentence = (text: string): string => {
  const t = text.trim();
  if (!t) return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * Field errors for a refused request: per field from the schema check (`fields`), or the one
 * field a domain refusal is about. Empty when the refusal is about no field in particular.
 */
export function serverFieldErrors(error: {
  code: string;
  message: string;
  fields: readonly { path: string }[];
}): FieldError[] {
  // The schema check's own texts are English; the field name is what the user needs.
  const fromSchema = [...new Set(error.fields.map((f) => f.path.split('.')[0] ?? ''))]
    .filter((id): id is UserField => FIELDS.has(id))
    .map((id) => ({
      id,
      message: `Dit veld (${LABELS[id]}) klopt niet. Controleer wat u invulde.`,
    }));
  if (fromSchema.length) return fromSchema;
  const field = FIELD_OF_CODE[error.code];
  return field ? [{ id: field, message: asSentence(error.message) }] : [];
}
