import { z } from 'zod';

/** The stable machine codes of SPEC §6; the UI translates each (errors.json). */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  'PA_NOT_PENDING',
  'LICENSES_ASSIGNED',
  'RETURN_WINDOW_CLOSED',
  'CUSTOMER_DELAYED',
  'QUANTITY_OUT_OF_RANGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes the client itself gives a failure that never reached a well-formed answer. */
export const CLIENT_ERROR_CODES = ['NETWORK', 'INVALID_RESPONSE'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export const FieldIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ErrorEnvelopeSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/** `details` of a VALIDATION error: which fields, and what is wrong with each. */
export const ValidationDetailsSchema = z.object({ fields: z.array(FieldIssueSchema) });

/** Turns zod issues into the field list of a VALIDATION error (shared by mock and client). */
export function fieldIssuesOf(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));
}
