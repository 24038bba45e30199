import { screen } from '@testing-library/react';
import { http } from 'msw';
import type { SetupServer } from 'msw/node';
import { licencesAssignedFrom } from '@/domain/authorizations';
import type { Backend } from '@mocks/node';
import { API_BASE, renderApp } from './render';

export const PA_PATH = `${API_BASE}/customers/:customerId/purchase-authorizations/:paId`;

/**
 * A pending PA none of whose seats are in use, of a customer not in `used` (it is added), with
 * the customer assigned to the members the test signs in as.
 */
export function pendingPa(
  backend: Backend,
  used: Set<string>,
  assign: { accountManagerId: string; salesRepId: string },
) {
  return backend.store.write(async (tx) => {
    for (const pa of await tx.purchaseAuthorizations.all()) {
      if (pa.status !== 'PENDING' || used.has(pa.customerId)) continue;
      const subscriptions = await tx.subscriptions.byCustomer(pa.customerId);
      if (licencesAssignedFrom(pa, subscriptions)) continue;
      const customer = await tx.customers.get(pa.customerId);
      if (!customer) continue;
      used.add(pa.customerId);
      await tx.customers.put({ ...customer, ...assign });
      return pa;
    }
    throw new Error('the seed has no pending PA with its seats free');
  });
}

/** Holds the withdraw requests until the returned `release()`, then lets the backend answer. */
export function holdWithdraw(server: SetupServer) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post(`${PA_PATH}/withdraw`, async () => {
      await gate;
      return undefined;
    }),
  );
  return () => release();
}

/** Renders the history tab and waits for the entry whose heading is `name`. */
export async function openHistoryEntry(customerId: string, name: string) {
  const view = renderApp(`/customers/${customerId}/history`);
  const heading = await screen.findByRole('heading', { name }, { timeout: 15000 });
  const card = heading.closest('li');
  if (!card) throw new Error(`${name} is not in the timeline`);
  return { card, queryClient: view.queryClient };
}
