import { useState } from 'react';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { RenewRowAction } from '@/features/renewals/renew-row-action';
import { RenewedNotice } from '@/features/renewals/renewed-notice';
import { RenewalsPage } from '@/features/renewals/renewals-page';

/** The renewals overview with Renew on each row; a renewed row leaves the list, the notice stays. */
export function Component() {
  const [renewed, setRenewed] = useState<SubscriptionOrderResult | null>(null);
  return (
    <>
      <RenewedNotice result={renewed} />
      <RenewalsPage rowAction={(item) => <RenewRowAction item={item} onRenewed={setRenewed} />} />
    </>
  );
}
