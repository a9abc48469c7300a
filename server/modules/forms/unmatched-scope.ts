// SPDX-License-Identifier: EUPL-1.2
/**
 * Who links an unmatched submission by hand. It names no known person, so no gemeente limits who
 * may see it; the need to know does: the intake desk takes every form, the doorstroomcoach the
 * young people's own help requests (domain.md §1). Pure.
 */
import type { Actor } from '../auth/roles.ts';

/** The forms whose unmatched submissions the actor sees; `null` = every form, `[]` = none. */
export function unmatchedFormsFor(actor: Pick<Actor, 'rol'>): readonly string[] | null {
  switch (actor.rol) {
    case 'administratief_medewerker':
    case 'teamleider':
      return null;
    case 'doorstroomcoach':
      return ['hulpvraag'];
    default:
      return [];
  }
}

/** Whether the actor may see (and link) an unmatched submission of `formulier`. */
export const mayLinkForm = (actor: Pick<Actor, 'rol'>, formulier: string): boolean => {
  const forms = unmatchedFormsFor(actor);
  return forms === null || forms.includes(formulier);
};
