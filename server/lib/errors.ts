// SPDX-License-Identifier: EUPL-1.2
/** What kind of failure a domain error is; the HTTP edge maps this to a status, the CLI to an exit code. */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated';

/**
 * An expected failure. `code` is stable English (`imports.unknown_column`) for programs;
 * `message` is Dutch for the people using the system. Never put a BSN or a name in either.
 */
export interface DomainError {
  code: string;
  kind: ErrorKind;
  message: string;
  details?: Record<string, unknown>;
}

/** Thrown for expected failures that cross several layers (the edges catch it and present it). */
export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'DomainFailure';
  }
}

export const domainError = (
  code: string,
  kind: ErrorKind,
  message: string,
  details?: Record<string, unknown>,
): DomainError => (details ? { code, kind, message, details } : { code, kind, message });
