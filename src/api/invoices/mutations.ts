import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoiceQueries } from './queries';
import { payInvoice } from './requests';
import type { Invoice, PayInvoiceRequest } from './schemas';

export interface PayInvoiceVariables {
  invoice: Pick<Invoice, 'id' | 'version'>;
  body: PayInvoiceRequest;
  /** The same for every retry of the same attempt (same invoice version and card). */
  idempotencyKey: string;
}

/**
 * Pay an invoice (SPEC §5.8). The paid invoice is stored at once (the printable page shows it
 * paid); every view and its counts are stale either way: a refusal means the data moved.
 */
export function usePayInvoice(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invoice, body, idempotencyKey }: PayInvoiceVariables) =>
      payInvoice(customerId, invoice, body, idempotencyKey),
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceQueries.detail(customerId, invoice.id).queryKey, invoice);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: invoiceQueries.all(customerId) }),
  });
}
