/** Errors that cross the API boundary: a code the UI can act on and a message a person can read. */
import { z } from 'zod';

export const API_ERROR_CODES = [
  // from the services (shared/domain/errors.ts)
  'not-found',
  'already-exists',
  'not-sqlite',
  'foreign-database',
  'newer-version',
  'invalid-document',
  'invalid-argument',
  'not-found-in-document',
  'ambiguous-reference',
  'no-matrix',
  'io',
  'busy',
  'stale',
  'invalid-text',
  // from the transport
  'invalid-payload',
  'unknown-method',
  'unknown-document',
  'unauthorized',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorSchema = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}
