import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { createReturn } from './requests';
import type { CreateReturnRequest, Order } from './schemas';

/** One return of one order: the key stays the same for every retry of it. */
export interface ReturnVariables {
  order: Pick<Order, 'id' | 'version'>;
  body: CreateReturnRequest;
  idempotencyKey: string;
}

/** Request a return of an order; the customer's detail prefix (orders, seats) is stale after. */
export function useRequestReturn(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, body, idempotencyKey }: ReturnVariables) =>
      createReturn(customerId, order, body, idempotencyKey),
    // A refusal means the data moved under the user: refresh either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
  });
}
