import type { TFunction } from 'i18next';
import { listCustomers, type CustomerListParams } from '@/api/customers/requests';
import type { Customer } from '@/api/customers/schemas';
import { countryName } from '@/i18n/format';
import { toCsv } from '@/lib/csv';

const EXPORT_PAGE = 1000;

/** Every customer of the filtered list, page by page: the export is never just the page shown. */
export async function fetchAllCustomers(
  params: CustomerListParams,
  onProgress?: (done: number, total: number) => void,
): Promise<Customer[]> {
  const rows: Customer[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const page = await listCustomers({ ...params, limit: EXPORT_PAGE, offset: rows.length });
    total = page.totalCount;
    rows.push(...page.items);
    onProgress?.(rows.length, total);
    if (page.items.length === 0) break;
  }
  return rows;
}

export function customersCsv(t: TFunction, language: string, customers: Customer[]): string {
  const header = [
    t('customers:columns.companyName'),
    t('customers:columns.vipId'),
    t('customers:columns.status'),
    t('customers:columns.segment'),
    t('customers:columns.country'),
    t('customers:columns.currency'),
    t('customers:columns.anniversary'),
    t('customers:columns.accountManager'),
    t('customers:columns.salesRep'),
    t('customers:columns.contactEmail'),
    t('customers:columns.licences'),
  ];
  const rows = customers.map((c) => [
    c.companyName,
    c.vipId,
    t(`common:customerStatus.${c.status}`),
    t(`common:segments.${c.marketSegment}`),
    countryName(c.countryCode, language),
    c.currencyCode,
    c.cotermDate,
    c.accountManager.name,
    c.salesRep.name,
    c.contact.email,
    c.totalLicences,
  ]);
  return toCsv(header, rows);
}
