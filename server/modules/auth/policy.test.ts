// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, can, permissionsOf, POLICIES } from './policy.ts';
import { authorizationTable } from './policy-doc.ts';
import { CLI_ACTOR, ROLES, SYSTEM_ACTOR, type Actor, type Role } from './roles.ts';

const as = (rol: Role): Actor => ({ id: 1, gebruikersnaam: rol, rol, gemeenten: null, brin: null });

describe('policy', () => {
  it('gives policy staff aggregates only, never a person', () => {
    const beleid = permissionsOf(as('beleidsmedewerker'));
    expect(beleid).toContain('overview.read');
    expect(beleid.filter((a) => a.startsWith('persons.') || a === 'privacy.inzage')).toEqual([]);
  });

  it('gives the privacy officer the audit trail and inzage, but no casework or imports', () => {
    const privacy = as('privacy_officer');
    expect(can(privacy, 'audit.read')).toBe(true);
    expect(can(privacy, 'audit.read_wpg')).toBe(true);
    expect(can(privacy, 'privacy.inzage')).toBe(true);
    expect(can(privacy, 'persons.search')).toBe(false);
    expect(can(privacy, 'imports.run')).toBe(false);
  });

  it('shares nothing personal with a school user beyond its own meldingen', () => {
    // forms.school sends a melding to the office (writes); it reads nothing back.
    expect(permissionsOf(as('school')).sort()).toEqual(
      ['forms.school', 'rules.read', 'school.meldingen.read', 'session.own'].sort(),
    );
  });

  it('lets nobody but the privacy officer read the audit trail', () => {
    for (const rol of Object.keys(ROLES) as Role[]) {
      expect(can(as(rol), 'audit.read')).toBe(rol === 'privacy_officer');
    }
  });

  it('lets jobs do only their jobs, and the CLI act as functioneel beheerder', () => {
    expect(ACTIONS.filter((a) => can(SYSTEM_ACTOR, a)).sort()).toEqual([
      'audit.verify',
      'cases.work',
      'imports.run',
    ]);
    expect(can(CLI_ACTOR, 'imports.run')).toBe(true);
    expect(can(CLI_ACTOR, 'persons.read')).toBe(false);
  });

  it('documents every policy in docs/authorization.md exactly as the code has it', () => {
    const doc = readFileSync(new URL('../../../docs/authorization.md', import.meta.url), 'utf8');
    expect(doc).toContain(authorizationTable());
    expect(Object.keys(POLICIES).length).toBe(ACTIONS.length);
  });
});
