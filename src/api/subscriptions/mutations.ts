import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { renewalQueries } from '../renewals/queries';
import { addSeats, renewSubscription, scheduleChange, undoScheduledChange } from './requests';
import type {
  AddSeatsRequest,
  RenewRequest,
  ScheduledChangeRequest,
  Subscription,
} from './schemas';

export interface RenewVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  body: RenewRequest;
  /** The same for every retry of the same intent (same subscription version and body). */
  idempotencyKey: string;
}

/**
 * Renew a subscription (SPEC §5.6). Whatever the answer, the customer's details (anniversary,
 * seats, orders, this subscription) and every renewals list are stale afterwards: a refusal
 * means the data moved under the user.
 */
export function useRenewSubscription(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subscription, body, idempotencyKey }: RenewVariables) =>
      renewSubscription(customerId, subscription, body, idempotencyKey),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
        queryClient.invalidateQueries({ queryKey: renewalQueries.all() }),
      ]),
  });
}

/**
 * After any seat change (whatever the answer: a refusal means the data moved) the customer's
 * detail prefix (header, subscriptions, this subscription, orders and history) and every
 * renewals list (seats, scheduled changes) are stale.
 */
function useInvalidateSeats(customerId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
      queryClient.invalidateQueries({ queryKey: renewalQueries.all() }),
    ]);
}

export interface AddSeatsVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  body: AddSeatsRequest;
  /** The same for every retry of the same intent (same subscription version and body). */
  idempotencyKey: string;
}

/** Add seats now, co-termed and prorated (SPEC §5.7): places a NEW order. */
export function useAddSeats(customerId: string) {
  const invalidate = useInvalidateSeats(customerId);
  return useMutation({
    mutationFn: ({ subscription, body, idempotencyKey }: AddSeatsVariables) =>
      addSeats(customerId, subscription, body, idempotencyKey),
    onSettled: invalidate,
  });
}

export interface ScheduleChangeVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  body: ScheduledChangeRequest;
  idempotencyKey: string;
}

/** Schedule a seat reduction or a cancellation at term end (SPEC §4). */
export function useScheduleChange(customerId: string) {
  const invalidate = useInvalidateSeats(customerId);
  return useMutation({
    mutationFn: ({ subscription, body, idempotencyKey }: ScheduleChangeVariables) =>
      scheduleChange(customerId, subscription, body, idempotencyKey),
    onSettled: invalidate,
  });
}

export interface UndoScheduledChangeVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  idempotencyKey: string;
}

/** Undo the scheduled reduction or cancellation before the term ends (SPEC §4). */
export function useUndoScheduledChange(customerId: string) {
  const invalidate = useInvalidateSeats(customerId);
  return useMutation({
    mutationFn: ({ subscription, idempotencyKey }: UndoScheduledChangeVariables) =>
      undoScheduledChange(customerId, subscription, idempotencyKey),
    onSettled: invalidate,
  });
}
