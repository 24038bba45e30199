import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CustomerPageSchema } from '@/api/customers/schemas';
import { RenewalPageSchema, type OverviewStage, type RenewalItem } from '@/api/renewals/schemas';
import { AppProviders } from '@/app/providers';
import { RenewalsPage } from '@/features/renewals/renewals-page';
import { downloadText } from '@/lib/csv';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

// The export's file is caught here: jsdom cannot download.
vi.mock('@/lib/csv', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/csv')>()),
  downloadText: vi.fn(),
}));

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const LONG = { timeout: 15000 };

/** The API's whole answer for a query, as the member sees it (to compare the screen with). */
async function allRenewals(token: string, query: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...query, limit: '1000' });
  const response = await fetch(`${API_BASE}/renewals?${params.toString()}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return RenewalPageSchema.parse(await response.json()).items;
}

// Role queries over a grid of a few hundred cells are slow in jsdom; once the grid is found, its
// rows and cells are read by their ARIA roles and indexes directly.
const byRole = (root: ParentNode, role: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[role="${role}"]`));

/** The grid's data rows (the header row left out), once it has some. */
async function dataRows() {
  const grid = await screen.findByRole('grid', {}, LONG);
  await waitFor(() => expect(byRole(grid, 'row').length).toBeGreaterThan(1), LONG);
  return byRole(grid, 'row').slice(1);
}

/** The text of a row's cell under the column header with this title. */
function cell(row: HTMLElement, header: string): string {
  const column = byRole(document, 'columnheader')
    .find((h) => h.textContent === header)
    ?.getAttribute('aria-colindex');
  if (!column) throw new Error(`No column ${header}`);
  return (
    byRole(row, 'gridcell').find((c) => c.getAttribute('aria-colindex') === column)?.textContent ??
    ''
  );
}

/** "12 days left" → 12, "Due today" → 0, "3 days into grace" → −3. */
function daysLeftOf(text: string): number {
  if (text === 'Due today') return 0;
  const left = /^(\d+) days? left$/.exec(text);
  if (left) return Number(left[1]);
  const grace = /^(\d+) days? into grace$/.exec(text);
  if (grace) return -Number(grace[1]);
  throw new Error(`Not a days-left text: ${text}`);
}

const STAGE_TEXT: Record<OverviewStage, string> = {
  UPCOMING: 'Upcoming',
  WINDOW_OPEN: 'Window open',
  DUE: 'Due',
  GRACE: 'In grace',
};

const daysOfRows = (rows: HTMLElement[]) => rows.map((row) => daysLeftOf(cell(row, 'Days left')));

describe('renewals overview', () => {
  it('is in the navigation and lists renewals with their stage and days left in words', async () => {
    const { token } = await signInAs('mem-alva');
    const expected = await allRenewals(token);
    const { router } = renderApp('/customers');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Renewals' }, LONG));
    await waitFor(() => expect(router.state.location.pathname).toBe('/renewals'), LONG);
    expect(await screen.findByRole('heading', { name: 'Renewals' }, LONG)).toBeInTheDocument();
    const rows = await dataRows();
    expect(rows).toHaveLength(Math.min(25, expected.length));
    expect(screen.getByText(`1–25 of ${expected.length}`)).toBeInTheDocument();
    // Soonest first: those in grace lead.
    const first = expected[0] as RenewalItem;
    const firstRow = rows[0] as HTMLElement;
    expect(first.stage).toBe('GRACE');
    expect(cell(firstRow, 'Days left')).toBe(`${-first.daysLeft} days into grace`);
    expect(within(firstRow).getByText('In grace')).toBeInTheDocument();
    expect(within(firstRow).getByRole('link', { name: first.companyName })).toHaveAttribute(
      'href',
      `/customers/${first.customerId}/plans`,
    );
    expect(cell(firstRow, 'VIP ID')).toBe(first.vipId);
    expect(cell(firstRow, 'Suggested renewal')).toContain(`Level ${first.suggestedVolumeLevel}`);
    const days = daysOfRows(rows);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const stages = rows.map((row) => cell(row, 'Stage'));
    expect(new Set(stages)).toEqual(
      new Set(expected.slice(0, 25).map((item) => STAGE_TEXT[item.stage])),
    );
    // The app composes Renew into each row: enabled once the window is open, else saying why.
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
    const renew = within(firstRow).getByRole('button', { name: /^Renew / });
    if (first.stage === 'UPCOMING') {
      expect(renew).toBeDisabled();
      expect(renew).toHaveAccessibleDescription(/^Renewal is not open yet/);
    } else {
      expect(renew).toBeEnabled();
    }
  });

  it('filters to 30 days on the server, in the URL, and sorts by days left', async () => {
    await signInAs('mem-alva');
    const { router } = renderApp('/renewals');
    await dataRows();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Within 30 days' }));
    await waitFor(() => expect(router.state.location.search).toBe('?window=30'));
    await waitFor(async () => {
      const days = daysOfRows(await dataRows());
      expect(days.every((d) => d >= 0 && d <= 30)).toBe(true);
    }, LONG);
    await user.click(screen.getByRole('columnheader', { name: /^Days left/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-daysLeft&window=30'));
    await waitFor(async () => {
      const days = daysOfRows(await dataRows());
      expect(days.length).toBeGreaterThan(1);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      expect(days.every((d) => d >= 0 && d <= 30)).toBe(true);
    }, LONG);
  });

  it('names each product filter option once, Team and Enterprise apart', async () => {
    await signInAs('mem-alva');
    renderApp('/renewals');
    await dataRows();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Product' }));
    const listbox = await screen.findByRole('listbox', {}, LONG);
    const labels = within(listbox)
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Photo Pro (Team)');
    expect(labels).toContain('Photo Pro (Enterprise)');
    await user.keyboard('{Escape}');
  });

  it('restores every filter from the URL, and "Managed by me" shows only the account manager\'s own', async () => {
    await signInAs('mem-jonas');
    const { router } = renderApp('/renewals?grace=1');
    expect(await screen.findByRole('button', { name: 'In grace' }, LONG)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(async () => {
      expect(daysOfRows(await dataRows()).every((d) => d < 0)).toBe(true);
    }, LONG);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'All' }));
    await user.click(screen.getByRole('switch', { name: 'Managed by me' }));
    await waitFor(() => expect(router.state.location.search).toBe('?mine=1'));
    await waitFor(async () => {
      const rows = await dataRows();
      expect(rows.map((row) => cell(row, 'Account manager'))).toEqual(
        rows.map(() => 'Jonas Becker'),
      );
    }, LONG);
  });

  it('exports the whole filtered list, every page, not only the one shown', async () => {
    const { token } = await signInAs('mem-alva');
    const expected = await allRenewals(token, { window: '90' });
    expect(expected.length).toBeGreaterThan(25);
    vi.mocked(downloadText).mockClear();
    renderApp('/renewals?window=90');
    expect(await dataRows()).toHaveLength(25);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1), LONG);
    const [fileName, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('renewals-2026-11-23.csv');
    const lines = (text ?? '')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Customer,VIP ID,Product,Seats,Seats in use,Anniversary,Days left,Stage,Suggested renewal,Volume level,Estimated price,Currency,Auto-renew,Auto-renew seats,Account manager',
    );
    expect(lines).toHaveLength(expected.length + 1);
    // Every row of the filtered list, in its order: VIP ID, anniversary and days left (the
    // names before them may hold commas, quoted).
    for (const [index, item] of expected.entries()) {
      expect(item.daysLeft).toBeGreaterThanOrEqual(0);
      expect(item.daysLeft).toBeLessThanOrEqual(90);
      expect(lines[index + 1]).toMatch(
        new RegExp(`,${item.vipId},.*,${item.renewalDate},${item.daysLeft},`),
      );
    }
  });

  it('shows a loading state, then the rows', async () => {
    await signInAs('mem-alva');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(`${API_BASE}/renewals`, async () => {
        await gate;
        return undefined; // then the real handler answers
      }),
    );
    renderApp('/renewals');
    await screen.findByRole('grid', {}, LONG);
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    release();
    expect((await dataRows()).length).toBeGreaterThan(1);
    await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
  });

  it('says when no renewal matches the filters', async () => {
    await signInAs('mem-alva');
    renderApp('/renewals?mine=1');
    expect(await screen.findByText('No renewals match', {}, LONG)).toBeInTheDocument();
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription(
      'Nothing to export: no renewal matches the filters.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filters' }));
    expect((await dataRows()).length).toBeGreaterThan(1);
  });

  it('shows an error with a retry when the list cannot load, then the rows after the retry', async () => {
    await signInAs('mem-alva');
    let failures = 1;
    server.use(
      http.get(`${API_BASE}/renewals`, () => {
        if (failures-- > 0) {
          return HttpResponse.json(
            { code: 'SERVICE_UNAVAILABLE', message: 'down' },
            { status: 503 },
          );
        }
        return undefined;
      }),
    );
    renderApp('/renewals');
    expect(
      await screen.findByText(
        'The service is unavailable right now. Try again in a moment.',
        {},
        LONG,
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect((await dataRows()).length).toBeGreaterThan(1);
  });

  it('shows a sales rep only the renewals of their own customers', async () => {
    const admin = await signInAs('mem-alva');
    const response = await fetch(`${API_BASE}/customers?limit=1000`, {
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    const customers = CustomerPageSchema.parse(await response.json()).items;
    const erikVipIds = new Set(
      customers.filter((c) => c.salesRep.id === 'mem-erik').map((c) => c.vipId),
    );
    const everyone = await allRenewals(admin.token);
    await signInAs('mem-erik');
    renderApp('/renewals');
    const rows = await dataRows();
    const shown = rows.map((row) => cell(row, 'VIP ID'));
    expect(shown.length).toBeLessThan(everyone.length);
    expect(shown.every((vipId) => erikVipIds.has(vipId))).toBe(true);
    expect(everyone.filter((item) => erikVipIds.has(item.vipId))).toHaveLength(shown.length);
  });

  it('shows what the app composes into each row in a last Actions column', async () => {
    await signInAs('mem-alva');
    const router = createMemoryRouter(
      [
        {
          path: '/renewals',
          element: (
            <RenewalsPage
              rowAction={(item) => <button type="button">{`Renew ${item.vipId}`}</button>}
            />
          ),
        },
      ],
      { initialEntries: ['/renewals'] },
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const rows = await dataRows();
    const headers = byRole(document, 'columnheader');
    expect(headers.at(-1)?.textContent).toBe('Actions');
    const vipId = cell(rows[0] as HTMLElement, 'VIP ID');
    expect(
      within(rows[0] as HTMLElement).getByRole('button', { name: `Renew ${vipId}` }),
    ).toBeVisible();
  });
});
