import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionQuoteSchema } from '@/api/subscriptions/schemas';
import { AppProviders } from '@/app/providers';
import { addYears, daysBetween } from '@/domain/calendar-date';
import { formatCalendarDate, formatMoney } from '@/i18n/format';
import { RenewAction } from '@/features/renewals/renew-action';
import { sessionStore } from '@/lib/session-store';
import { initTestI18n } from '../utils/i18n';
import type { SubscriptionRecord } from '@mocks/db/records';
import { API_BASE, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TODAY = '2026-11-23';
const ADMIN = 'mem-alva';
const SALES_REP = 'mem-erik';

/** RenewAction alone inside the app's providers (no page shows it yet). */
function renderRenew(record: SubscriptionRecord) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <RenewAction customerId={record.customerId} subscriptionId={record.id} />,
      },
    ],
    { initialEntries: ['/'] },
  );
  return render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

const used = new Set<string>();

/**
 * A subscription no earlier test touched, at the stage `fits` asks for; with `salesRepId`, its
 * customer is handed to that sales rep first (the seed decides who has what; the test, whom).
 */
async function subscriptionWhere(
  fits: (record: SubscriptionRecord, daysLeft: number) => boolean,
  salesRepId?: string,
): Promise<SubscriptionRecord> {
  const subscriptions = await backend.store.read((tx) => tx.subscriptions.all());
  const found = subscriptions.find(
    (record) =>
      !used.has(record.id) &&
      record.scheduledChange === null &&
      record.currentQuantity >= 1 &&
      fits(record, daysBetween(TODAY, record.renewalDate)),
  );
  if (!found) throw new Error('no subscription at that stage left in the seed');
  used.add(found.id);
  if (salesRepId !== undefined) {
    await backend.store.write(async (tx) => {
      const customer = await tx.customers.get(found.customerId);
      if (customer) await tx.customers.put({ ...customer, salesRepId });
    });
  }
  return found;
}

const inWindow = (record: SubscriptionRecord, daysLeft: number) =>
  daysLeft >= 1 && daysLeft <= 30 && record.usedQuantity >= 1;

async function callApi(path: string, body: unknown, version?: number) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${sessionStore.token() ?? ''}`,
    'Idempotency-Key': crypto.randomUUID(),
  };
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const response = await fetch(`${API_BASE}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

function subscriptionPath(record: SubscriptionRecord) {
  return `/customers/${record.customerId}/subscriptions/${record.id}`;
}

async function openDialog(user: UserEvent, record: SubscriptionRecord) {
  renderRenew(record);
  const button = await screen.findByRole('button', { name: 'Renew' }, { timeout: 15000 });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  // The dialog shows a placeholder until the customer and the price list are loaded.
  await screen.findByRole('textbox', { name: /Seats for the next term/ }, { timeout: 15000 });
  return screen.getByRole('dialog', { name: /^Renew / });
}

async function setQuantity(user: UserEvent, dialog: HTMLElement, quantity: number) {
  const field = within(dialog).getByRole('textbox', { name: /Seats for the next term/ });
  await user.clear(field);
  await user.type(field, String(quantity));
  return field;
}

describe('Renew', () => {
  it('renews inside the window with fewer seats, priced as the server prices it', async () => {
    const record = await subscriptionWhere(
      (r, days) => inWindow(r, days) && r.currentQuantity > r.usedQuantity,
    );
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const dialog = await openDialog(user, record);
    const field = await setQuantity(user, dialog, record.usedQuantity);

    // Never below the seats in use: − stops there and says why.
    const fewer = within(dialog).getByRole('button', { name: 'Fewer seats' });
    expect(fewer).toBeDisabled();
    expect(fewer).toHaveAccessibleDescription(/assigned to (a user|users)/);
    expect(within(dialog).getByRole('button', { name: 'More seats' })).toBeEnabled();

    // The tier table marks the level this quantity reaches; the total is the server's quote.
    const quote = SubscriptionQuoteSchema.parse(
      (
        await callApi(`${subscriptionPath(record)}/renewal-quotes`, {
          quantity: record.usedQuantity,
        })
      ).body,
    );
    const current = within(dialog)
      .getAllByRole('row')
      .filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent(`Level ${quote.volumeLevel}`);
    expect(current[0]).toHaveTextContent('This renewal');
    expect(within(dialog).getByRole('row', { name: /Total for one year/ })).toHaveTextContent(
      formatMoney(quote.total, 'en'),
    );
    expect(field).toHaveValue(String(record.usedQuantity));

    await user.click(within(dialog).getByRole('button', { name: 'Renew for one year' }));
    const nextAnniversary = addYears(record.renewalDate, 1);
    expect(
      await screen.findByText(
        new RegExp(`The new anniversary is ${formatCalendarDate(nextAnniversary, 'en')}`),
        {},
        { timeout: 15000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).toBeNull();

    const [after, orders] = await backend.store.read(async (tx) =>
      Promise.all([tx.subscriptions.get(record.id), tx.orders.byCustomer(record.customerId)]),
    );
    expect(after?.renewalDate).toBe(nextAnniversary);
    expect(after?.currentQuantity).toBe(record.usedQuantity);
    const renewal = orders.find(
      (order) =>
        order.orderType === 'RENEWAL' &&
        order.lineItems.some((line) => line.subscriptionId === record.id) &&
        order.creationDate === TODAY,
    );
    expect(renewal?.totalMinor).toBe(quote.total.amountMinor);

    // Renewed: the next window is a year away.
    const button = screen.getByRole('button', { name: 'Renew' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(/Renewal is not open yet/);
  });

  it('is disabled outside the renewal window, saying why', async () => {
    const record = await subscriptionWhere((_r, days) => days > 30);
    await signInAs(ADMIN);
    renderRenew(record);
    const button = await screen.findByRole('button', { name: 'Renew' }, { timeout: 15000 });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        'Renewal is not open yet. It opens 30 days before the anniversary date.',
      ),
    );
    expect(button).toBeDisabled();
  });

  it('in grace, stops at the previous quantity; the server refuses more', async () => {
    const record = await subscriptionWhere(
      (r, days) => days < 0 && days >= -30 && r.currentQuantity < 10_000,
    );
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const dialog = await openDialog(user, record);
    expect(within(dialog).getByRole('note')).toHaveTextContent(/Late renewal/);

    await setQuantity(user, dialog, record.currentQuantity);
    const more = within(dialog).getByRole('button', { name: 'More seats' });
    expect(more).toBeDisabled();
    expect(more).toHaveAccessibleDescription(/a late renewal cannot exceed the previous quantity/);

    // Typed above the bound: refused in the form, nothing sent.
    const field = await setQuantity(user, dialog, record.currentQuantity + 1);
    await user.click(within(dialog).getByRole('button', { name: 'Renew for one year' }));
    expect(field).toHaveAccessibleDescription(
      /At most .* a late renewal cannot exceed the previous quantity/,
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    const after = await backend.store.read((tx) => tx.subscriptions.get(record.id));
    expect(after?.renewalDate).toBe(record.renewalDate);

    // The API enforces the same rule.
    const refused = await callApi(
      `${subscriptionPath(record)}/renewal`,
      { quantity: record.currentQuantity + 1 },
      record.version,
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'LATE_RENEWAL_ABOVE_PREVIOUS' });
  });

  it('is disabled for a sales rep, saying why', async () => {
    const record = await subscriptionWhere(inWindow, SALES_REP);
    await signInAs(SALES_REP);
    renderRenew(record);
    const button = await screen.findByRole('button', { name: 'Renew' }, { timeout: 15000 });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Your role may not place renewal orders.');
  });

  it('keeps the input when the subscription changed meanwhile (409), then renews', async () => {
    const record = await subscriptionWhere(
      (r, days) => inWindow(r, days) && r.currentQuantity < 1000,
    );
    await signInAs(ADMIN);
    const user = userEvent.setup();
    const dialog = await openDialog(user, record);
    const wanted = record.currentQuantity + 2;
    const field = await setQuantity(user, dialog, wanted);

    // Another tab changes the subscription.
    await backend.store.write(async (tx) => {
      const stored = await tx.subscriptions.get(record.id);
      if (!stored) throw new Error('subscription gone');
      await tx.subscriptions.put({ ...stored, version: stored.version + 1 });
    });
    await user.click(within(dialog).getByRole('button', { name: 'Renew for one year' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone changed this meanwhile',
    );
    expect(field).toHaveValue(String(wanted));
    const unchanged = await backend.store.read((tx) => tx.subscriptions.get(record.id));
    expect(unchanged?.renewalDate).toBe(record.renewalDate);

    // The refusal refreshed the subscription (before the alert showed): the same input passes.
    await user.click(within(dialog).getByRole('button', { name: 'Renew for one year' }));
    expect(
      await screen.findByText(/The new anniversary is/, {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    const renewed = await backend.store.read((tx) => tx.subscriptions.get(record.id));
    expect(renewed?.currentQuantity).toBe(wanted);
  });

  it('speaks Swedish, German and French', async () => {
    const record = await subscriptionWhere(inWindow);
    await signInAs(ADMIN);
    const names = {
      sv: ['Förläng', 'Färre platser', 'Fler platser', 'Den här förlängningen'],
      de: ['Verlängern', 'Weniger Plätze', 'Mehr Plätze', 'Diese Verlängerung'],
      fr: ['Renouveler', 'Moins de postes', 'Plus de postes', 'Ce renouvellement'],
    } as const;
    const user = userEvent.setup();
    try {
      for (const [language, [renew, fewer, more, marker]] of Object.entries(names)) {
        initTestI18n(language);
        const view = renderRenew(record);
        const button = await screen.findByRole('button', { name: renew }, { timeout: 15000 });
        await waitFor(() => expect(button).toBeEnabled());
        await user.click(button);
        // The placeholder dialog gives way to the form once its data is there.
        await screen.findByRole('button', { name: fewer }, { timeout: 15000 });
        const dialog = screen.getByRole('dialog');
        expect(within(dialog).getByRole('button', { name: more })).toBeInTheDocument();
        expect(within(dialog).getByText(marker)).toBeVisible();
        view.unmount();
      }
    } finally {
      initTestI18n('en');
    }
  });
});
