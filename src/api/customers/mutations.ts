import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inviteCustomer } from './requests';
import { customerQueries } from './queries';
import type { InviteCustomerRequest } from './schemas';

/** Inviting adds a customer: every customer list (and its counts) is stale afterwards. */
export function useInviteCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      body,
      idempotencyKey,
    }: {
      body: InviteCustomerRequest;
      idempotencyKey: string;
    }) => inviteCustomer(body, idempotencyKey),
    onSuccess: (customer) => {
      queryClient.setQueryData(customerQueries.detail(customer.id).queryKey, customer);
      return queryClient.invalidateQueries({ queryKey: customerQueries.lists() });
    },
  });
}
