import { useCallback, useState } from 'react';
import type { RenewalItem } from '@/api/renewals/schemas';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { RenewRowAction } from '@/features/renewals/renew-row-action';
import { RenewedNotice } from '@/features/renewals/renewed-notice';
import { RenewalsPage } from '@/features/renewals/renewals-page';

/** The renewals overview with Renew on each row; a renewed row leaves the list, the notice stays. */
export function Component() {
  const [renewed, setRenewed] = useState<SubscriptionOrderResult | null>(null);
  // One function for the page's life: a new one would rebuild the grid's columns and every cell.
  const rowAction = useCallback(
    (item: RenewalItem) => <RenewRowAction item={item} onRenewed={setRenewed} />,
    [],
  );
  return (
    <>
      <RenewedNotice result={renewed} />
      <RenewalsPage rowAction={rowAction} />
    </>
  );
}
