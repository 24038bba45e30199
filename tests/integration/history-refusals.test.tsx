import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { customerQueries } from '@/api/customers/queries';
import { holdWithdraw, openHistoryEntry, pendingPa } from '../utils/history';
import { signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const MANAGER = 'mem-jonas';
const SALES_REP = 'mem-erik';
/** Customers an earlier test of this file touched: every test takes a customer of its own. */
const used = new Set<string>();

/**
 * A NEW order inside its return window (business date 2026-11-23, window 14 days) with a line
 * of which at least one seat is returnable and free of users, of a customer no earlier test
 * touched.
 */
async function returnableOrder() {
  return backend.store.write(async (tx) => {
    const customers = await tx.customers.all();
    for (const customer of customers) {
      if (used.has(customer.id)) continue;
      const subscriptions = await tx.subscriptions.byCustomer(customer.id);
      const orders = await tx.orders.byCustomer(customer.id);
      for (const order of orders) {
        if (order.orderType !== 'NEW') continue;
        if (order.creationDate < '2026-11-09' || order.creationDate > '2026-11-23') continue;
        const lineIndex = order.lineItems.findIndex((line) => {
          const subscription = subscriptions.find((s) => s.id === line.subscriptionId);
          return (
            subscription !== undefined &&
            line.quantity - line.returnedQuantity >= 1 &&
            subscription.currentQuantity - subscription.usedQuantity >= 1
          );
        });
        const line = order.lineItems[lineIndex];
        if (!line) continue;
        used.add(customer.id);
        return { order, lineIndex, line };
      }
    }
    throw new Error('the seed has no NEW order inside its return window with seats to return');
  });
}

async function storedPa(paId: string) {
  return backend.store.read((tx) => tx.purchaseAuthorizations.get(paId));
}

async function ordersOf(customerId: string) {
  return backend.store.read((tx) => tx.orders.byCustomer(customerId));
}

/** The ids of the RETURN orders of an order (the seed has earlier returns of some orders). */
async function returnsOf(order: { id: string; customerId: string }) {
  return (await ordersOf(order.customerId))
    .filter((o) => o.orderType === 'RETURN' && o.referenceOrderId === order.id)
    .map((o) => o.id);
}

const CONFLICT_TEXT = 'Someone changed this meanwhile. Reload to see the latest version.';

describe('refusals on a pending PA', () => {
  it('refuses to place the order of a PA changed meanwhile (CONFLICT): no order', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Place the order of ${pa.number}?`,
    });
    // Meanwhile another tab undoes it: WITHDRAWN, and a new version, as a real change gives.
    await backend.store.write(async (tx) => {
      const current = await tx.purchaseAuthorizations.get(pa.id);
      if (!current) throw new Error('the PA is gone');
      await tx.purchaseAuthorizations.put({
        ...current,
        status: 'WITHDRAWN',
        version: current.version + 1,
      });
    });
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent(CONFLICT_TEXT);
    expect(screen.getByRole('dialog', { name: `Place the order of ${pa.number}?` })).toBe(dialog);
    expect((await ordersOf(pa.customerId)).some((o) => o.purchaseAuthorizationId === pa.id)).toBe(
      false,
    );
    const stored = await storedPa(pa.id);
    expect(stored?.status).toBe('WITHDRAWN');
    expect(stored?.orderId ?? null).toBeNull();
  });

  it('refuses to place the order of a PA no longer pending (PA_NOT_PENDING): no order', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Place the order of ${pa.number}?`,
    });
    // Meanwhile its status changes under the same version: the rule answers, not the version.
    await backend.store.write(async (tx) => {
      const current = await tx.purchaseAuthorizations.get(pa.id);
      if (!current) throw new Error('the PA is gone');
      await tx.purchaseAuthorizations.put({ ...current, status: 'WITHDRAWN' });
    });
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent('This purchase authorization is no longer pending.');
    expect(screen.getByRole('dialog', { name: `Place the order of ${pa.number}?` })).toBe(dialog);
    expect((await ordersOf(pa.customerId)).some((o) => o.purchaseAuthorizationId === pa.id)).toBe(
      false,
    );
    expect((await storedPa(pa.id))?.status).toBe('WITHDRAWN');
  });

  it('rolls an undo back to Pending when the PA was changed meanwhile (CONFLICT)', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const release = holdWithdraw(server);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Undo purchase authorization ${pa.number}?`,
    });
    // Meanwhile another tab edits it: still pending, a new version.
    await backend.store.write(async (tx) => {
      const current = await tx.purchaseAuthorizations.get(pa.id);
      if (!current) throw new Error('the PA is gone');
      await tx.purchaseAuthorizations.put({
        ...current,
        poNumber: 'PO-OTHER-TAB',
        version: current.version + 1,
      });
    });
    await user.click(within(dialog).getByRole('button', { name: /^Withdraw PA/ }));
    // Optimistic first...
    await waitFor(() => expect(within(card).getByText('Withdrawn')).toBeInTheDocument());
    release();
    // ...then the refusal rolls it back and says why, in the entry.
    const alert = await within(card).findByRole('alert', {}, { timeout: 15000 });
    expect(
      within(alert).getByText('The purchase authorization was not undone'),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(CONFLICT_TEXT);
    expect(within(card).getByText('Pending')).toBeInTheDocument();
    expect(within(card).queryByText('Withdrawn')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = await storedPa(pa.id);
    expect(stored?.status).toBe('PENDING');
    expect(stored?.version).toBe(pa.version + 1);
    // The refreshed PA is still pending and may be undone again.
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Undo' })).toBeEnabled());
  });
});

describe('refusals of a return', () => {
  it('refuses a return once the window has closed meanwhile, keeping the input', async () => {
    const { order, lineIndex } = await returnableOrder();
    await signInAs(ADMIN);
    const { card } = await openHistoryEntry(order.customerId, `Order ${order.number}`);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Request return' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Return seats of order ${order.number}`,
    });
    const field = within(dialog).getAllByRole('spinbutton')[lineIndex];
    if (!field) throw new Error('no quantity field for the line');
    await user.clear(field);
    await user.type(field, '1');
    // Meanwhile the order turns out older: 2026-11-08 + 14 days ends on 2026-11-22, so the
    // business date 2026-11-23 is day 15. Same version: the window rule answers.
    await backend.store.write(async (tx) => {
      const current = await tx.orders.get(order.id);
      if (!current) throw new Error('the order is gone');
      await tx.orders.put({ ...current, creationDate: '2026-11-08' });
    });
    const returnsBefore = await returnsOf(order);
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent('The return window for this order has closed.');
    expect(field).toHaveValue(1);
    expect(screen.getByRole('dialog', { name: `Return seats of order ${order.number}` })).toBe(
      dialog,
    );
    expect(await returnsOf(order)).toEqual(returnsBefore);
    const stored = (await ordersOf(order.customerId)).find((o) => o.id === order.id);
    expect(stored?.lineItems.map((l) => l.returnedQuantity)).toEqual(
      order.lineItems.map((l) => l.returnedQuantity),
    );
    expect(stored?.version).toBe(order.version);
  });

  it('refuses a return that would leave fewer seats than users hold, keeping the input', async () => {
    const { order, lineIndex, line } = await returnableOrder();
    await signInAs(ADMIN);
    const { card, queryClient } = await openHistoryEntry(order.customerId, `Order ${order.number}`);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Request return' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Return seats of order ${order.number}`,
    });
    // The dialog's limits come from the customer's seats: let them load before they change.
    const seatsKey = customerQueries.subscriptions(order.customerId).queryKey;
    await waitFor(
      () => {
        const state = queryClient.getQueryState(seatsKey);
        expect(state?.status).toBe('success');
        expect(state?.fetchStatus).toBe('idle');
      },
      { timeout: 15000 },
    );
    const field = within(dialog).getAllByRole('spinbutton')[lineIndex];
    if (!field) throw new Error('no quantity field for the line');
    await user.clear(field);
    await user.type(field, '1');
    // Meanwhile every seat of the line's subscription is given to a user.
    const before = await backend.store.write(async (tx) => {
      const subscription = await tx.subscriptions.get(line.subscriptionId);
      if (!subscription) throw new Error('the line has no subscription');
      await tx.subscriptions.put({ ...subscription, usedQuantity: subscription.currentQuantity });
      return subscription;
    });
    const returnsBefore = await returnsOf(order);
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent(
      'This return would leave fewer seats than are assigned to users. Unassign licences first.',
    );
    expect(field).toHaveValue(1);
    expect(screen.getByRole('dialog', { name: `Return seats of order ${order.number}` })).toBe(
      dialog,
    );
    expect(await returnsOf(order)).toEqual(returnsBefore);
    const stored = (await ordersOf(order.customerId)).find((o) => o.id === order.id);
    expect(stored?.lineItems[lineIndex]?.returnedQuantity).toBe(line.returnedQuantity);
    const after = await backend.store.read((tx) => tx.subscriptions.get(line.subscriptionId));
    expect(after?.currentQuantity).toBe(before.currentQuantity);
  });
});
