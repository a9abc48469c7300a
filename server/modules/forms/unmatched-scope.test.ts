// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { mayLinkForm } from './unmatched-scope.ts';

describe('who links unmatched submissions', () => {
  it('gives the intake desk every form, the coach the help requests, consultants none', () => {
    expect(mayLinkForm({ rol: 'administratief_medewerker' }, 'verlof')).toBe(true);
    expect(mayLinkForm({ rol: 'teamleider' }, 'vrijstelling')).toBe(true);
    expect(mayLinkForm({ rol: 'doorstroomcoach' }, 'hulpvraag')).toBe(true);
    expect(mayLinkForm({ rol: 'doorstroomcoach' }, 'verlof')).toBe(false);
    expect(mayLinkForm({ rol: 'leerplichtconsulent' }, 'hulpvraag')).toBe(false);
    expect(mayLinkForm({ rol: 'beleidsmedewerker' }, 'verlof')).toBe(false);
  });
});
