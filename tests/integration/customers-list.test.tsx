import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterAll(() => server.close());

describe('customers list', () => {
  it('shows a page of customers with counts per status, and searches on the server', async () => {
    await signInAs('mem-alva');
    const { router } = renderApp('/customers');
    const grid = await screen.findByRole('grid', {}, { timeout: 15000 });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(5), {
      timeout: 15000,
    });
    expect(screen.getByRole('button', { name: /Active · \d+/ })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), '1005000003');
    await waitFor(() => expect(router.state.location.search).toContain('q=1005000003'));
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(2));
    expect(within(grid).getByText('1005000003')).toBeInTheDocument();
  });
});
