import { InvoicePrintPage } from '@/features/billing/invoice-print-page';
import { RequireSession } from '@/features/session/require-session';

/**
 * A printable invoice, outside the app's frame (no app bar, navigation or tabs on the paper),
 * behind sign-in like every other page.
 */
export function Component() {
  return (
    <RequireSession>
      <InvoicePrintPage />
    </RequireSession>
  );
}
