// SPDX-License-Identifier: EUPL-1.2
/** The one mapping from domain errors to HTTP answers, and the one error body shape. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainFailure, type DomainError, type ErrorKind } from '../lib/errors.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
};

export const statusOf = (error: DomainError): number => STATUS[error.kind];

/** The body of every error answer. `message` is Dutch, `code` is stable English. */
export const errorBody = (error: DomainError, requestId: string) => ({
  error: { code: error.code, message: error.message, details: error.details, requestId },
});

/** Fastify's and its plugins' own refusals, in Dutch. */
const REJECTIONS: Record<number, { code: string; message: string }> = {
  413: {
    code: 'request.too_large',
    message: 'Het bestand of de aanvraag is te groot. Splits het bestand of vraag de beheerder.',
  },
  415: {
    code: 'request.unsupported_media_type',
    message: 'Deze soort inhoud wordt hier niet geaccepteerd.',
  },
  429: {
    code: 'request.rate_limited',
    message: 'Te veel verzoeken achter elkaar. Wacht een minuut en probeer het opnieuw.',
  },
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainFailure) {
      return reply.status(statusOf(error.error)).send(errorBody(error.error, request.id));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        code: String((issue.params as { issue?: { code?: string } }).issue?.code ?? issue.keyword),
        message: issue.message,
      }));
      return reply.status(400).send(
        errorBody(
          {
            code: 'request.invalid',
            kind: 'invalid',
            message: 'De aanvraag is ongeldig.',
            details: { fields },
          },
          request.id,
        ),
      );
    }
    const known = error.statusCode ? REJECTIONS[error.statusCode] : undefined;
    if (known) {
      return reply
        .status(error.statusCode!)
        .send(errorBody({ ...known, kind: 'invalid' }, request.id));
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send(
          errorBody(
            { code: 'request.rejected', kind: 'invalid', message: error.message },
            request.id,
          ),
        );
    }
    // Unexpected: log the request id and error, never the request body (it may hold a BSN).
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'unexpected error');
    return reply.status(500).send(
      errorBody(
        {
          code: 'internal',
          kind: 'conflict',
          message: 'Er ging iets mis. Probeer het later opnieuw.',
        },
        request.id,
      ),
    );
  });
}
