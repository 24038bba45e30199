import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CustomerPageSchema } from '@/api/customers/schemas';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function openDialog(user: UserEvent) {
  await user.click(
    await screen.findByRole('button', { name: 'Invite customer' }, { timeout: 15000 }),
  );
  return screen.findByRole('dialog', { name: 'Invite a customer' });
}

async function fillGood(user: UserEvent, dialog: HTMLElement, name: string) {
  await user.type(within(dialog).getByLabelText(/Company name/), name);
  await choose(user, 'Country', 'Germany');
  await user.type(within(dialog).getByLabelText(/Admin first name/), 'Ida');
  await user.type(within(dialog).getByLabelText(/Admin last name/), 'Berg');
  await user.type(within(dialog).getByLabelText(/Admin e-mail/), 'ida@example.com');
  await choose(user, 'Sales rep', 'Lukas Wagner');
}

async function countByName(name: string, token: string) {
  const response = await fetch(`${API_BASE}/customers?q=${encodeURIComponent(name)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return CustomerPageSchema.parse(await response.json()).totalCount;
}

describe('invite customer dialog', () => {
  it('validates every field with a message, and invites with the account manager fixed to the inviter', async () => {
    const session = await signInAs('mem-jonas');
    const user = userEvent.setup();
    renderApp('/customers');
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('combobox', { name: 'Account manager' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.type(within(dialog).getByLabelText(/Company name/), 'A'.repeat(81));
    await user.type(within(dialog).getByLabelText(/Admin e-mail/), 'x@');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(await within(dialog).findByText('At most 80 characters')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Enter an e-mail address such as name@example.com'),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByText('Required').length).toBeGreaterThanOrEqual(3);

    await user.clear(within(dialog).getByLabelText(/Company name/));
    await user.clear(within(dialog).getByLabelText(/Admin e-mail/));
    await fillGood(user, dialog, 'Integration Test GmbH');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(
      await screen.findByText(/Integration Test GmbH was invited\. Its VIP ID is \d{10}\./),
    ).toBeInTheDocument();
    expect(await countByName('Integration Test GmbH', session.token)).toBe(1);
  });

  it('shows the API refusal of a field under that field and keeps everything typed', async () => {
    await signInAs('mem-alva');
    server.use(
      http.post(`${API_BASE}/customers`, () =>
        HttpResponse.json(
          {
            code: 'VALIDATION',
            message: 'Invalid contact.email',
            details: {
              fields: [{ path: 'contact.email', code: 'invalid_format', message: 'bad' }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/customers');
    const dialog = await openDialog(user);
    await fillGood(user, dialog, 'Refused Name AB');
    await choose(user, 'Account manager', 'Priya Nair');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(
      await within(dialog).findByText('Some fields are not valid. Check the highlighted fields.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Admin e-mail/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/Company name/)).toHaveValue('Refused Name AB');
  });

  it('keeps the input when the network fails, and the retry creates one customer only', async () => {
    const session = await signInAs('mem-alva');
    // The first attempt commits but its answer is lost; the retry with the same key replays it.
    let lose = true;
    server.use(
      http.post(`${API_BASE}/customers`, async ({ request }) => {
        if (!lose) return undefined;
        lose = false;
        await fetch(request.clone());
        return HttpResponse.error();
      }),
    );
    const user = userEvent.setup();
    renderApp('/customers');
    const dialog = await openDialog(user);
    await fillGood(user, dialog, 'Lost Answer Ltd');
    await choose(user, 'Account manager', 'Priya Nair');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(
      await within(dialog).findByText(
        'The network request failed. Check your connection and try again.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Company name/)).toHaveValue('Lost Answer Ltd');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(
      await screen.findByText(/Lost Answer Ltd was invited/, undefined, { timeout: 10000 }),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await countByName('Lost Answer Ltd', session.token)).toBe(1));
  });
});
