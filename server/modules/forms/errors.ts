// SPDX-License-Identifier: EUPL-1.2
/** PURE: the form module's expected failures. */
import { DomainFailure } from '../../lib/errors.ts';
import type { Fout } from './validate.ts';

/** The answers need fixing: one entry per field, shown in the error summary. */
export const formInvalid = (fouten: Fout[]) =>
  new DomainFailure({
    code: 'forms.invalid',
    kind: 'invalid',
    message: 'Controleer de antwoorden.',
    details: { fields: fouten.map((f) => ({ path: f.veld, message: f.melding })) },
  });

export const tokenInvalid = () =>
  new DomainFailure({
    code: 'forms.token_invalid',
    kind: 'not_found',
    message: 'Deze link is niet (meer) geldig. Een link werkt één keer en is 14 dagen geldig.',
  });

export const submissionNotFound = () =>
  new DomainFailure({
    code: 'forms.submission_not_found',
    kind: 'not_found',
    message: 'Deze inzending bestaat niet.',
  });
