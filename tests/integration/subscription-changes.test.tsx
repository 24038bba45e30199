import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compareDates } from '@/domain/calendar-date';
import { formatCalendarDate } from '@/i18n/format';
import type { SubscriptionRecord } from '@mocks/db/records';
import { renderApp, signInAs, startTestBackend } from '../utils/render';
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

/** A running subscription with seats in use and seats free, nothing scheduled, untouched. */
async function subscriptionToChange(accountManagerId?: string, onlineBuyer = false) {
  const [subscriptions, offers, customers] = await backend.store.read(async (tx) =>
    Promise.all([tx.subscriptions.all(), tx.offers.all(), tx.customers.all()]),
  );
  const addOn = new Set(offers.filter((o) => o.addOn).map((o) => o.id));
  const withAddOns = new Set(
    subscriptions
      .filter((s) => s.currentQuantity > 0 && addOn.has(s.offerId))
      .map((s) => s.customerId),
  );
  // onlineBuyer: a customer that may buy seats online (not GOV, not NON_PROFIT, no add-ons).
  const managed = new Set(
    customers
      .filter((c) => accountManagerId === undefined || c.accountManagerId === accountManagerId)
      .filter(
        (c) =>
          !onlineBuyer ||
          (c.marketSegment !== 'GOV' &&
            !c.marketSubSegments.includes('NON_PROFIT') &&
            !withAddOns.has(c.id)),
      )
      .map((c) => c.id),
  );
  const found = subscriptions.find(
    (s) =>
      !used.has(s.customerId) &&
      managed.has(s.customerId) &&
      s.scheduledChange === null &&
      s.usedQuantity >= 2 &&
      s.currentQuantity >= s.usedQuantity + 2 &&
      compareDates(TODAY, s.renewalDate) < 0,
  );
  if (!found) throw new Error('no subscription to change left in the seed');
  used.add(found.customerId);
  return { subscription: found, offerName: offers.find((o) => o.id === found.offerId)?.name ?? '' };
}

async function stored(subscription: SubscriptionRecord) {
  return backend.store.read((tx) => tx.subscriptions.get(subscription.id));
}

async function openReduce(user: UserEvent, row: HTMLElement, offerName: string) {
  const button = within(row).getByRole('button', { name: `Reduce at next term: ${offerName}` });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  const dialog = await screen.findByRole('dialog', {
    name: `Reduce seats of ${offerName} at the next term`,
  });
  const field = within(dialog).getByRole('textbox', { name: /^Seats for the next term/ });
  return { dialog, field };
}

describe('Scheduled seat changes on the Plans tab', () => {
  it('refuses a reduction below the seats assigned in the form', async () => {
    const user = userEvent.setup();
    await signInAs('mem-alva');
    const { subscription, offerName } = await subscriptionToChange();
    renderApp(`/customers/${subscription.customerId}/plans`);
    const row = await planRowOf(offerName);
    const { dialog, field } = await openReduce(user, row, offerName);
    const confirm = within(dialog).getByRole('button', { name: 'Schedule reduction' });
    // Not ticked yet: the confirm button says why it is disabled.
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('Tick “I understand” to continue.');
    await user.clear(field);
    await user.type(field, String(subscription.usedQuantity - 1));
    expect(
      await within(dialog).findByText(
        `Not below the ${subscription.usedQuantity} seats assigned to users. Unassign licences first.`,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand' }));
    await user.click(confirm);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect((await stored(subscription))?.scheduledChange).toBeNull();
  });

  it('shows the server refusal in the dialog, input kept', async () => {
    const user = userEvent.setup();
    await signInAs('mem-alva');
    const { subscription, offerName } = await subscriptionToChange();
    renderApp(`/customers/${subscription.customerId}/plans`);
    const row = await planRowOf(offerName);
    const { dialog, field } = await openReduce(user, row, offerName);
    await user.clear(field);
    await user.type(field, String(subscription.usedQuantity));
    // A licence is assigned meanwhile (same version): the server's rule now refuses.
    await backend.store.write(async (tx) => {
      const current = await tx.subscriptions.get(subscription.id);
      if (current)
        await tx.subscriptions.put({ ...current, usedQuantity: current.usedQuantity + 1 });
    });
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand' }));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule reduction' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'There would be fewer seats than are assigned to users. Unassign licences first.',
    );
    expect(field).toHaveValue(String(subscription.usedQuantity));
  });

  it('schedules a reduction, shows it with its date in the row and the header, and undoes it', async () => {
    const user = userEvent.setup();
    // An Account manager may change seats of the customers they manage.
    const session = await signInAs('mem-jonas');
    const { subscription, offerName } = await subscriptionToChange(session.member.id);
    const date = formatCalendarDate(subscription.renewalDate, 'en');
    renderApp(`/customers/${subscription.customerId}/plans`);
    const row = await planRowOf(offerName);
    const { dialog, field } = await openReduce(user, row, offerName);
    expect(dialog).toHaveTextContent(`From ${date}, the start of the next term`);
    const quantity = subscription.usedQuantity;
    await user.clear(field);
    await user.type(field, String(quantity));
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand' }));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule reduction' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: 10000,
    });
    expect(
      await within(row).findByText(`Down to ${quantity} seats on ${date}`),
    ).toBeInTheDocument();
    // The anniversary renews with the reduced seats, whatever auto-renew's quantity said.
    expect(
      within(row).getByText(
        subscription.autoRenewal.enabled
          ? `On, ${quantity} ${quantity === 1 ? 'seat' : 'seats'}`
          : 'Off',
      ),
    ).toBeInTheDocument();
    const notice = `Reduction to ${quantity} ${quantity === 1 ? 'seat' : 'seats'} scheduled for ${date}.`;
    // The word of it done takes the focus (the dialog's opener may now be disabled).
    await waitFor(() => expect(within(row).getByText(notice)).toHaveFocus());
    const pending = screen.getByRole('region', { name: 'Pending changes' });
    expect(
      within(pending).getByText(`Seats of ${offerName} down to ${quantity} on ${date}`),
    ).toBeInTheDocument();
    expect((await stored(subscription))?.scheduledChange).toMatchObject({
      type: 'REDUCTION',
      renewalQuantity: quantity,
    });

    await user.click(
      within(row).getByRole('button', { name: `Undo the scheduled change: ${offerName}` }),
    );
    await waitFor(() =>
      expect(within(row).queryByText(`Down to ${quantity} seats on ${date}`)).toBeNull(),
    );
    expect(screen.queryByRole('region', { name: 'Pending changes' })).toBeNull();
    await waitFor(() => expect(within(row).getByText('Scheduled change undone.')).toHaveFocus());
    // The notice of the reduction went with it.
    expect(within(row).queryByText(notice)).toBeNull();
    expect((await stored(subscription))?.scheduledChange).toBeNull();
  });

  it('cancels at term end with "I understand", access kept until then, and undoes it', async () => {
    const user = userEvent.setup();
    await signInAs('mem-alva');
    const { subscription, offerName } = await subscriptionToChange(undefined, true);
    const date = formatCalendarDate(subscription.renewalDate, 'en');
    renderApp(`/customers/${subscription.customerId}/plans`);
    const row = await planRowOf(offerName);
    const button = within(row).getByRole('button', { name: `Cancel at term end: ${offerName}` });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: `Cancel ${offerName} at term end` });
    expect(dialog).toHaveTextContent(`access is kept until the term ends and stops on ${date}`);
    const confirm = within(dialog).getByRole('button', { name: 'Cancel at term end' });
    expect(confirm).toBeDisabled();
    // Keyboard only: the checkbox is the first stop in the dialog, Space ticks it.
    await user.tab();
    expect(within(dialog).getByRole('checkbox', { name: 'I understand' })).toHaveFocus();
    await user.keyboard(' ');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: 10000,
    });
    expect(await within(row).findByText(`Cancelled at term end, ${date}`)).toBeInTheDocument();
    expect(
      await within(row).findByText(`Cancellation scheduled: access ends on ${date}.`),
    ).toBeInTheDocument();
    // Adding seats to a subscription ending by cancellation: undo it first.
    expect(
      within(row).getByRole('button', { name: `Add seats: ${offerName}` }),
    ).toHaveAccessibleDescription('A change is already scheduled. Undo it first.');

    expect(within(row).getByText('Off: ends with its term')).toBeInTheDocument();

    await user.click(
      within(row).getByRole('button', { name: `Undo the scheduled change: ${offerName}` }),
    );
    await waitFor(() =>
      expect(within(row).queryByText(`Cancelled at term end, ${date}`)).toBeNull(),
    );
    expect(within(row).queryByText(`Cancellation scheduled: access ends on ${date}.`)).toBeNull();
    expect(within(row).queryByText('Off: ends with its term')).toBeNull();
    expect((await stored(subscription))?.scheduledChange).toBeNull();
  });
});
