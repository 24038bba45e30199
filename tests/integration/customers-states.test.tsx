import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('customers list states and roles', () => {
  it('shows an error with a retry when the list cannot load, then the rows after the retry', async () => {
    await signInAs('mem-alva');
    let failures = 1;
    server.use(
      http.get(`${API_BASE}/customers`, () => {
        if (failures-- > 0) {
          return HttpResponse.json(
            { code: 'SERVICE_UNAVAILABLE', message: 'down' },
            { status: 503 },
          );
        }
        return undefined; // fall through to the real handler
      }),
    );
    renderApp('/customers');
    expect(
      await screen.findByText(
        'The service is unavailable right now. Try again in a moment.',
        {},
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    const grid = await screen.findByRole('grid', {}, { timeout: 15000 });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(5), {
      timeout: 15000,
    });
  });

  it('says so when an answer breaks the contract, instead of crashing', async () => {
    await signInAs('mem-alva');
    server.use(http.get(`${API_BASE}/customers`, () => HttpResponse.json({ items: 'nope' })));
    renderApp('/customers');
    expect(
      await screen.findByText(
        'The server answered in an unexpected way. Try again, or report it if it persists.',
        {},
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
  });

  it('shows an empty state when nothing matches', async () => {
    await signInAs('mem-alva');
    renderApp('/customers?q=zzzz-no-such-customer');
    expect(
      await screen.findByText('No customers match', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
  });

  it('hides Invite from a viewer and a sales rep, who see why through the role shown', async () => {
    await signInAs('mem-grace');
    renderApp('/customers');
    await screen.findByRole('grid', {}, { timeout: 15000 });
    expect(screen.queryByRole('button', { name: 'Invite customer' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Signed in as Grace Okafor, Viewer. Open account menu' }),
    ).toBeInTheDocument();
  });

  it('sends a member whose session expired to sign-in, remembering the page', async () => {
    await signInAs('mem-jonas');
    server.use(
      http.get(`${API_BASE}/customers`, () =>
        HttpResponse.json({ code: 'UNAUTHENTICATED', message: 'expired' }, { status: 401 }),
      ),
    );
    const { router } = renderApp('/customers?status=ACTIVE');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'), {
      timeout: 15000,
    });
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe(
      '/customers?status=ACTIVE',
    );
    expect(
      await screen.findByText(
        'Your session has expired. Sign in again to continue where you were.',
      ),
    ).toBeInTheDocument();
    server.resetHandlers();
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Sign in as Jonas Becker' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ACTIVE'));
  });
});
