import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionQuoteSchema } from '@/api/subscriptions/schemas';
import { addDays, compareDates } from '@/domain/calendar-date';
import { deriveCustomerStatus } from '@/domain/customer-status';
import { DEFAULT_RULES } from '@/domain/rules';
import { formatCalendarDate, formatMoney, formatNumber } from '@/i18n/format';
import { sessionStore } from '@/lib/session-store';
import type { CustomerRecord, SubscriptionRecord } from '@mocks/db/records';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';
import { addPendingPa } from '../utils/pending-pa';
import { planRowOf } from '../utils/plans';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const TODAY = '2026-11-23';
const used = new Set<string>();

interface Found {
  customer: CustomerRecord;
  subscription: SubscriptionRecord;
  offerName: string;
}

/**
 * A running subscription (seats, before its anniversary, nothing scheduled) of a customer no
 * earlier test touched, the customer chosen by `fits` (segment, sub-segment, add-ons).
 */
async function subscriptionOf(
  fits: (customer: CustomerRecord, hasAddOns: boolean) => boolean,
  wantAddOn = false,
): Promise<Found> {
  const [customers, subscriptions, offers] = await backend.store.read(async (tx) =>
    Promise.all([tx.customers.all(), tx.subscriptions.all(), tx.offers.all()]),
  );
  const addOn = new Map(offers.map((o) => [o.id, o.addOn]));
  const running = (s: SubscriptionRecord) =>
    s.currentQuantity >= 1 && compareDates(TODAY, s.renewalDate) < 0;
  for (const customer of customers) {
    if (used.has(customer.id)) continue;
    // A suspended customer is sold nothing; the test that needs one makes it.
    if (deriveCustomerStatus(customer, TODAY, DEFAULT_RULES).status === 'SUSPENDED') continue;
    const own = subscriptions.filter((s) => s.customerId === customer.id);
    const hasAddOns = own.some((s) => running(s) && addOn.get(s.offerId) === true);
    if (!fits(customer, hasAddOns)) continue;
    const subscription = own.find(
      (s) =>
        running(s) &&
        s.scheduledChange === null &&
        (!wantAddOn || addOn.get(s.offerId) === true) &&
        (wantAddOn || addOn.get(s.offerId) !== true),
    );
    if (!subscription) continue;
    used.add(customer.id);
    const offerName = offers.find((o) => o.id === subscription.offerId)?.name ?? '';
    return { customer, subscription, offerName };
  }
  throw new Error('no customer of that kind in the seed');
}

const plain = (customer: CustomerRecord, hasAddOns: boolean) =>
  customer.marketSegment !== 'GOV' &&
  !customer.marketSubSegments.includes('NON_PROFIT') &&
  !hasAddOns;

/** The Add seats dialog once the price list it needs has loaded. */
async function openedAddSeats(offerName: string) {
  const field = await screen.findByRole('textbox', { name: /^Seats to add/ }, { timeout: 10000 });
  const dialog = screen.getByRole('dialog', { name: `Add seats to ${offerName}` });
  return { dialog, field };
}

async function serverSeatQuote(found: Found, quantity: number) {
  const response = await fetch(
    `${API_BASE}/customers/${found.customer.id}/subscriptions/${found.subscription.id}/seat-quotes`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStore.token() ?? ''}`,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ quantity }),
    },
  );
  return SubscriptionQuoteSchema.parse(await response.json());
}

describe('Add seats on the Plans tab', () => {
  it('previews the backend quote, co-terms the seats and places a NEW order', async () => {
    const user = userEvent.setup();
    await signInAs('mem-alva');
    const found = await subscriptionOf(plain);
    const quote = await serverSeatQuote(found, 3);
    expect(quote.decision.ok).toBe(true);
    renderApp(`/customers/${found.customer.id}/plans`);
    const row = await planRowOf(found.offerName);
    const button = within(row).getByRole('button', { name: `Add seats: ${found.offerName}` });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);

    const { dialog, field } = await openedAddSeats(found.offerName);
    // The range's numbers are formatted for the language ("From 1 to 9,990 seats.").
    const range =
      /From 1 to ([\d,]+) seats\./.exec(
        field.getAttribute('aria-describedby')
          ? (document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ??
              '')
          : '',
      )?.[1] ?? '';
    const most = Number(range.replace(/,/g, ''));
    expect(most).toBeGreaterThan(999);
    expect(range).toBe(formatNumber(most, 'en'));
    await user.clear(field);
    await user.type(field, '3');
    const anniversary = formatCalendarDate(found.subscription.renewalDate, 'en');
    expect(within(dialog).getByText(new RegExp(`anniversary, ${anniversary}`))).toBeInTheDocument();
    const price = within(dialog).getByRole('status');
    await waitFor(() => expect(price).toHaveTextContent(formatMoney(quote.total, 'en')));
    expect(price).toHaveTextContent(`3 seats until ${anniversary}`);

    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: 10000,
    });
    expect(await within(row).findByText(/^Order .+ placed: 3 seats added\.$/)).toBeInTheDocument();
    const after = await backend.store.read((tx) => tx.subscriptions.get(found.subscription.id));
    expect(after?.currentQuantity).toBe(found.subscription.currentQuantity + 3);
    const orders = await backend.store.read((tx) => tx.orders.byCustomer(found.customer.id));
    const placed = orders.find(
      (o) =>
        o.orderType === 'NEW' &&
        o.lineItems.some((l) => l.subscriptionId === found.subscription.id && l.quantity === 3),
    );
    expect(placed?.totalMinor).toBe(quote.total.amountMinor);
  });

  it('keeps the input and shows the translated refusal when the server refuses', async () => {
    const user = userEvent.setup();
    await signInAs('mem-alva');
    const found = await subscriptionOf(plain);
    renderApp(`/customers/${found.customer.id}/plans`);
    const row = await planRowOf(found.offerName);
    const button = within(row).getByRole('button', { name: `Add seats: ${found.offerName}` });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    const { dialog, field } = await openedAddSeats(found.offerName);
    await user.clear(field);
    await user.type(field, '2');
    // The customer turns government meanwhile: the API now says "contact sales".
    await backend.store.write(async (tx) => {
      await tx.customers.put({ ...found.customer, marketSegment: 'GOV' });
    });
    await user.click(within(dialog).getByRole('button', { name: 'Place order' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'More seats cannot be bought online for government customers. Contact sales.',
    );
    expect(field).toHaveValue('2');
  });

  const contactSales = [
    {
      kind: 'a government customer',
      fits: (c: CustomerRecord) => c.marketSegment === 'GOV',
      addOn: false,
      reason: 'More seats cannot be bought online for government customers. Contact sales.',
    },
    {
      kind: 'a non-profit customer',
      fits: (c: CustomerRecord) =>
        c.marketSegment !== 'GOV' && c.marketSubSegments.includes('NON_PROFIT'),
      addOn: false,
      reason: 'More seats cannot be bought online for non-profit customers. Contact sales.',
    },
    {
      kind: 'an add-on subscription',
      fits: (c: CustomerRecord, hasAddOns: boolean) =>
        hasAddOns && c.marketSegment !== 'GOV' && !c.marketSubSegments.includes('NON_PROFIT'),
      addOn: true,
      reason: 'More seats cannot be bought online for subscriptions with add-ons. Contact sales.',
    },
  ];
  for (const { kind, fits, addOn, reason } of contactSales) {
    it(`says "contact sales" for ${kind} instead of opening the dialog`, async () => {
      await signInAs('mem-alva');
      const found = await subscriptionOf(fits, addOn);
      renderApp(`/customers/${found.customer.id}/plans`);
      const row = await planRowOf(found.offerName);
      const button = within(row).getByRole('button', { name: `Add seats: ${found.offerName}` });
      await waitFor(() => expect(button).toHaveAccessibleDescription(reason));
      expect(button).toBeDisabled();
      // Reducing and cancelling stay possible: only buying online goes through sales.
      expect(
        within(row).getByRole('button', { name: `Cancel at term end: ${found.offerName}` }),
      ).toBeEnabled();
    });
  }

  for (const member of ['mem-erik', 'mem-grace']) {
    it(`shows ${member === 'mem-erik' ? 'a sales rep' : 'a viewer'} disabled seat actions with the reason`, async () => {
      const session = await signInAs(member);
      const found = await subscriptionOf(
        (c, hasAddOns) =>
          plain(c, hasAddOns) && (member !== 'mem-erik' || c.salesRepId === session.member.id),
      );
      renderApp(`/customers/${found.customer.id}/plans`);
      const row = await planRowOf(found.offerName);
      const reason = 'Only an Administrator or an Account manager may change seats.';
      for (const name of ['Add seats', 'Reduce at next term', 'Cancel at term end']) {
        const button = within(row).getByRole('button', { name: `${name}: ${found.offerName}` });
        await waitFor(() => expect(button).toHaveAccessibleDescription(reason));
        expect(button).toBeDisabled();
      }
      // The reason is written once for the three buttons.
      expect(within(row).getAllByText(reason)).toHaveLength(1);
    });
  }
});

describe('Add seats for a suspended customer', () => {
  it('is disabled with the reason, and the server refuses it too', async () => {
    await signInAs('mem-alva');
    const found = await subscriptionOf(plain);
    // A PA that has waited 61 days for its order suspends the customer (SPEC §4).
    await addPendingPa(backend, found.customer.id, addDays(TODAY, -61), '8');
    const quote = await serverSeatQuote(found, 1);
    expect(quote.decision).toEqual({ ok: false, reason: 'CUSTOMER_SUSPENDED' });
    renderApp(`/customers/${found.customer.id}/plans`);
    const row = await planRowOf(found.offerName);
    const button = within(row).getByRole('button', { name: `Add seats: ${found.offerName}` });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/^This customer is suspended/));
    expect(button).toBeDisabled();
  });
});
