import { CreatePaAction } from '@/features/authorizations/create-pa-action';
import { PlansTab } from '@/features/customers/plans-tab';
import { SeatActions } from '@/features/subscriptions/seat-actions';
import { UndoScheduledChange } from '@/features/subscriptions/undo-scheduled-change';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { customerQueries } from '@/api/customers/queries';

/** The Plans tab with the actions on a customer's plans and on each subscription's seats. */
export function Component() {
  const { customerId = '' } = useParams();
  // Already loaded by the tab: every row prices seats against all of the customer's plans.
  const subscriptions = useQuery(customerQueries.subscriptions(customerId));
  const all = subscriptions.data?.items ?? [];
  return (
    <PlansTab
      actions={(customer, items) => <CreatePaAction customer={customer} subscriptions={items} />}
      rowActions={(customer, subscription) => (
        <SeatActions customer={customer} subscription={subscription} subscriptions={all} />
      )}
      scheduledActions={(customer, subscription) => (
        <UndoScheduledChange customerId={customer.id} subscription={subscription} />
      )}
    />
  );
}
