import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import { ApiHarness } from './testing/harness';

/** Seeded upcoming invoices project an auto-renewal; they go when it changes or happens. */
describe('upcoming invoices', () => {
  async function setUp() {
    const harness = await ApiHarness.create();
    const token = await harness.signIn('mem-alva');
    const { invoices, subscriptions } = await harness.snapshot();
    const upcoming = invoices.find((invoice) => invoice.orderId === null);
    if (!upcoming) throw new Error('The seed has no upcoming invoice');
    const sub = subscriptions.find(
      (s) =>
        s.customerId === upcoming.customerId &&
        s.renewalDate === upcoming.issueDate &&
        upcoming.lines.some((line) => line.offerId === s.offerId),
    );
    if (!sub) throw new Error('No subscription for the upcoming invoice');
    return { harness, token, upcoming, sub };
  }

  it('is withdrawn when auto-renew is turned off', async () => {
    const { harness, token, upcoming, sub } = await setUp();
    const answer = await harness.request(
      'PATCH',
      `/customers/${sub.customerId}/subscriptions/${sub.id}/auto-renewal`,
      { token, body: { enabled: false }, version: sub.version },
    );
    expect(answer.status).toBe(200);
    const { invoices } = await harness.snapshot();
    expect(invoices.some((invoice) => invoice.id === upcoming.id)).toBe(false);
  });

  it('gives way to the real renewal invoice on the anniversary', async () => {
    const { harness, token, upcoming, sub } = await setUp();
    await harness.setBusinessDate(addDays(sub.renewalDate, 1));
    const { invoices, orders } = await harness.snapshot();
    expect(invoices.some((invoice) => invoice.id === upcoming.id)).toBe(false);
    const renewal = orders.find(
      (order) =>
        order.orderType === 'RENEWAL' &&
        order.lineItems.some((line) => line.subscriptionId === sub.id) &&
        order.creationDate === sub.renewalDate,
    );
    expect(renewal).toBeDefined();
    expect(invoices.filter((invoice) => invoice.orderId === renewal?.id)).toHaveLength(1);
    const list = await harness.request('GET', `/customers/${sub.customerId}/invoices`, { token });
    expect(list.status).toBe(200);
  });
});
