/**
 * npm run bench: the figures of SPEC §10 for the customers list and the purchase authorization
 * dialog, measured in Debian's Chromium on the production build. Bytes are exact; times are
 * medians of several runs with min and max.
 */
import { execSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchChromium } from '../utils/chromium';
import { CustomerQueryIndex } from '../../mocks/db/customer-query';
import { generateCustomers } from '../../mocks/seed';
import { DEFAULT_RULES } from '../../src/domain/rules';
import { gzipKb, mockFiles, readManifest } from './bundle';
import { timeCustomersFilterUncached } from './customers';
import { timePaDialogOpen, timePaPreviewKeystrokes } from './pa-dialog';
import { timeRenewalsFilter, timeRenewalsFirstPage, timeRenewalsSort } from './renewals';
import { printFigures, summarise, type Figure } from './stats';

const PORT = 4178;
const BASE = `http://localhost:${PORT}`;
const DIST = 'dist';
const figures: Figure[] = [];

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('preview server did not start');
}

function storeQueryInNode() {
  const customers = [
    ...generateCustomers({ customerCount: 50_000, seed: 20_261_123, today: '2026-11-23' }),
  ].map((seeded) => seeded.customer);
  const index = new CustomerQueryIndex(customers);
  const base = { today: '2026-11-23', rules: DEFAULT_RULES, assignedTo: null, limit: 25 };
  const queries = [
    { ...base, sort: 'companyName' as const, offset: 0 },
    { ...base, sort: 'companyName' as const, offset: 25_000 },
    { ...base, sort: '-cotermDate' as const, offset: 100 },
    { ...base, sort: 'status' as const, offset: 0 },
    { ...base, sort: 'companyName' as const, offset: 0, q: 'nordic' },
    { ...base, sort: 'companyName' as const, offset: 0, statuses: ['DELAYED' as const] },
    { ...base, sort: 'vipId' as const, offset: 0, needsAttention: true },
  ];
  queries.forEach((query) => index.query(query)); // builds the sorted orders once
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      index.query(query);
      samples.push(performance.now() - t0);
    }
  }
  return samples;
}

/** Runs `act` in the page and measures until the grid shows other rows, painted. */
type GridAction =
  { kind: 'next' } | { kind: 'sort' } | { kind: 'filter' } | { kind: 'search'; text: string };

async function timeGrid(page: Page, act: GridAction): Promise<number> {
  return page.evaluate(async (action) => {
    const run = () => {
      const click = (selector: string) => document.querySelector<HTMLElement>(selector)?.click();
      switch (action.kind) {
        case 'next':
          return click('button[aria-label="Go to next page"]');
        case 'sort':
          return click(
            '[role="columnheader"][data-field="companyName"] .MuiDataGrid-columnHeaderTitleContainer',
          );
        case 'filter':
          return click('button[value="ACTIVE"]');
        case 'search': {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!input) return;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
            input,
            action.text,
          );
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
    };
    const signature = () => {
      const rows = [...document.querySelectorAll('[role="grid"] [role="row"][data-id]')].map((r) =>
        r.getAttribute('data-id'),
      );
      const footer = document.querySelector('.MuiTablePagination-displayedRows')?.textContent ?? '';
      return `${footer}|${rows.slice(0, 3).join(',')}`;
    };
    const before = signature();
    const t0 = performance.now();
    run();
    await new Promise<void>((resolve, reject) => {
      const deadline = t0 + 10_000;
      const check = () => {
        if (signature() !== before) requestAnimationFrame(() => resolve());
        else if (performance.now() > deadline) reject(new Error(`no change after ${action.kind}`));
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t0;
  }, act);
}

async function main() {
  console.log('Building the demo build…');
  execSync('node_modules/.bin/vite build', { stdio: 'ignore' });
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer();
    const browser = await launchChromium();
    const context = await browser.newContext({
      baseURL: BASE,
      viewport: { width: 1440, height: 1000 },
    });
    // tsx keeps function names with a __name helper that page.evaluate's copies lack.
    await context.addInitScript('window.__name = (fn) => fn;');
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (
        url.pathname.endsWith('.js') &&
        url.origin === BASE &&
        !url.pathname.endsWith('mockServiceWorker.js')
      ) {
        scripts.add(url.pathname.slice(1));
      }
    });

    // Bytes: what the browser really loads, gzip -9 of each built file.
    const mock = mockFiles(readManifest(DIST));
    const kb = (files: Set<string>, withMock: boolean) =>
      [...files]
        .filter((file) => withMock || !mock.has(file))
        .reduce((sum, file) => sum + gzipKb(DIST, file), 0);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in as Alva Lindqvist' }).waitFor();
    figures.push(
      summarise('JS for the sign-in page (gzip, mock excluded)', [kb(scripts, false)], 'kB', 200),
    );
    figures.push(
      summarise(
        'the mock backend chunk (gzip, lazy)',
        [[...mock].reduce((s, f) => s + gzipKb(DIST, f), 0)],
        'kB',
      ),
    );
    await page.getByRole('button', { name: 'Sign in as Alva Lindqvist' }).click();
    await page.locator('[role="row"][data-id]').first().waitFor();
    figures.push(
      summarise('JS for the customers list (gzip, mock excluded)', [kb(scripts, false)], 'kB', 400),
    );
    figures.push(
      summarise(
        'demo build, all JS until the first customer rows (gzip)',
        [kb(scripts, true)],
        'kB',
        430,
      ),
    );

    // Seeding, in the page (the embedded backend runs there), through the developer panel's API.
    const reset = (size: string) =>
      page.evaluate(async (datasetSize) => {
        const t0 = performance.now();
        const response = await fetch('/api/v1/__dev/reset', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify({ datasetSize }),
        });
        if (!response.ok) throw new Error(`reset answered ${response.status}`);
        return performance.now() - t0;
      }, size);
    console.log('Seeding 10,000 customers (3 runs)…');
    const large: number[] = [];
    for (let i = 0; i < 3; i++) large.push(await reset('large'));
    figures.push(summarise('seeding 10,000 customers (in Chromium)', large, 'ms'));
    console.log('Seeding 50,000 customers (2 runs)…');
    const huge: number[] = [];
    for (let i = 0; i < 2; i++) huge.push(await reset('huge'));
    figures.push(summarise('seeding 50,000 customers (in Chromium)', huge, 'ms'));

    // One page query at 50,000 customers, through the API in the page (MSW, service, store).
    const apiSamples = await page.evaluate(async () => {
      const raw = localStorage.getItem('rc.session');
      const token = raw ? (JSON.parse(raw) as { token: string }).token : '';
      const urls = [
        'sort=companyName&offset=0',
        'sort=companyName&offset=25000',
        'sort=-cotermDate&offset=100',
        'sort=status&offset=0',
        'sort=companyName&q=nordic',
        'sort=companyName&status=DELAYED',
        'sort=vipId&needsAttention=true',
      ].map((query) => `/api/v1/customers?limit=25&${query}`);
      for (const url of urls) await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      const samples: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const url of urls) {
          const t0 = performance.now();
          const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
          await response.json();
          samples.push(performance.now() - t0);
        }
      }
      return samples;
    });
    figures.push(
      summarise(
        '50,000 customers: one page query, API round trip in the page',
        apiSamples,
        'ms',
        20,
      ),
    );
    figures.push(
      summarise(
        '50,000 customers: one page query, store only (Node)',
        storeQueryInNode(),
        'ms',
        20,
      ),
    );

    // Grid interactions at 50,000 customers, event to rows painted.
    await page.goto('/customers');
    await page.locator('[role="row"][data-id]').first().waitFor();
    await page.getByText(/of 50,000/).waitFor();
    const next: number[] = [];
    for (let i = 0; i < 9; i++) next.push(await timeGrid(page, { kind: 'next' }));
    figures.push(summarise('grid at 50,000: next page, click to rows painted', next, 'ms', 100));
    const sort: number[] = [];
    for (let i = 0; i < 8; i++) sort.push(await timeGrid(page, { kind: 'sort' }));
    figures.push(summarise('grid at 50,000: sort, click to rows painted', sort, 'ms', 100));
    const filter: number[] = [];
    for (let i = 0; i < 8; i++) filter.push(await timeGrid(page, { kind: 'filter' }));
    figures.push(
      summarise('grid at 50,000: status filter, click to rows painted', filter, 'ms', 100),
    );
    const searches: number[] = [];
    for (let i = 0; i < 8; i++) {
      searches.push(
        await timeGrid(page, { kind: 'search', text: String(1_005_000_100 + i * 4321) }),
      );
    }
    figures.push(
      summarise('grid at 50,000: search by VIP ID, input to rows painted', searches, 'ms', 100),
    );

    figures.push(
      summarise(
        'grid at 50,000: status filter from a fresh load, never cached (as the renewals figures)',
        await timeCustomersFilterUncached(page, 8),
        'ms',
        100,
      ),
    );

    // The renewals overview at 50,000 customers (about 23,000 renewals): each sample starts
    // from a page load, so no click is answered from React Query's cache.
    console.log('Renewals overview at 50,000 customers…');
    figures.push(
      summarise(
        'renewals at 50,000: first page, nav click to rows painted (decided: first page of a new screen)',
        await timeRenewalsFirstPage(page, 5, { warmIndex: false }),
        'ms',
        1_000,
      ),
    );
    figures.push(
      summarise(
        'renewals at 50,000: first page, nav click to rows painted, backend index already built',
        await timeRenewalsFirstPage(page, 5, { warmIndex: true }),
        'ms',
      ),
    );
    figures.push(
      summarise(
        'renewals at 50,000: due window filter, click to rows painted',
        await timeRenewalsFilter(page, 8),
        'ms',
        100,
      ),
    );
    figures.push(
      summarise(
        'renewals at 50,000: sort by days left, click to rows painted',
        await timeRenewalsSort(page, 8),
        'ms',
        100,
      ),
    );

    // The purchase authorization dialog, on the default small dataset: customer 13 is ACTIVE.
    console.log('Purchase authorization dialog (small dataset)…');
    await reset('small');
    figures.push(
      summarise(
        'PA dialog: open, click to its fields painted',
        await timePaDialogOpen(page, 'cus-000013', 7),
        'ms',
        100,
      ),
    );
    figures.push(
      summarise(
        'PA dialog: price preview, keystroke to new total painted',
        await timePaPreviewKeystrokes(page, 'cus-000013'),
        'ms',
        50,
      ),
    );
    await browser.close();
  } finally {
    server.kill();
  }
  printFigures(figures);
}

await main();
