import { queryOptions } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { listPaymentMethods } from './requests';

/** Under the customer's detail key, like every list of the customer's. */
export const paymentMethodQueries = {
  all: (customerId: string) =>
    [...customerQueries.detail(customerId).queryKey, 'payment-methods'] as const,
  list: (customerId: string) =>
    queryOptions({
      queryKey: [...paymentMethodQueries.all(customerId), 'list'] as const,
      queryFn: ({ signal }) => listPaymentMethods(customerId, signal),
    }),
};
