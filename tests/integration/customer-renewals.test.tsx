import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '@/domain/calendar-date';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { initTestI18n } from '../utils/i18n';
import { renderApp, signInAs, startTestBackend, TEST_TODAY } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const VIEWER = 'mem-grace';

async function openTab(customerId: string) {
  renderApp(`/customers/${customerId}/renewals`);
  return screen.findByRole('heading', { name: 'Renewal cycle' }, { timeout: 15000 });
}

/** A subscription of the customer, with its section on the tab (by offer name). */
async function subscriptionSection(customerId: string) {
  const [subscription] = await backend.store.read((tx) => tx.subscriptions.byCustomer(customerId));
  if (!subscription) throw new Error(`${customerId} has no subscription`);
  const offer = await backend.store.read((tx) => tx.offers.get(subscription.offerId));
  const heading = await screen.findByRole('heading', { name: offer?.name ?? '' });
  const section = heading.closest('li');
  if (!section) throw new Error('no subscription section');
  return { subscription, section };
}

describe("the customer's Renewals tab", () => {
  it('shows the cycle dates and the e-mails, those whose day has come marked sent', async () => {
    // A customer in its renewal window, more than 3 days ahead (the seed is read, never guessed);
    // every date below is counted from its anniversary.
    const customers = await backend.store.read((tx) => tx.customers.all());
    const customer = customers.find((c) => {
      const days = c.cotermDate === null ? -1 : daysBetween(TEST_TODAY, c.cotermDate);
      return c.invitationAccepted && days > 3 && days < 30;
    });
    const anniversary = customer?.cotermDate;
    if (!customer || !anniversary) throw new Error('no customer in its renewal window');
    const day = (offset: number) => formatCalendarDate(addDays(anniversary, offset), 'en');
    await signInAs(ADMIN);
    await openTab(customer.id);
    const cycle = screen.getByRole('region', { name: 'Renewal cycle' });
    expect(within(cycle).getByText('Renewal window opens').nextSibling).toHaveTextContent(
      `${day(-30)} · passed`,
    );
    expect(within(cycle).getByText('Anniversary (renewal date)').nextSibling).toHaveTextContent(
      new RegExp(`^${day(0)}$`),
    );
    expect(
      within(cycle).getByText('Auto-renew can no longer be changed from').nextSibling,
    ).toHaveTextContent(new RegExp(`^${day(-3)}$`));
    // 30 days of grace after the anniversary; access ends the day after.
    expect(within(cycle).getByText('Access removed if not renewed').nextSibling).toHaveTextContent(
      new RegExp(`^${day(31)}$`),
    );
    const reminder = within(cycle).getByText('Renewal reminder, 30 days before the anniversary');
    expect(reminder.nextSibling).toHaveTextContent(`Sent on ${day(-30)}`);
    const due = within(cycle).getByText('Renewal due, on the anniversary');
    expect(due.nextSibling).toHaveTextContent(`To be sent on ${day(0)}`);
  });

  it('changes auto-renew and its quantity, refusing fewer seats than are in use', async () => {
    await signInAs(ADMIN);
    await openTab('cus-000014');
    const { subscription, section } = await subscriptionSection('cus-000014');
    const user = userEvent.setup();
    const quantity = within(section).getByRole('textbox', { name: 'Seats at renewal' });
    const save = within(section).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    const used = subscription.usedQuantity;
    expect(quantity).toHaveAccessibleDescription(
      used === 0
        ? 'At least 1 seat (none is assigned to a user)'
        : used === 1
          ? 'At least 1: 1 seat is assigned to a user'
          : `At least ${used}: ${used} seats are assigned to users`,
    );
    await user.clear(quantity);
    await user.type(quantity, String(Math.max(0, subscription.usedQuantity - 1)));
    if (subscription.usedQuantity > 0) {
      expect(quantity).toHaveAccessibleDescription(/fewer seats than are assigned to users/);
    }
    await user.clear(quantity);
    const next = subscription.usedQuantity + 2;
    await user.type(quantity, String(next));
    const toggle = within(section).getByRole('switch', { name: 'Renew automatically' });
    const wasOn = subscription.autoRenewal.enabled;
    await user.click(toggle);
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(
      async () => {
        const stored = await backend.store.read((tx) => tx.subscriptions.get(subscription.id));
        expect(stored?.autoRenewal).toEqual({ enabled: !wasOn, renewalQuantity: next });
      },
      { timeout: 10000 },
    );
    expect(await screen.findByText('Auto-renew saved.')).toBeInTheDocument();
  });

  it('disables auto-renew from 3 days before the anniversary, saying why', async () => {
    // Customer 10: its anniversary is the business date itself.
    await signInAs(ADMIN);
    await openTab('cus-000010');
    const { section } = await subscriptionSection('cus-000010');
    const toggle = within(section).getByRole('switch', { name: 'Renew automatically' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(
      'Auto-renewal and the renewal quantity can only be changed until 3 days before the anniversary date.',
    );
    expect(within(section).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('lists the renewal orders, and says why a viewer cannot change anything', async () => {
    await signInAs(VIEWER);
    await openTab('cus-000013');
    const history = screen.getByRole('region', { name: 'Renewal history' });
    const orders = await backend.store.read((tx) => tx.orders.byCustomer('cus-000013'));
    const renewal = orders.find((order) => order.orderType === 'RENEWAL');
    expect(
      await within(history).findByText(new RegExp(`Renewal ${renewal?.number ?? '-'}`)),
    ).toBeInTheDocument();
    const { section } = await subscriptionSection('cus-000013');
    const toggle = within(section).getByRole('switch', { name: 'Renew automatically' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('Your role cannot change renewals.');
  });

  it('says there is no anniversary yet for a customer without one', async () => {
    await signInAs(ADMIN);
    await openTab('cus-000002');
    expect(screen.getByText('No anniversary yet')).toBeInTheDocument();
  });
  it('formats the seat counts for the language, one seat in use agreeing in French', async () => {
    const [subscription] = await backend.store.read((tx) =>
      tx.subscriptions.byCustomer('cus-000014'),
    );
    if (!subscription) throw new Error('cus-000014 has no subscription');
    await backend.store.write((tx) =>
      tx.subscriptions.put({ ...subscription, currentQuantity: 1200, usedQuantity: 1 }),
    );
    await signInAs(ADMIN);
    initTestI18n('fr');
    try {
      renderApp('/customers/cus-000014/renewals');
      // Testing Library collapses whitespace (the narrow no-break space of French groups too).
      const facts = `${formatNumber(1200, 'fr')} postes, 1 utilisé ·`.replace(/\s+/g, ' ');
      expect(
        await screen.findByText((text) => text.startsWith(facts), {}, { timeout: 15000 }),
      ).toBeInTheDocument();
    } finally {
      initTestI18n('en');
    }
  });
});
