import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterAll(() => server.close());

describe('customer details', () => {
  it('shows the header with status reason and the overdue banner, and the Plans tab as its own URL', async () => {
    await signInAs('mem-alva');
    // The third seeded customer waits 31–60 days for its PA order: DELAYED.
    const { router } = renderApp('/customers/cus-000003');
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 15000 });
    expect(heading.textContent).not.toBe('');
    expect(screen.getByText('Delayed')).toBeInTheDocument();
    expect(screen.getByText(/^Order overdue: purchase authorization of/)).toBeInTheDocument();
    // A standing fact is a note; role="alert" is kept for what just happened.
    const notes = screen.getAllByRole('note').map((note) => note.textContent ?? '');
    expect(notes.some((text) => /has waited \d+ days for its order/.test(text))).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('1005000002')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/cus-000003/plans'));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Plans' })).toHaveAttribute('aria-selected', 'true'),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(table).getAllByText(/^\d+ of \d+$/).length).toBeGreaterThan(0);
  });

  it('answers a sales rep with "not found" for a customer outside their scope, with a retry', async () => {
    const session = await signInAs('mem-erik');
    const response = await fetch('http://localhost:3000/api/v1/customers?limit=100', {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    const own = ((await response.json()) as { items: { id: string }[] }).items.map((c) => c.id);
    const foreign = Array.from(
      { length: 50 },
      (_, i) => `cus-${String(i + 1).padStart(6, '0')}`,
    ).find((id) => !own.includes(id));
    renderApp(`/customers/${foreign ?? 'cus-000001'}`);
    expect(
      await screen.findByText('This was not found, or you may not see it.', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('This was not found, or you may not see it.'),
    ).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown address', async () => {
    await signInAs('mem-alva');
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('link', { name: 'Go to customers' }, { timeout: 15000 }),
    ).toBeInTheDocument();
  });
});
