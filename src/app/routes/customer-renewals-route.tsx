import { CustomerRenewalsTab } from '@/features/customer-renewals/customer-renewals-tab';
import { RenewAction } from '@/features/renewals/renew-action';

/** The customer's Renewals tab, with Renew on each live subscription. */
export function Component() {
  return (
    <CustomerRenewalsTab
      subscriptionAction={(subscription) => (
        <RenewAction customerId={subscription.customerId} subscriptionId={subscription.id} />
      )}
    />
  );
}
