import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEV_BASE } from '@/api/dev/schemas';
import { addDays } from '@/domain/calendar-date';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => cleanup());
afterAll(() => server.close());

async function setBusinessDate(businessDate: string) {
  const response = await fetch(`${API_BASE}${DEV_BASE}/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ businessDate }),
  });
  expect(response.status).toBe(200);
}

/**
 * SPEC §4 boundaries as the customer's Renewals tab shows them: Renew opens at −30 and stays
 * open through grace; auto-renew changes stop at −3; after +30 the subscription is gone. The
 * subscription is customer 25's (anniversary 2027-05-11, seats not all in use, nothing
 * scheduled), with auto-renew off so no renewal happens on the anniversary by itself.
 */
describe('renewal stage boundaries on the Renewals tab', () => {
  const customerId = 'cus-000025';
  let anniversary = '';
  let offerName = '';
  let offerId = '';
  let companyName = '';
  let managerId = '';

  beforeAll(async () => {
    await backend.ready;
    await backend.store.write(async (tx) => {
      for (const subscription of await tx.subscriptions.byCustomer(customerId)) {
        await tx.subscriptions.put({
          ...subscription,
          autoRenewal: { ...subscription.autoRenewal, enabled: false },
          scheduledChange: null,
        });
      }
    });
    const [first] = await backend.store.read((tx) => tx.subscriptions.byCustomer(customerId));
    if (!first) throw new Error('customer 25 has no subscription');
    anniversary = first.renewalDate;
    offerName = (await backend.store.read((tx) => tx.offers.get(first.offerId)))?.name ?? '';
    offerId = first.offerId;
    const customer = await backend.store.read((tx) => tx.customers.get(customerId));
    companyName = customer?.companyName ?? '';
    managerId = customer?.accountManagerId ?? '';
  });

  const listCases = [
    { day: -91, stage: null },
    { day: -90, stage: 'Upcoming' },
    { day: -31, stage: 'Upcoming' },
    { day: -30, stage: 'Window open' },
    { day: -1, stage: 'Window open' },
    { day: 0, stage: 'Due' },
    { day: 1, stage: 'In grace' },
    { day: 30, stage: 'In grace' },
    { day: 31, stage: null },
  ] as const;

  for (const { day, stage } of listCases) {
    it(`day ${day}: the overview shows it ${stage ?? 'not at all'}`, async () => {
      await setBusinessDate(addDays(anniversary, day));
      await signInAs('mem-alva');
      renderApp(`/renewals?manager=${managerId}&offer=${offerId}`);
      await screen.findByRole('grid', undefined, { timeout: 15000 });
      await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
      const rowOf = () =>
        screen.queryAllByRole('row').find((r) => within(r).queryByText(companyName) !== null) ??
        null;
      if (stage === null) {
        // Wait for the answer (rows of other customers, or the empty state), then look.
        await waitFor(
          () =>
            expect(
              screen.queryAllByRole('row').length > 1 ||
                screen.queryByText('No renewals match') !== null,
            ).toBe(true),
          { timeout: 10000 },
        );
        expect(rowOf()).toBeNull();
      } else {
        const row = await waitFor(
          () => {
            const found = rowOf();
            if (!found) throw new Error(`no row of ${companyName} yet`);
            return found;
          },
          { timeout: 10000 },
        );
        expect(within(row).getByText(stage)).toBeInTheDocument();
      }
    });
  }

  const cases = [
    { day: -31, renew: 'RENEWAL_NOT_OPEN', autoRenew: true },
    { day: -30, renew: 'OPEN', autoRenew: true },
    { day: -4, renew: 'OPEN', autoRenew: true },
    { day: -3, renew: 'OPEN', autoRenew: false },
    { day: 0, renew: 'OPEN', autoRenew: false },
    { day: 30, renew: 'OPEN', autoRenew: false },
    { day: 31, renew: 'GONE', autoRenew: false },
  ] as const;

  for (const { day, renew, autoRenew } of cases) {
    it(`day ${day}: Renew ${renew.toLowerCase()}, auto-renew ${autoRenew ? 'changeable' : 'closed'}`, async () => {
      await setBusinessDate(addDays(anniversary, day));
      await signInAs('mem-alva');
      renderApp(`/customers/${customerId}/renewals`);
      await screen.findByRole('heading', { name: 'Renewal cycle' }, { timeout: 15000 });
      if (renew === 'GONE') {
        // Access removed: no live subscription is left to renew or to set auto-renew on.
        expect(await screen.findByText('No live subscriptions to renew.')).toBeInTheDocument();
        // Nothing live is left: the customer is INACTIVE.
        const header = screen.getByRole('region', { name: companyName });
        expect(within(header).getByText('Inactive')).toBeInTheDocument();
        return;
      }
      const heading = await screen.findByRole('heading', { name: offerName });
      const section = heading.closest('li') as HTMLElement;
      const button = within(section).getByRole('button', { name: 'Renew' });
      if (renew === 'OPEN') {
        await waitFor(() => expect(button).toBeEnabled());
      } else {
        await waitFor(() => expect(button).toHaveAccessibleDescription(/^Renewal is not open yet/));
        expect(button).toBeDisabled();
      }
      const toggle = within(section).getByRole('switch', { name: 'Renew automatically' });
      expect(toggle.hasAttribute('disabled')).toBe(!autoRenew);
    });
  }
});
