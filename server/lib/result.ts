// SPDX-License-Identifier: EUPL-1.2
/** The outcome of an operation that can fail in an expected way. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

import type { DomainError } from './errors.ts';
