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

/**
 * A business rule said no (SPEC §4): 422 with the rule's stable reason as its code, which the
 * UI translates. The same reason the `canX(...)` rule gave the UI, so they never disagree.
 */
export const ruleRefused = (reason: ErrorCode, details?: Record<string, unknown>) =>
  new ServiceError(422, reason, `Refused by rule ${reason}`, details);

/** Throws the refusal of a `canX(...)` decision, or returns when it allows. */
export function enforce(
  decision: { ok: true } | { ok: false; reason: ErrorCode },
  details?: Record<string, unknown>,
): void {
  if (!decision.ok) throw ruleRefused(decision.reason, details);
}

export const conflict = (currentVersion: number) =>
  new ServiceError(409, 'CONFLICT', 'It was changed meanwhile; reload and try again', {
    currentVersion,
  });

export const preconditionRequired = () =>
  new ServiceError(428, 'PRECONDITION_REQUIRED', 'An update needs If-Match with the version');
