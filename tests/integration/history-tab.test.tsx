import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PurchaseAuthorizationPageSchema } from '@/api/authorizations/schemas';
import { ClockSchema } from '@/api/clock/schemas';
import { OrderPageSchema } from '@/api/orders/schemas';
import { daysUntilDeadline } from '@/domain/authorizations';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The seed's ninth customer (profile PA_NEAR_DEADLINE) has a PA 27–30 days old, still pending.
const CUSTOMER = 'cus-000009';
const ORDER_TITLES = { NEW: 'Order', RENEWAL: 'Renewal order', RETURN: 'Return' } as const;

async function get(path: string, token: string) {
  const response = await fetch(`${API_BASE}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await response.json()) as unknown;
}

/** What the timeline should show, straight from the API. */
async function expectedTimeline(token: string) {
  const pas = PurchaseAuthorizationPageSchema.parse(
    await get(`/customers/${CUSTOMER}/purchase-authorizations?limit=100`, token),
  ).items;
  const orders = OrderPageSchema.parse(
    await get(`/customers/${CUSTOMER}/orders?limit=100`, token),
  ).items;
  const { businessDate } = ClockSchema.parse(await get('/clock', token));
  const entries = [
    ...pas.map((pa) => ({ ...pa, title: `Purchase authorization ${pa.number}` })),
    ...orders.map((o) => ({ ...o, title: `${ORDER_TITLES[o.orderType]} ${o.number}` })),
  ].sort(
    // Newest first: by day, then by the instant within it, then by number.
    (a, b) =>
      b.creationDate.localeCompare(a.creationDate) ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.number.localeCompare(a.number),
  );
  return { pas, orders, businessDate, titles: entries.map((entry) => entry.title) };
}

function shownTitles() {
  const list = screen.getByRole('list', { name: 'Order & authorization history' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

describe('order & authorization history tab', () => {
  it('shows PAs and orders newest first, the pending deadline, and filters by type in the URL', async () => {
    const session = await signInAs('mem-alva');
    const expected = await expectedTimeline(session.token);
    const pending = expected.pas.find((pa) => pa.status === 'PENDING');
    expect(pending, 'the seed gives this customer a pending PA').toBeDefined();
    expect(expected.orders.length).toBeGreaterThan(0);

    const { router } = renderApp(`/customers/${CUSTOMER}/history`);
    await screen.findByRole('list', { name: 'Order & authorization history' }, { timeout: 15000 });
    expect(screen.getByRole('tab', { name: 'Order & authorization history' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(shownTitles()).toEqual(expected.titles);

    if (pending) {
      const days = daysUntilDeadline(pending, expected.businessDate);
      const text =
        days === 0
          ? 'Order due today'
          : days > 0
            ? `Order due in ${days} day${days === 1 ? '' : 's'}`
            : `Order overdue by ${-days} day${days === -1 ? '' : 's'}`;
      const card = screen
        .getByRole('heading', { name: `Purchase authorization ${pending.number}` })
        .closest('li');
      expect(card).not.toBeNull();
      if (card) {
        expect(within(card).getByText(text)).toBeInTheDocument();
        expect(within(card).getByText('Pending')).toBeInTheDocument();
      }
    }

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New orders' }));
    await waitFor(() => expect(router.state.location.search).toBe('?type=NEW'));
    const newOrders = expected.orders
      .filter((o) => o.orderType === 'NEW')
      .map((o) => `Order ${o.number}`);
    await waitFor(() => expect(shownTitles()).toEqual(newOrders));
    // The return window (SPEC §4: 14 days) shows on the orders still inside it.
    const returnable = expected.orders.filter(
      (o) =>
        o.orderType === 'NEW' &&
        o.returnWindowEnds !== null &&
        o.returnWindowEnds >= expected.businessDate,
    );
    expect(screen.queryAllByText(/^Return possible until /)).toHaveLength(returnable.length);

    await user.click(screen.getByRole('button', { name: 'Purchase authorizations' }));
    await waitFor(() => expect(screen.getByLabelText('Authorization status')).toBeEnabled());
    await user.selectOptions(screen.getByLabelText('Authorization status'), 'PENDING');
    await waitFor(() => expect(router.state.location.search).toBe('?type=PA&status=PENDING'));
    await waitFor(() =>
      expect(shownTitles()).toEqual(
        expected.pas
          .filter((pa) => pa.status === 'PENDING')
          .map((pa) => `Purchase authorization ${pa.number}`),
      ),
    );
  });

  it('says so when a customer has nothing yet', async () => {
    await signInAs('mem-alva');
    // The seed's second customer is INVITED without a PA.
    renderApp('/customers/cus-000002/history');
    expect(
      await screen.findByText('No purchase authorizations or orders yet', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Order & authorization history' })).toBeNull();
  });

  it('shows an error with a retry when the history cannot load, then the timeline', async () => {
    await signInAs('mem-alva');
    let failing = true;
    server.use(
      http.get(`${API_BASE}/customers/:customerId/purchase-authorizations`, () =>
        failing
          ? HttpResponse.json({ code: 'SERVICE_UNAVAILABLE', message: 'down' }, { status: 503 })
          : undefined,
      ),
    );
    renderApp(`/customers/${CUSTOMER}/history`);
    expect(
      await screen.findByText(
        'The service is unavailable right now. Try again in a moment.',
        {},
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
    failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByRole('list', { name: 'Order & authorization history' }, { timeout: 15000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
