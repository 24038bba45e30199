import type { TFunction } from 'i18next';
import type { Customer } from '@/api/customers/schemas';
import { formatCalendarDate } from '@/i18n/format';

/** Why a customer has its status, in words (SPEC §5.3 "status with reason"). */
export function statusReasonText(
  t: TFunction,
  language: string,
  reason: Customer['statusReason'],
): string {
  switch (reason.code) {
    case 'PA_ORDER_OVERDUE':
    case 'PA_ORDER_VERY_OVERDUE':
      return t(`customers:statusReason.${reason.code}`, {
        date: formatCalendarDate(reason.paCreationDate, language),
        count: reason.daysWaiting,
      });
    case 'NOTHING_LIVE':
      return t('customers:statusReason.NOTHING_LIVE', {
        date: formatCalendarDate(reason.since, language),
      });
    default:
      return t(`customers:statusReason.${reason.code}`);
  }
}
