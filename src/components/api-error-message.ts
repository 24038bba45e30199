import type { TFunction } from 'i18next';
import { isApiError } from '@/api/client';

/** The translated sentence for any failure: the API's stable code decides the message. */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    return t(`errors:codes.${error.code}`, { defaultValue: t('errors:codes.UNKNOWN') });
  }
  return t('errors:codes.UNKNOWN');
}
