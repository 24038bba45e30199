import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentMethodRecord } from '@mocks/db/records';
import { renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADMIN = 'mem-alva';
const used = new Set<string>();

const BRANDS = { VISA: 'Visa', MASTERCARD: 'Mastercard', AMEX: 'American Express' } as const;

/** The card's name as the page gives it. */
function labelOf(card: PaymentMethodRecord): string {
  const month = String(card.card.expiryMonth).padStart(2, '0');
  return `${BRANDS[card.card.brand]} ending ${card.card.last4}, expires ${month}/${card.card.expiryYear}`;
}

/** A customer no earlier test took, with its default card (read from the seed). */
async function customerWithDefaultCard() {
  const cards = await backend.store.read((tx) => tx.paymentMethods.all());
  const card = cards.find((c) => c.isDefault && !used.has(c.customerId));
  if (!card) throw new Error('no customer with a default card left in the seed');
  used.add(card.customerId);
  return card;
}

/** Card requests sent to the backend while a test runs. */
function recordCardPosts() {
  const posts: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/payment-methods')) {
      posts.push(request.url);
    }
  });
  return posts;
}

async function openBilling(customerId: string) {
  renderApp(`/customers/${customerId}/billing`);
  return screen.findByRole('button', { name: 'Add card' }, { timeout: 15000 });
}

async function fillCard(
  user: UserEvent,
  dialog: HTMLElement,
  card: { number: string; expiry: string; cvc: string; name: string },
) {
  const fields: [string, string][] = [
    ['Card number', card.number],
    ['Expiry date', card.expiry],
    ['Security code', card.cvc],
    ['Name on the card', card.name],
  ];
  for (const [label, value] of fields) {
    const field = within(dialog).getByRole('textbox', { name: label });
    await user.clear(field);
    if (value !== '') await user.type(field, value);
  }
}

describe('billing: payment methods', () => {
  it('disables removing the default card, saying to set another default first', async () => {
    const card = await customerWithDefaultCard();
    await signInAs(ADMIN);
    await openBilling(card.customerId);
    const item = await screen.findByRole('listitem', { name: labelOf(card) });
    expect(within(item).getByText('Default')).toBeInTheDocument();
    const remove = within(item).getByRole('button', { name: 'Remove' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'The default card cannot be removed. Set another card as the default first.',
    );
    expect(within(item).queryByRole('button', { name: 'Make default' })).not.toBeInTheDocument();
  });

  it('explains every problem of an invalid card under its field, keeps the input and sends nothing', async () => {
    const card = await customerWithDefaultCard();
    await signInAs(ADMIN);
    const posts = recordCardPosts();
    const user = userEvent.setup();
    await user.click(await openBilling(card.customerId));
    const dialog = await screen.findByRole('dialog', { name: 'Add a card' });
    // Luhn fails; October 2026 is before the business date (2026-11-23); a Visa CVC has 3 digits.
    await fillCard(user, dialog, {
      number: '4111 1111 1111 1112',
      expiry: '10/2026',
      cvc: '12',
      name: '',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add card' }));
    const field = (name: string) => within(dialog).getByRole('textbox', { name });
    await waitFor(() =>
      expect(field('Card number')).toHaveAccessibleDescription('This is not a valid card number'),
    );
    expect(field('Expiry date')).toHaveAccessibleDescription('This card has expired');
    expect(field('Security code')).toHaveAccessibleDescription(
      'The security code has the wrong number of digits for this card',
    );
    expect(field('Name on the card')).toHaveAccessibleDescription('Enter the name on the card');
    expect(field('Card number')).toHaveValue('4111 1111 1111 1112');
    expect(field('Expiry date')).toHaveValue('10/2026');

    // A Visa number of 14 digits: no Visa is that long.
    await user.clear(field('Card number'));
    await user.type(field('Card number'), '4111 1111 1111 11');
    await user.click(within(dialog).getByRole('button', { name: 'Add card' }));
    await waitFor(() =>
      expect(field('Card number')).toHaveAccessibleDescription(
        'The card number has the wrong number of digits for its network',
      ),
    );
    expect(posts).toHaveLength(0);
  });

  it('adds a valid card, makes it the default, then removes the old one after confirming', async () => {
    const old = await customerWithDefaultCard();
    await signInAs(ADMIN);
    const user = userEvent.setup();
    await user.click(await openBilling(old.customerId));
    const dialog = await screen.findByRole('dialog', { name: 'Add a card' });
    await fillCard(user, dialog, {
      number: '5555 5555 5555 4444',
      expiry: '12/2030',
      cvc: '123',
      name: 'Ada Lovelace',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add card' }));
    const label = 'Mastercard ending 4444, expires 12/2030';
    expect(await screen.findByText(`${label} was added.`)).toBeInTheDocument();
    const added = await screen.findByRole('listitem', { name: label });

    await user.click(within(added).getByRole('button', { name: 'Make default' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('listitem', { name: label })).getByText('Default'),
      ).toBeInTheDocument(),
    );
    const previous = screen.getByRole('listitem', { name: labelOf(old) });
    const remove = within(previous).getByRole('button', { name: 'Remove' });
    await waitFor(() => expect(remove).toBeEnabled());
    await user.click(remove);

    const confirm = await screen.findByRole('dialog', { name: `Remove ${labelOf(old)}?` });
    const submit = within(confirm).getByRole('button', { name: 'Remove card' });
    expect(submit).toBeDisabled();
    await user.click(within(confirm).getByRole('checkbox', { name: 'I understand' }));
    await user.click(submit);
    // While the confirmation is open the list is aria-hidden, so "no such item" proves nothing
    // until the dialog has closed.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: 10000,
    });
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: labelOf(old) })).not.toBeInTheDocument(),
    );
    await waitFor(async () => {
      const stored = await backend.store.read((tx) => tx.paymentMethods.byCustomer(old.customerId));
      expect(stored.find((c) => c.id === old.id)).toBeUndefined();
      expect(stored.find((c) => c.isDefault)?.card.last4).toBe('4444');
    });
  });
});
