import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paymentMethodQueries } from './queries';
import { addCard, removePaymentMethod, setDefaultPaymentMethod } from './requests';
import type { AddCardRequest, PaymentMethod } from './schemas';

type MethodRef = Pick<PaymentMethod, 'id' | 'version'>;

/**
 * Every change of a card moves the list (the default is first, and setting one default unsets
 * the other): the customer's cards are refreshed whatever the answer.
 */
function useInvalidateMethods(customerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: paymentMethodQueries.all(customerId) });
}

export function useAddCard(customerId: string) {
  const onSettled = useInvalidateMethods(customerId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AddCardRequest; idempotencyKey: string }) =>
      addCard(customerId, body, idempotencyKey),
    onSettled,
  });
}

export function useSetDefaultPaymentMethod(customerId: string) {
  const onSettled = useInvalidateMethods(customerId);
  return useMutation({
    mutationFn: ({ method, idempotencyKey }: { method: MethodRef; idempotencyKey: string }) =>
      setDefaultPaymentMethod(customerId, method, idempotencyKey),
    onSettled,
  });
}

export function useRemovePaymentMethod(customerId: string) {
  const onSettled = useInvalidateMethods(customerId);
  return useMutation({
    mutationFn: ({ method, idempotencyKey }: { method: MethodRef; idempotencyKey: string }) =>
      removePaymentMethod(customerId, method, idempotencyKey),
    onSettled,
  });
}
