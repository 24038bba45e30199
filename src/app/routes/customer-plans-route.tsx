import { CreatePaAction } from '@/features/authorizations/create-pa-action';
import { PlansTab } from '@/features/customers/plans-tab';

/** The Plans tab with the actions on a customer's plans. */
export function Component() {
  return (
    <PlansTab
      actions={(customer, subscriptions) => (
        <CreatePaAction customer={customer} subscriptions={subscriptions} />
      )}
    />
  );
}
