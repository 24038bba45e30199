import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PurchaseAuthorizationSchema } from '@/api/authorizations/schemas';
import { customerQueries } from '@/api/customers/queries';
import { CustomerSchema } from '@/api/customers/schemas';
import { OfferListSchema } from '@/api/offers/schemas';
import { createApiClient } from '@mocks/testing/http-client';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const MANAGER = 'mem-jonas';
const SALES_REP = 'mem-erik';
const TODAY = '2026-11-23';
const api = createApiClient(API_BASE);
let customers = 0;

/**
 * A new customer (assigned to the account manager and the sales rep these tests sign in as)
 * with a pending PA of two TEAM lines (3 and 4 seats) created through the API, none of its
 * seats in use.
 */
async function pendingPa() {
  customers += 1;
  const invited = await api.call(ADMIN, 'POST', '/customers', {
    body: {
      companyName: `Edit Test ${customers} AB`,
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: 'SE',
      contact: { firstName: 'Ann', lastName: 'Berg', email: `ann${customers}@edit-test.example` },
      accountManagerId: MANAGER,
      salesRepId: SALES_REP,
    },
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const customerId = CustomerSchema.parse(invited.body).id;
  const offers = OfferListSchema.parse((await api.call(ADMIN, 'GET', '/offers')).body).items;
  const [first, second] = offers.filter(
    (o) =>
      o.marketSegments.includes('COM') &&
      !o.educationDevice &&
      !o.addOn &&
      o.licenseType === 'TEAM',
  );
  if (!first || !second) throw new Error('the catalogue has fewer than two TEAM offers');
  const created = await api.call(
    MANAGER,
    'POST',
    `/customers/${customerId}/purchase-authorizations`,
    {
      body: {
        licenseType: 'TEAM',
        deploymentDate: TODAY,
        lineItems: [
          { offerId: first.id, quantity: 3 },
          { offerId: second.id, quantity: 4 },
        ],
      },
    },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const pa = PurchaseAuthorizationSchema.parse(created.body);
  return { pa, names: pa.lineItems.map((line) => line.offerName) };
}

/** The lines as stored (no names). */
const bare = (lines: readonly { offerId: string; quantity: number }[]) =>
  lines.map(({ offerId, quantity }) => ({ offerId, quantity }));

const PA_PATH = `${API_BASE}/customers/:customerId/purchase-authorizations/:paId`;

/** Records every edit request's body (and lets the backend answer it). */
function recordEdits() {
  const sent: unknown[] = [];
  server.use(
    http.patch(PA_PATH, async ({ request }) => {
      sent.push(await request.clone().json());
      return undefined;
    }),
  );
  return sent;
}

/** Users now hold every seat of the subscription of the offer. */
async function assignAllSeats(customerId: string, offerId: string) {
  await backend.store.write(async (tx) => {
    const subscription = (await tx.subscriptions.byCustomer(customerId)).find(
      (s) => s.offerId === offerId,
    );
    if (!subscription) throw new Error('the PA line has no subscription');
    await tx.subscriptions.put({ ...subscription, usedQuantity: subscription.currentQuantity });
  });
}

async function storedPa(paId: string) {
  return backend.store.read((tx) => tx.purchaseAuthorizations.get(paId));
}

let queryClient: QueryClient | null = null;

async function openCard(customerId: string, number: string) {
  ({ queryClient } = renderApp(`/customers/${customerId}/history`));
  const heading = await screen.findByRole(
    'heading',
    { name: `Purchase authorization ${number}` },
    { timeout: 15000 },
  );
  const card = heading.closest('li');
  if (!card) throw new Error('the PA is not in the timeline');
  return card;
}

async function openEdit(card: HTMLElement, number: string) {
  const user = userEvent.setup();
  await user.click(within(card).getByRole('button', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog', {
    name: `Edit purchase authorization ${number}`,
  });
  return { user, dialog };
}

const english = new Intl.NumberFormat('en');

describe('editing a pending PA', () => {
  it('lowers a quantity and removes a line: the entry shows the new lines', async () => {
    const { pa, names } = await pendingPa();
    const [first, second] = pa.lineItems;
    const [firstName = '', secondName = ''] = names;
    if (!first || !second) throw new Error('the PA has fewer than two lines');
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const sent = recordEdits();
    const { user, dialog } = await openEdit(card, pa.number);

    // Keyboard only: remove the first line, the focus moves to its Undo remove.
    within(dialog)
      .getByRole('button', { name: `Remove ${firstName}` })
      .focus();
    await user.keyboard('{Enter}');
    const restore = within(dialog).getByRole('button', { name: `Undo remove of ${firstName}` });
    expect(restore).toHaveFocus();
    expect(within(dialog).queryByRole('spinbutton', { name: `Seats of ${firstName}` })).toBeNull();

    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${secondName}` });
    expect(field).toHaveValue(second.quantity);
    await user.clear(field);
    await user.type(field, String(second.quantity - 1));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });

    const kept = [{ offerId: second.offerId, quantity: second.quantity - 1 }];
    expect(sent).toEqual([{ lineItems: kept }]);
    expect((await storedPa(pa.id))?.lineItems).toEqual(kept);
    expect(
      await within(card).findByText(
        `${secondName} × ${english.format(second.quantity - 1)}`,
        {},
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
    expect(within(card).queryByText(`${firstName} × ${english.format(first.quantity)}`)).toBeNull();
    expect(within(card).getByText('Pending')).toBeInTheDocument();
  });

  it('keeps the last line: its Remove is disabled, saying why; a removed line comes back', async () => {
    const { pa, names } = await pendingPa();
    const lineNames = names.slice(0, pa.lineItems.length);
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const sent = recordEdits();
    const { user, dialog } = await openEdit(card, pa.number);

    // Remove every line but the last one.
    for (const name of lineNames.slice(0, -1)) {
      await user.click(within(dialog).getByRole('button', { name: `Remove ${name}` }));
    }
    const lastName = lineNames.at(-1) ?? '';
    const last = within(dialog).getByRole('button', { name: `Remove ${lastName}` });
    expect(last).toBeDisabled();
    expect(last).toHaveAccessibleDescription('At least one line stays');

    // Undo remove brings the first line back, with its field focused; the last one may go again.
    const firstName = lineNames[0] ?? '';
    await user.click(within(dialog).getByRole('button', { name: `Undo remove of ${firstName}` }));
    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${firstName}` });
    expect(field).toHaveFocus();
    expect(field).toHaveValue(pa.lineItems[0]?.quantity);
    expect(within(dialog).getByRole('button', { name: `Remove ${lastName}` })).toBeEnabled();
    expect(within(dialog).queryByText('At least one line stays')).toBeNull();
    expect(sent).toHaveLength(0);
  });

  it('refuses a quantity above the current one in the form and sends nothing', async () => {
    const { pa, names } = await pendingPa();
    const line = pa.lineItems[1];
    if (!line) throw new Error('the PA has fewer than two lines');
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const sent = recordEdits();
    const { user, dialog } = await openEdit(card, pa.number);
    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${names[1] ?? ''}` });
    await user.clear(field);
    await user.type(field, String(line.quantity + 1));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      `Enter 1 to ${line.quantity}: an edit can only lower the quantity`,
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('names the line whose seats users hold before sending anything', async () => {
    const { pa, names } = await pendingPa();
    const line = pa.lineItems[1];
    if (!line) throw new Error('the PA has fewer than two lines');
    await assignAllSeats(pa.customerId, line.offerId);
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const sent = recordEdits();
    const { user, dialog } = await openEdit(card, pa.number);
    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${names[1] ?? ''}` });
    await user.clear(field);
    await user.type(field, String(line.quantity - 1));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      'Seats of this line are assigned to users: keep more of them',
    );
    expect(sent).toHaveLength(0);
  });

  it('shows the server refusal LICENSES_ASSIGNED under its line and keeps the input', async () => {
    const { pa, names } = await pendingPa();
    const line = pa.lineItems[1];
    const [firstName = '', secondName = ''] = names;
    if (!line) throw new Error('the PA has fewer than two lines');
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const sent = recordEdits();
    const { user, dialog } = await openEdit(card, pa.number);
    // Once the dialog knows the seats (all free), users are given every seat of the second line.
    const seats = customerQueries.subscriptions(pa.customerId).queryKey;
    await waitFor(() => expect(queryClient?.getQueryState(seats)?.status).toBe('success'));
    await assignAllSeats(pa.customerId, line.offerId);
    // The first line goes: the refused line is the first of the lines sent, the PA's second.
    await user.click(within(dialog).getByRole('button', { name: `Remove ${firstName}` }));
    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${secondName}` });
    await user.clear(field);
    await user.type(field, String(line.quantity - 1));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 15000,
    });
    expect(sent).toHaveLength(1);
    expect(field).toHaveAccessibleDescription(
      'Seats of this line are assigned to users: keep more of them',
    );
    expect(field).toHaveValue(line.quantity - 1);
    expect(
      within(dialog).getByRole('button', { name: `Undo remove of ${firstName}` }),
    ).toBeInTheDocument();
    // Shown under the line, not repeated in the dialog's alert.
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect((await storedPa(pa.id))?.lineItems).toEqual(bare(pa.lineItems));
  });

  it('shows a conflict when the PA changed meanwhile, keeping the input', async () => {
    const { pa, names } = await pendingPa();
    const line = pa.lineItems[1];
    if (!line) throw new Error('the PA has fewer than two lines');
    await signInAs(MANAGER);
    const card = await openCard(pa.customerId, pa.number);
    const { user, dialog } = await openEdit(card, pa.number);
    // Meanwhile someone else edits the PA through the API: its first line loses a seat.
    const first = pa.lineItems[0];
    if (!first) throw new Error('the PA has no lines');
    const meanwhile = bare([{ ...first, quantity: first.quantity - 1 }, line]);
    const other = await api.call(
      MANAGER,
      'PATCH',
      `/customers/${pa.customerId}/purchase-authorizations/${pa.id}`,
      { body: { lineItems: meanwhile }, ifMatch: pa.version },
    );
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    const sent = recordEdits();
    const field = within(dialog).getByRole('spinbutton', { name: `Seats of ${names[1] ?? ''}` });
    await user.clear(field);
    await user.type(field, String(line.quantity - 1));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent(
      'Someone changed this meanwhile. Reload to see the latest version.',
    );
    expect(field).toHaveValue(line.quantity - 1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect((await storedPa(pa.id))?.lineItems).toEqual(meanwhile);

    // The entry refreshes behind the dialog: a new opening edits the latest version.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await within(card).findByText(`${names[0] ?? ''} × ${english.format(first.quantity - 1)}`),
    ).toBeInTheDocument();
    const again = await openEdit(card, pa.number);
    expect(
      within(again.dialog).getByRole('spinbutton', { name: `Seats of ${names[0] ?? ''}` }),
    ).toHaveValue(first.quantity - 1);
    const retry = within(again.dialog).getByRole('spinbutton', {
      name: `Seats of ${names[1] ?? ''}`,
    });
    await again.user.clear(retry);
    await again.user.type(retry, String(line.quantity - 1));
    await again.user.click(within(again.dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15000 });
    expect((await storedPa(pa.id))?.lineItems).toEqual(
      bare([
        { ...first, quantity: first.quantity - 1 },
        { ...line, quantity: line.quantity - 1 },
      ]),
    );
  });

  it('shows a sales rep Edit disabled, saying why', async () => {
    const { pa } = await pendingPa();
    await signInAs(SALES_REP);
    const card = await openCard(pa.customerId, pa.number);
    const edit = within(card).getByRole('button', { name: 'Edit' });
    expect(edit).toBeDisabled();
    expect(edit).toHaveAccessibleDescription('Your role may not edit purchase authorizations');
  });
});
