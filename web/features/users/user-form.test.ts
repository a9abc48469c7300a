// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asSentence,
  checkNewUser,
  EMPTY_USER,
  serverFieldErrors,
  splitGemeenten,
  type NewUserValues,
} from './user-form.ts';

const ROLLEN = { leerplichtconsulent: 'Leerplichtconsulent', school: 'Schoolgebruiker' };
const good: NewUserValues = {
  ...EMPTY_USER,
  gebruikersnaam: 'j.jansen',
  naam: 'Joke Jansen',
  rol: 'leerplichtconsulent',
};
const ids = (values: NewUserValues) => checkNewUser(values, ROLLEN).errors.map((e) => e.id);

describe('checkNewUser', () => {
  it('accepts the minimum and sends only what was filled in', () => {
    const { errors, body } = checkNewUser({ ...good, naam: '  Joke Jansen ' }, ROLLEN);
    expect(errors).toEqual([]);
    expect(body).toEqual({
      gebruikersnaam: 'j.jansen',
      naam: 'Joke Jansen',
      rol: 'leerplichtconsulent',
    });
  });

  it('names every missing required field', () => {
    expect(ids(EMPTY_USER)).toEqual(['gebruikersnaam', 'naam', 'rol']);
  });

  it('refuses a role the server did not offer', () => {
    expect(ids({ ...good, rol: 'systeem' })).toEqual(['rol']);
    expect(ids({ ...good, rol: 'toString' })).toEqual(['rol']);
  });

  it('checks name, password, e-mail and gemeentecodes like the server', () => {
    expect(ids({ ...good, gebruikersnaam: 'jan jansen' })).toEqual(['gebruikersnaam']);
    expect(ids({ ...good, wachtwoord: 'kort' })).toEqual(['wachtwoord']);
    expect(ids({ ...good, wachtwoord: 'mijn-J.Jansen-wachtwoord' })).toEqual(['wachtwoord']);
    expect(ids({ ...good, email: 'joke@' })).toEqual(['email']);
    expect(ids({ ...good, gemeenten: '0546, 575' })).toEqual(['gemeenten']);
  });

  it('requires a BRIN for a school user and writes it in capitals', () => {
    expect(ids({ ...good, rol: 'school' })).toEqual(['brin']);
    expect(ids({ ...good, brin: '1AB' })).toEqual(['brin']);
    const { errors, body } = checkNewUser({ ...good, rol: 'school', brin: ' 12ab ' }, ROLLEN);
    expect(errors).toEqual([]);
    expect(body.brin).toBe('12AB');
  });

  it('sends the optional fields it accepts', () => {
    const { body } = checkNewUser(
      {
        ...good,
        wachtwoord: 'een lange zin als wachtwoord',
        email: 'joke@gemeente.nl',
        team: 'Noord',
        gemeenten: '0546 0575;0626',
      },
      ROLLEN,
    );
    expect(body).toMatchObject({
      wachtwoord: 'een lange zin als wachtwoord',
      email: 'joke@gemeente.nl',
      team: 'Noord',
      gemeenten: ['0546', '0575', '0626'],
    });
  });

  it('accepts every well-formed user name', () => {
    const name = fc.stringMatching(/^[a-z0-9._-]{2,64}$/);
    fc.assert(
      fc.property(name, (n) => {
        expect(ids({ ...good, gebruikersnaam: n })).toEqual([]);
      }),
    );
  });
});

describe('splitGemeenten', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(splitGemeenten(' 0546,0575 ;  0626 ')).toEqual(['0546', '0575', '0626']);
    expect(splitGemeenten('')).toEqual([]);
  });
});

describe('serverFieldErrors', () => {
  it('places a domain refusal at its field, as a sentence', () => {
    expect(
      serverFieldErrors({
        code: 'users.name_taken',
        message: "de gebruikersnaam 'jan' bestaat al",
        fields: [],
      }),
    ).toEqual([{ id: 'gebruikersnaam', message: "De gebruikersnaam 'jan' bestaat al." }]);
  });

  it('names each field the schema check refused once, in Dutch', () => {
    const errors = serverFieldErrors({
      code: 'request.invalid',
      message: 'De aanvraag is ongeldig.',
      fields: [{ path: 'gemeenten.0' }, { path: 'gemeenten.1' }, { path: 'email' }, { path: '' }],
    });
    expect(errors.map((e) => e.id)).toEqual(['gemeenten', 'email']);
    expect(errors[1]?.message).toContain('E-mailadres');
  });

  it('gives nothing for a refusal about no field', () => {
    expect(serverFieldErrors({ code: 'auth.csrf', message: 'x', fields: [] })).toEqual([]);
  });
});

describe('asSentence', () => {
  it('capitalises and ends with a full stop once', () => {
    expect(asSentence('kies een rol')).toBe('Kies een rol.');
    expect(asSentence('Klaar!')).toBe('Klaar!');
  });
});
