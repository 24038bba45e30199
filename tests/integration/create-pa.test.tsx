import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PriceQuoteSchema } from '@/api/authorizations/schemas';
import { deriveCustomerStatus } from '@/domain/customer-status';
import { sessionStore } from '@/lib/session-store';
import { formatMoney } from '@/i18n/format';
import { addPendingPa } from '../utils/pending-pa';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const SALES_REP = 'mem-erik';
const VIEWER = 'mem-grace';
const PAS = `${API_BASE}/customers/:customerId/purchase-authorizations`;

const used = new Set<string>();

/** A customer no earlier test touched whose status allows a PA today (ACTIVE). */
async function activeCustomer() {
  const customers = await backend.store.read((tx) => tx.customers.all());
  const found = customers.find(
    (customer) =>
      !used.has(customer.id) && deriveCustomerStatus(customer, '2026-11-23').status === 'ACTIVE',
  );
  if (!found) throw new Error('no ACTIVE customer left');
  used.add(found.id);
  return found.id;
}

async function pasOf(customerId: string) {
  return backend.store.read((tx) => tx.purchaseAuthorizations.byCustomer(customerId));
}

async function openDialog(user: UserEvent, customerId: string) {
  renderApp(`/customers/${customerId}/plans`);
  const button = await screen.findByRole(
    'button',
    { name: 'Create purchase authorization' },
    { timeout: 15000 },
  );
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  return screen.findByRole('dialog', { name: /^New purchase authorization for/ });
}

/** Chooses the nth offer the line's list holds (names differ by segment) and types a quantity. */
async function fillLine(user: UserEvent, dialog: HTMLElement, line: number, quantity: string) {
  await user.click(within(dialog).getByRole('combobox', { name: `Product (line ${line})` }));
  const listbox = await screen.findByRole('listbox');
  const option = within(listbox)
    .getAllByRole('option')
    .filter((o) => o.getAttribute('aria-disabled') !== 'true')[0];
  if (!option) throw new Error('no offer left to choose');
  const name = option.textContent;
  await user.click(option);
  const quantities = within(dialog).getAllByRole('textbox', { name: /^Quantity/ });
  const field = quantities[line - 1];
  if (!field) throw new Error(`no quantity field on line ${line}`);
  await user.clear(field);
  await user.type(field, quantity);
  return name;
}

async function serverQuote(customerId: string, body: unknown) {
  const response = await fetch(`${API_BASE}/customers/${customerId}/price-quotes`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${sessionStore.token() ?? ''}`,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  return PriceQuoteSchema.parse(await response.json());
}

describe('Create purchase authorization', () => {
  it('creates a PA of three lines with a PO number, priced live as the server prices it', async () => {
    const customerId = await activeCustomer();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const dialog = await openDialog(user, customerId);
    expect(within(dialog).getByText(/Education device licences are not listed/)).toBeVisible();
    // Products wait for the licence type.
    expect(within(dialog).getByRole('combobox', { name: 'Product (line 1)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Team' }));
    await fillLine(user, dialog, 1, '4');
    await user.click(within(dialog).getByRole('button', { name: 'Add line' }));
    // A new, empty line is not an error before the user submits.
    expect(within(dialog).queryByText('Choose a product')).toBeNull();
    await fillLine(user, dialog, 2, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Add line' }));
    await fillLine(user, dialog, 3, '5');
    await user.type(within(dialog).getByRole('textbox', { name: 'PO number (optional)' }), 'PO-77');

    // The preview: 12 licences more reach at least level 2; the total is the server's.
    const lines = (await backend.store.read(async (tx) => tx.offers.all())).filter(
      (offer) => offer.licenseType === 'TEAM',
    );
    const chosen = within(dialog)
      .getAllByRole('combobox', { name: /^Product/ })
      .map((box) => lines.find((offer) => offer.name === box.textContent)?.id ?? '');
    const customer = await backend.store.read((tx) => tx.customers.get(customerId));
    const quote = await serverQuote(customerId, {
      licenseType: 'TEAM',
      deploymentDate: '2026-11-23',
      lineItems: chosen.map((offerId, index) => ({ offerId, quantity: [4, 3, 5][index] })),
    });
    expect(customer).toBeDefined();
    expect(within(dialog).getByTestId('pa-preview-total')).toHaveTextContent(
      formatMoney(quote.total, 'en'),
    );
    expect(within(dialog).getByText(`Volume level ${quote.volumeLevel}`)).toBeVisible();

    const before = (await pasOf(customerId)).length;
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    const notice = await screen.findByText(/Purchase authorization .* created/, undefined, {
      timeout: 15000,
    });
    const after = await pasOf(customerId);
    expect(after).toHaveLength(before + 1);
    const created = after.find((pa) => notice.textContent?.includes(pa.number));
    expect(created?.status).toBe('PENDING');
    expect(created?.poNumber).toBe('PO-77');
    expect(created?.lineItems.map((line) => line.quantity)).toEqual([4, 3, 5]);
    // The history tab shows it pending with its deadline.
    const heading = await screen.findByRole('heading', {
      name: `Purchase authorization ${created?.number ?? ''}`,
    });
    const card = heading.closest('li');
    expect(card).not.toBeNull();
    expect(within(card as HTMLElement).getByText('Pending')).toBeInTheDocument();
    expect(within(card as HTMLElement).getByText('Order due in 30 days')).toBeInTheDocument();
  });

  it('says what is wrong with each field in words, and sends nothing', async () => {
    const customerId = await activeCustomer();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') requests.push(new URL(request.url).pathname);
    });
    const dialog = await openDialog(user, customerId);
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    expect(await within(dialog).findByText('Choose Enterprise or Team')).toBeVisible();
    expect(within(dialog).getByText('Choose a product')).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Team' }));
    await fillLine(user, dialog, 1, '10001');
    const po = within(dialog).getByRole('textbox', { name: 'PO number (optional)' });
    await user.type(po, 'X'.repeat(36));
    const date = within(dialog).getByLabelText(/Deployment date/);
    await user.clear(date);
    await user.type(date, '2026-11-22');
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    expect(await within(dialog).findByText('Team: 1–10,000 licences')).toBeVisible();
    expect(within(dialog).getByText('At most 35 characters')).toBeVisible();
    expect(within(dialog).getByText('Not before today, 23 Nov 2026')).toBeVisible();
    // Nothing typed is lost, nothing was created.
    expect(po).toHaveValue('X'.repeat(36));
    expect(requests.filter((path) => path.endsWith('/purchase-authorizations'))).toEqual([]);
    server.events.removeAllListeners();
  });

  it('keeps the input when the network fails, and a retry creates exactly one PA', async () => {
    const customerId = await activeCustomer();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const keys: (string | null)[] = [];
    server.use(
      http.post(PAS, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const dialog = await openDialog(user, customerId);
    await user.click(within(dialog).getByRole('radio', { name: 'Enterprise' }));
    await fillLine(user, dialog, 1, '2');
    const before = (await pasOf(customerId)).length;
    const submit = within(dialog).getByRole('button', { name: 'Create purchase authorization' });
    await user.click(submit);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/network|connection/i);
    expect(within(dialog).getAllByRole('textbox', { name: /^Quantity/ })[0]).toHaveValue('2');
    await user.click(submit);
    await screen.findByText(/Purchase authorization .* created/, undefined, { timeout: 15000 });
    expect(await pasOf(customerId)).toHaveLength(before + 1);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows a line refusal under its line (QUANTITY_OUT_OF_RANGE) and keeps the input', async () => {
    const customerId = await activeCustomer();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    server.use(
      http.post(PAS, () =>
        HttpResponse.json(
          {
            code: 'QUANTITY_OUT_OF_RANGE',
            message: 'The quantity is outside the range',
            details: { lineIndex: 1 },
          },
          { status: 422 },
        ),
      ),
    );
    const dialog = await openDialog(user, customerId);
    await user.click(within(dialog).getByRole('radio', { name: 'Team' }));
    await fillLine(user, dialog, 1, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Add line' }));
    await fillLine(user, dialog, 2, '9');
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    const second = within(dialog).getAllByRole('textbox', { name: /^Quantity/ })[1];
    await waitFor(() => expect(second).toHaveAccessibleDescription(/outside the allowed range/));
    expect(second).toHaveValue('9');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('outside the allowed range');
  });

  it('refuses a PA for a DELAYED or SUSPENDED customer, with the reason', async () => {
    await signInAs(ADMIN);
    renderApp('/customers/cus-000003/plans');
    const button = await screen.findByRole(
      'button',
      { name: 'Create purchase authorization' },
      { timeout: 15000 },
    );
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/overdue order; no new purchase authorizations/);
    cleanup();
    renderApp('/customers/cus-000004/plans');
    const suspended = await screen.findByRole(
      'button',
      { name: 'Create purchase authorization' },
      { timeout: 15000 },
    );
    expect(suspended).toBeDisabled();
    expect(suspended).toHaveAccessibleDescription(/^This customer is suspended/);
  });

  it('shows CUSTOMER_DELAYED from the server inside the dialog when the status changed meanwhile', async () => {
    const customerId = await activeCustomer();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const dialog = await openDialog(user, customerId);
    await user.click(within(dialog).getByRole('radio', { name: 'Team' }));
    await fillLine(user, dialog, 1, '3');
    // Meanwhile a PA of 31 days ago makes the customer DELAYED (as the clock would).
    await addPendingPa(backend, customerId, '2026-10-23', '9');
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This customer has an overdue order',
    );
    expect(within(dialog).getAllByRole('textbox', { name: /^Quantity/ })[0]).toHaveValue('3');
  });

  it('answers FORBIDDEN when the role changed meanwhile; a viewer sees the button disabled', async () => {
    const customerId = await activeCustomer();
    await backend.store.write(async (tx) => {
      const customer = await tx.customers.get(customerId);
      if (customer) await tx.customers.put({ ...customer, salesRepId: SALES_REP });
    });
    await signInAs(SALES_REP);
    const user = userEvent.setup();
    const dialog = await openDialog(user, customerId);
    await user.click(within(dialog).getByRole('radio', { name: 'Team' }));
    await fillLine(user, dialog, 1, '3');
    await backend.store.write(async (tx) => {
      const member = await tx.members.get(SALES_REP);
      if (member) await tx.members.put({ ...member, role: 'VIEWER' });
    });
    await user.click(within(dialog).getByRole('button', { name: 'Create purchase authorization' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/not allowed|may not|role/i);
    await backend.store.write(async (tx) => {
      const member = await tx.members.get(SALES_REP);
      if (member) await tx.members.put({ ...member, role: 'SALES_REP' });
    });

    cleanup();
    await signInAs(VIEWER);
    renderApp(`/customers/${customerId}/plans`);
    const button = await screen.findByRole(
      'button',
      { name: 'Create purchase authorization' },
      { timeout: 15000 },
    );
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Your role cannot create purchase authorizations.');
  });
});
