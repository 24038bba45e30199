import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const SALES_REP = 'mem-erik';
const used = new Set<string>();

/**
 * A NEW order inside its return window (business date 2026-11-23, window 14 days) with a line
 * of which at least two seats are returnable and at least one is free of users, of a customer
 * no earlier test touched (assigned to the sales rep these tests sign in as). Not `fresh`: any
 * such order with a seat left to return, for a test that only looks.
 */
async function returnableOrder({ fresh = true }: { fresh?: boolean } = {}) {
  return backend.store.write(async (tx) => {
    const customers = await tx.customers.all();
    for (const customer of customers) {
      if (fresh && used.has(customer.id)) continue;
      const subscriptions = await tx.subscriptions.byCustomer(customer.id);
      const orders = await tx.orders.byCustomer(customer.id);
      for (const order of orders) {
        if (order.orderType !== 'NEW') continue;
        if (order.creationDate < '2026-11-09' || order.creationDate > '2026-11-23') continue;
        const lineIndex = order.lineItems.findIndex((line) => {
          const subscription = subscriptions.find((s) => s.id === line.subscriptionId);
          return (
            subscription !== undefined &&
            line.quantity - line.returnedQuantity >= (fresh ? 2 : 1) &&
            subscription.currentQuantity - subscription.usedQuantity >= 1
          );
        });
        if (lineIndex < 0) continue;
        const line = order.lineItems[lineIndex];
        const subscription = subscriptions.find((s) => s.id === line?.subscriptionId);
        if (!line || !subscription) continue;
        used.add(customer.id);
        await tx.customers.put({ ...customer, salesRepId: SALES_REP });
        const max = Math.min(
          line.quantity - line.returnedQuantity,
          subscription.currentQuantity - subscription.usedQuantity,
        );
        return { order, lineIndex, max };
      }
    }
    throw new Error('the seed has no NEW order inside its return window with seats to return');
  });
}

async function openCard(customerId: string, number: string) {
  renderApp(`/customers/${customerId}/history`);
  const heading = await screen.findByRole(
    'heading',
    { name: `Order ${number}` },
    { timeout: 15000 },
  );
  const card = heading.closest('li');
  if (!card) throw new Error('the order is not in the timeline');
  return card;
}

function countReturns() {
  const sent: unknown[] = [];
  server.use(
    http.post(`${API_BASE}/customers/:customerId/orders/:orderId/returns`, async ({ request }) => {
      sent.push(await request.clone().json());
      return undefined;
    }),
  );
  return sent;
}

describe('requesting a return of an order', () => {
  it('returns one seat: the Return entry appears', async () => {
    const { order, lineIndex } = await returnableOrder();
    await signInAs(ADMIN);
    const card = await openCard(order.customerId, order.number);
    const sent = countReturns();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Request return' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Return seats of order ${order.number}`,
    });
    const field = within(dialog).getAllByRole('spinbutton')[lineIndex];
    if (!field) throw new Error('no quantity field for the line');
    await user.clear(field);
    await user.type(field, '1');
    // A credit reads as a positive amount under "Credit:", never "Credit: −€12.00".
    const total = within(dialog).getByText(/^Total credit:/);
    expect(total).toHaveTextContent(/\d/);
    expect(total).not.toHaveTextContent(/[−-]/);
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });
    expect(sent).toEqual([
      { lineItems: [{ lineNumber: order.lineItems[lineIndex]?.lineNumber, quantity: 1 }] },
    ]);
    const created = await backend.store.read(async (tx) =>
      (await tx.orders.byCustomer(order.customerId)).find((o) => o.referenceOrderId === order.id),
    );
    expect(created?.orderType).toBe('RETURN');
    expect(
      await screen.findByRole('heading', { name: `Return ${created?.number ?? ''}` }),
    ).toBeInTheDocument();
  });

  it('refuses an over-limit quantity in the form and sends nothing', async () => {
    const { order, lineIndex, max } = await returnableOrder();
    await signInAs(ADMIN);
    const card = await openCard(order.customerId, order.number);
    const sent = countReturns();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Request return' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getAllByRole('spinbutton')[lineIndex];
    if (!field) throw new Error('no quantity field for the line');
    await user.clear(field);
    await user.type(field, String(max + 1));
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(new RegExp(`^At most ${max}\\b`));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('keeps the input on a refusal and retries with the same key', async () => {
    const { order, lineIndex } = await returnableOrder({ fresh: false });
    await signInAs(ADMIN);
    const card = await openCard(order.customerId, order.number);
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API_BASE}/customers/:customerId/orders/:orderId/returns`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1
          ? HttpResponse.json(
              { code: 'RETURN_BELOW_ASSIGNED', message: 'below assigned' },
              { status: 422 },
            )
          : undefined;
      }),
    );
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Request return' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getAllByRole('spinbutton')[lineIndex];
    if (!field) throw new Error('no quantity field for the line');
    await user.clear(field);
    await user.type(field, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    expect(
      await within(dialog).findByText(
        'This return would leave fewer seats than are assigned to users. Unassign licences first.',
      ),
    ).toBeInTheDocument();
    expect(field).toHaveValue(1);
    await user.click(within(dialog).getByRole('button', { name: 'Request return' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows a sales rep Request return disabled, saying why', async () => {
    const { order } = await returnableOrder({ fresh: false });
    await signInAs(SALES_REP);
    const card = await openCard(order.customerId, order.number);
    const button = within(card).getByRole('button', { name: 'Request return' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Your role may not return orders');
  });
});
