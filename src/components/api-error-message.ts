import type { TFunction } from 'i18next';
import { isApiError } from '@/api/client';
import type { Decision } from '@/domain/decision';

/** The translated sentence for a stable error code (the API's, or a domain rule's reason). */
export function errorCodeMessage(t: TFunction, code: string): string {
  return t(`errors:codes.${code}`, { defaultValue: t('errors:codes.UNKNOWN') });
}

/** The translated sentence for any failure: the API's stable code decides the message. */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  return isApiError(error) ? errorCodeMessage(t, error.code) : t('errors:codes.UNKNOWN');
}

/** A role refusal (the permission check answers these) rather than a business rule's. */
export function isRoleRefusal(reason: string): boolean {
  return reason === 'ROLE_NOT_ALLOWED' || reason === 'SIGNED_OUT';
}

/**
 * Why an action is disabled, as a sentence: `roleMayNot` (which names the action) for a role
 * refusal, else the rule's reason; null when the action is allowed.
 */
export function refusalText(t: TFunction, decision: Decision, roleMayNot: string): string | null {
  if (decision.ok) return null;
  return isRoleRefusal(decision.reason) ? roleMayNot : errorCodeMessage(t, decision.reason);
}
