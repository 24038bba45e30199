import { useSearchParams } from 'react-router';
import { invoiceListParamsOf } from '@/api/invoices/queries';
import type { InvoiceStatus } from '@/domain/invoices';

/** The view and page live in the URL (STYLE "Lists"); a new view starts on its first page. */
export function useInvoiceView() {
  const [search, setSearch] = useSearchParams();
  const { view, page, params } = invoiceListParamsOf(search);
  const update = (changes: { view?: InvoiceStatus; page?: number }) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (changes.view !== undefined) {
          next.set('view', changes.view);
          next.delete('page');
        }
        if (changes.page !== undefined) {
          if (changes.page > 0) next.set('page', String(changes.page));
          else next.delete('page');
        }
        return next;
      },
      { replace: true },
    );
  return {
    view,
    page,
    params,
    setView: (next: InvoiceStatus) => update({ view: next }),
    setPage: (next: number) => update({ page: next }),
  };
}
