import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { authorizationQueries } from './queries';
import {
  createPurchaseAuthorization,
  editPurchaseAuthorization,
  placePurchaseAuthorizationOrder,
  withdrawPurchaseAuthorization,
} from './requests';
import type {
  CreatePurchaseAuthorizationRequest,
  EditPurchaseAuthorizationRequest,
  PurchaseAuthorization,
  PurchaseAuthorizationPage,
} from './schemas';

/** One intent on one PA: the key stays the same for every retry of it. */
export interface PaActionVariables {
  pa: Pick<PurchaseAuthorization, 'id' | 'version'>;
  idempotencyKey: string;
}

/**
 * Undo (withdraw) a pending PA, optimistically: every cached PA list shows it WITHDRAWN at once
 * and rolls back when the server refuses. Either way the customer's detail prefix (status,
 * subscriptions, PAs, orders) is refreshed afterwards.
 */
export function useWithdrawPurchaseAuthorization(customerId: string) {
  const queryClient = useQueryClient();
  const lists = authorizationQueries.all(customerId);
  return useMutation({
    mutationFn: ({ pa, idempotencyKey }: PaActionVariables) =>
      withdrawPurchaseAuthorization(customerId, pa.id, pa.version, idempotencyKey),
    onMutate: async ({ pa }) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const previous = queryClient.getQueriesData<PurchaseAuthorizationPage>({ queryKey: lists });
      queryClient.setQueriesData<PurchaseAuthorizationPage>({ queryKey: lists }, (page) =>
        page
          ? {
              ...page,
              items: page.items.map((item) =>
                item.id === pa.id ? { ...item, status: 'WITHDRAWN' as const } : item,
              ),
            }
          : page,
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [queryKey, data] of context?.previous ?? []) {
        queryClient.setQueryData(queryKey, data);
      }
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
  });
}

/** Place the NEW order of a pending PA; the customer's detail prefix is stale afterwards. */
export function usePlacePurchaseAuthorizationOrder(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pa, idempotencyKey }: PaActionVariables) =>
      placePurchaseAuthorizationOrder(customerId, pa.id, pa.version, idempotencyKey),
    // A refusal means the data moved under the user: refresh either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
  });
}

/** Create a PA; the customer's detail prefix (status, seats, PAs) is stale afterwards. */
export function useCreatePurchaseAuthorization(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      body,
      idempotencyKey,
    }: {
      body: CreatePurchaseAuthorizationRequest;
      idempotencyKey: string;
    }) => createPurchaseAuthorization(customerId, body, idempotencyKey),
    // A refusal means the data moved under the user: refresh either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
  });
}

/** Edit a pending PA (remove lines, lower quantities); the customer's details are stale after. */
export function useEditPurchaseAuthorization(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      pa,
      body,
      idempotencyKey,
    }: PaActionVariables & { body: EditPurchaseAuthorizationRequest }) =>
      editPurchaseAuthorization(customerId, pa, body, idempotencyKey),
    // A refusal means the data moved under the user: refresh either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
  });
}
