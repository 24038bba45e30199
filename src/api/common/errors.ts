import { z } from 'zod';

/** The stable machine codes of SPEC §6; the UI translates each (errors.json). */
export const ERROR_CODES = [
  // Any request
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  // Purchase authorizations and orders (SPEC §4)
  'PA_NOT_PENDING',
  'LICENSES_ASSIGNED',
  'RETURN_WINDOW_CLOSED',
  'CUSTOMER_DELAYED',
  'CUSTOMER_SUSPENDED',
  'QUANTITY_OUT_OF_RANGE',
  'TOO_MANY_LINES',
  'DUPLICATE_OFFER',
  'OFFER_NOT_AVAILABLE',
  'EDUCATION_DEVICE_LICENCE',
  'LICENSE_TYPE_MISMATCH',
  'LAST_LINE_REQUIRED',
  'RETURN_QUANTITY_EXCEEDED',
  'RETURN_BELOW_ASSIGNED',
  'NOT_RETURNABLE',
  // Renewals and seats
  'RENEWAL_NOT_OPEN',
  'RENEWAL_CLOSED',
  'LATE_RENEWAL_ABOVE_PREVIOUS',
  'LATE_RENEWAL_NEW_PRODUCT',
  'SEATS_BELOW_ASSIGNED',
  'AUTO_RENEW_CUTOFF_PASSED',
  'CONTACT_SALES_GOV',
  'CONTACT_SALES_NON_PROFIT',
  'CONTACT_SALES_ADD_ON',
  'SCHEDULED_CHANGE_EXISTS',
  'NO_SCHEDULED_CHANGE',
  'TERM_ENDED',
  'SUBSCRIPTION_NOT_LIVE',
  // Billing
  'INVOICE_ALREADY_PAID',
  'INVOICE_NOT_PAYABLE',
  'DEFAULT_PAYMENT_METHOD',
  'PAYMENT_METHOD_EXPIRED',
  // Licences
  'NO_SEATS_AVAILABLE',
  'ALREADY_ASSIGNED',
  'ASSIGNMENT_NOT_ACTIVE',
  // Cases
  'CASE_CLOSED',
  // Team
  'LAST_ADMINISTRATOR',
  'MEMBER_INACTIVE',
  'EMAIL_TAKEN',
  'MEMBER_HAS_CUSTOMERS',
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
  const pathOf = (path: readonly PropertyKey[]) =>
    [prefix, ...path.map(String)].filter(Boolean).join('.') || '(root)';
  return error.issues.flatMap((issue): FieldIssue[] =>
    // An unknown field is named itself, not its parent object.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathOf([...issue.path, key]),
          code: issue.code,
          message: issue.message,
        }))
      : [{ path: pathOf(issue.path), code: issue.code, message: issue.message }],
  );
}
