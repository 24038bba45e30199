import type { TFunction } from 'i18next';
import { listRenewals, type RenewalListParams } from '@/api/renewals/requests';
import type { RenewalItem } from '@/api/renewals/schemas';
import { minorToDecimalString } from '@/i18n/format';
import { toCsv } from '@/lib/csv';

const EXPORT_PAGE = 1000;

/** Every renewal of the filtered list, page by page: the export is never just the page shown. */
export async function fetchAllRenewals(
  params: RenewalListParams,
  onProgress?: (done: number, total: number) => void,
): Promise<RenewalItem[]> {
  const rows: RenewalItem[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const page = await listRenewals({ ...params, limit: EXPORT_PAGE, offset: rows.length });
    total = page.totalCount;
    rows.push(...page.items);
    onProgress?.(rows.length, total);
    if (page.items.length === 0) break;
  }
  return rows;
}

/**
 * Dates as ISO calendar dates, amounts as plain decimals with their currency, counts as
 * numbers: what a spreadsheet sorts and sums; the words (stage) in the reader's language.
 */
export function renewalsCsv(t: TFunction, items: RenewalItem[]): string {
  const header = [
    t('renewals:columns.customer'),
    t('renewals:columns.vipId'),
    t('renewals:columns.offer'),
    t('renewals:columns.seats'),
    t('renewals:columns.seatsInUse'),
    t('renewals:columns.anniversary'),
    t('renewals:columns.daysLeft'),
    t('renewals:columns.stage'),
    t('renewals:columns.suggested'),
    t('renewals:columns.volumeLevel'),
    t('renewals:columns.estimatedPrice'),
    t('renewals:columns.currency'),
    t('renewals:columns.autoRenew'),
    t('renewals:columns.autoRenewQuantity'),
    t('renewals:columns.accountManager'),
  ];
  const rows = items.map((item) => [
    item.companyName,
    item.vipId,
    item.offerName,
    item.currentQuantity,
    item.usedQuantity,
    item.renewalDate,
    item.daysLeft,
    t(`renewals:stage.${item.stage}`),
    item.suggestedQuantity,
    item.suggestedVolumeLevel,
    minorToDecimalString(item.estimatedPrice),
    item.estimatedPrice.currency,
    item.autoRenewal.enabled ? t('renewals:autoRenew.yes') : t('renewals:autoRenew.no'),
    item.autoRenewal.enabled ? item.autoRenewal.renewalQuantity : '',
    item.accountManager.name,
  ]);
  return toCsv(header, rows);
}
