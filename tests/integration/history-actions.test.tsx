import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holdWithdraw, openHistoryEntry, pendingPa, PA_PATH } from '../utils/history';
import { signInAs, startTestBackend, TEST_TODAY } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MANAGER = 'mem-jonas';
const SALES_REP = 'mem-erik';
const used = new Set<string>();

async function storedStatus(paId: string) {
  return (await backend.store.read((tx) => tx.purchaseAuthorizations.get(paId)))?.status;
}

describe('history actions on a pending PA', () => {
  it('lets an account manager undo it after confirming', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const release = holdWithdraw(server);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Undo purchase authorization ${pa.number}?`,
    });
    // Destructive, and named: the red button says what it withdraws.
    const confirm = within(dialog).getByRole('button', { name: `Withdraw ${pa.number}` });
    expect(confirm).toHaveClass('MuiButton-colorError');
    await user.click(confirm);
    // Optimistic: shown withdrawn before the server has answered.
    await waitFor(() => expect(within(card).getByText('Withdrawn')).toBeInTheDocument());
    expect(await storedStatus(pa.id)).toBe('PENDING');
    release();
    await waitFor(async () => expect(await storedStatus(pa.id)).toBe('WITHDRAWN'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(card).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('rolls back with the reason when the server refuses the undo', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const release = holdWithdraw(server);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog');
    // Meanwhile a user is given a licence only this PA provides.
    await backend.store.write(async (tx) => {
      const line = pa.lineItems[0];
      const subscription = (await tx.subscriptions.byCustomer(pa.customerId)).find(
        (s) => s.offerId === line?.offerId,
      );
      if (!subscription) throw new Error('the PA line has no subscription');
      await tx.subscriptions.put({ ...subscription, usedQuantity: subscription.currentQuantity });
    });
    await user.click(within(dialog).getByRole('button', { name: `Withdraw ${pa.number}` }));
    await waitFor(() => expect(within(card).getByText('Withdrawn')).toBeInTheDocument());
    release();
    const alert = await within(card).findByRole('alert', {}, { timeout: 15000 });
    expect(
      within(alert).getByText('Licences of this purchase authorization are assigned to users.'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Pending')).toBeInTheDocument();
    expect(await storedStatus(pa.id)).toBe('PENDING');
    // The refreshed PA now carries the flag: Undo is disabled with its reason.
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Undo' })).toBeDisabled());
    expect(within(card).getByText('Licences of it are assigned to users')).toBeInTheDocument();
  });

  it('shows a sales rep the PA with Undo and Place order disabled, saying why', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(SALES_REP);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const undo = within(card).getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    expect(undo).toHaveAccessibleDescription('Your role may not undo purchase authorizations');
    const order = within(card).getByRole('button', { name: 'Place order' });
    expect(order).toBeDisabled();
    expect(order).toHaveAccessibleDescription('Your role may not place orders');
    expect(within(card).getByText('Pending')).toBeInTheDocument();
  });

  it('lists an order placed today above the PA it came from, created earlier today', async () => {
    const seeded = await pendingPa(backend, used, {
      accountManagerId: MANAGER,
      salesRepId: SALES_REP,
    });
    // Created this morning; the order is placed at the backend's now (noon).
    const pa = { ...seeded, creationDate: TEST_TODAY, createdAt: `${TEST_TODAY}T08:30:00.000Z` };
    await backend.store.write((tx) => tx.purchaseAuthorizations.put(pa));
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', { name: `Place the order of ${pa.number}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });
    const order = await backend.store.read(async (tx) =>
      (await tx.orders.byCustomer(pa.customerId)).find((o) => o.purchaseAuthorizationId === pa.id),
    );
    const orderHeading = await screen.findByRole('heading', {
      name: `Order ${order?.number ?? ''}`,
    });
    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent ?? '');
    // Newest first within the day: the order (placed last) comes before its PA.
    expect(headings.indexOf(orderHeading.textContent ?? '')).toBeLessThan(
      headings.findIndex((text) => text.includes(pa.number)),
    );
  });

  it('places the order after confirming: the PA is ordered and the order appears', async () => {
    const pa = await pendingPa(backend, used, { accountManagerId: MANAGER, salesRepId: SALES_REP });
    await signInAs(MANAGER);
    const { card } = await openHistoryEntry(pa.customerId, `Purchase authorization ${pa.number}`);
    // The first attempt fails; the retry in the same dialog sends the same key.
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${PA_PATH}/order`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1
          ? HttpResponse.json({ code: 'SERVICE_UNAVAILABLE', message: 'down' }, { status: 503 })
          : undefined;
      }),
    );
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Place the order of ${pa.number}?`,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    expect(
      await within(dialog).findByText(
        'The service is unavailable right now. Try again in a moment.',
      ),
    ).toBeInTheDocument();
    expect(await storedStatus(pa.id)).toBe('PENDING');
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });
    const order = await backend.store.read(async (tx) =>
      (await tx.orders.byCustomer(pa.customerId)).find((o) => o.purchaseAuthorizationId === pa.id),
    );
    expect(order).toBeDefined();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(
      await screen.findByRole('heading', { name: `Order ${order?.number ?? ''}` }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Ordered')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Place order' })).toBeNull();
  });
});
