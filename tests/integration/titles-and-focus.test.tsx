import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('en'));
});
afterAll(() => server.close());

const LONG = { timeout: 15000 };

async function companyOf(id: string) {
  const customer = await backend.store.read((tx) => tx.customers.get(id));
  if (!customer) throw new Error(`no ${id} in the seed`);
  return customer.companyName;
}

describe('document titles and focus on navigation', () => {
  it('gives each route its own title, translated', async () => {
    await signInAs('mem-alva');
    const { router } = renderApp('/customers');
    await waitFor(() => expect(document.title).toBe('Customers · Reseller Console'), LONG);

    const name = await companyOf('cus-000014');
    await act(() => router.navigate('/customers/cus-000014/plans'));
    await waitFor(() => expect(document.title).toBe(`${name} · Plans · Reseller Console`), LONG);
    await act(() => router.navigate('/customers/cus-000014/renewals'));
    await waitFor(() => expect(document.title).toBe(`${name} · Renewals · Reseller Console`), LONG);

    await act(() => i18n.changeLanguage('sv'));
    await act(() => router.navigate('/customers/cus-000014/plans'));
    await waitFor(() => expect(document.title).toBe(`${name} · Planer · Reseller Console`), LONG);
    await act(() => router.navigate('/renewals'));
    await waitFor(() => expect(document.title).toBe('Förlängningar · Reseller Console'), LONG);
  });

  it("moves focus to the customer's heading when a customer is opened, and keeps it on a tab", async () => {
    await signInAs('mem-alva');
    renderApp('/customers');
    const grid = await screen.findByRole('grid', {}, LONG);
    const link = await waitFor(() => {
      const found = within(grid).getAllByRole('link')[0];
      if (!found) throw new Error('no customer link yet');
      return found;
    }, LONG);
    const name = link.textContent ?? '';
    const user = userEvent.setup();
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name }, LONG);
    await waitFor(() => expect(heading).toHaveFocus(), LONG);

    const tab = screen.getByRole('tab', { name: 'Renewals' });
    await user.click(tab);
    await waitFor(() => expect(document.title).toBe(`${name} · Renewals · Reseller Console`), LONG);
    expect(tab).toHaveFocus();
  });
});
