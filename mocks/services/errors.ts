import type { ErrorCode, FieldIssue } from '@/api/common/errors';

/** A refusal a service gives: the handler turns it into the `{ code, message, details }` envelope. */
export class ServiceError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) =>
  new ServiceError(404, 'NOT_FOUND', `${what} was not found`);

export const forbidden = (reason: string, message = 'Your role may not do this') =>
  new ServiceError(403, 'FORBIDDEN', message, { reason });

export const validationError = (fields: FieldIssue[]) =>
  new ServiceError(400, 'VALIDATION', `Invalid ${fields.map((f) => f.path).join(', ')}`, {
    fields,
  });

export const unauthenticated = (message = 'Sign in again') =>
  new ServiceError(401, 'UNAUTHENTICATED', message);
