/**
 * The renewals overview's figures at 50,000 customers: its first page (click on the nav link
 * "Renewals" to the first rows painted), a change of the due window and a sort by days left
 * (click to rows painted with the new content).
 *
 * Measured like the customers grid's figures (run.ts, timeGrid): the clock starts in the page
 * just before the click, a check on every animation frame compares the grid's rows and footer
 * with those before, and the end is the frame after the change: that change is painted.
 *
 * React Query keeps a list for 15 s (staleTime), so clicking back and forth would soon measure
 * its cache instead of the embedded backend. Each sample therefore starts from a page load (a
 * fresh query cache), and its click always asks for a list that is not cached yet.
 */
import type { Page } from 'playwright-core';

/** Per sample: a page load and its list, then one measured click. */
const LOAD_TIMEOUT_MS = 30_000;
/** The first page may include building the backend's renewals index (decision 0008). */
const FIRST_PAGE_TIMEOUT_MS = 20_000;
const CHANGE_TIMEOUT_MS = 10_000;

/** The due windows, in the order the filter samples step through them (each differs). */
const WINDOWS = [
  { label: 'Within 30 days', param: '30' },
  { label: 'Within 60 days', param: '60' },
  { label: 'Within 90 days', param: '90' },
  { label: 'All', param: null },
] as const;

type RenewalsAction = { kind: 'open' } | { kind: 'filter'; label: string } | { kind: 'sort' };

/** Runs `act` in the page and measures until the renewals grid shows other rows, painted. */
async function timeRenewals(page: Page, act: RenewalsAction, timeoutMs: number): Promise<number> {
  return page.evaluate(
    async ({ action, timeoutMs }) => {
      /** The renewals grid is the one with a "Days left" column (the customers grid has none). */
      const grid = () =>
        document
          .querySelector('[role="columnheader"][data-field="daysLeft"]')
          ?.closest<HTMLElement>('[role="grid"]') ?? null;
      const signature = () => {
        const root = grid();
        if (!root) return 'no renewals grid';
        const rows = [...root.querySelectorAll('[role="row"][data-id]')].map((r) =>
          r.getAttribute('data-id'),
        );
        if (rows.length === 0) return 'no rows';
        const footer =
          root.closest('.MuiDataGrid-root')?.querySelector('.MuiTablePagination-displayedRows')
            ?.textContent ?? '';
        return `${footer}|${rows.slice(0, 3).join(',')}`;
      };
      const target = (): HTMLElement | null => {
        switch (action.kind) {
          case 'open':
            return document.querySelector<HTMLElement>('a[href="/renewals"]');
          case 'filter':
            return (
              [...document.querySelectorAll<HTMLElement>('button[aria-pressed]')].find(
                (button) => button.textContent?.trim() === action.label,
              ) ?? null
            );
          case 'sort':
            return (
              grid()?.querySelector<HTMLElement>(
                '[role="columnheader"][data-field="daysLeft"] .MuiDataGrid-columnHeaderTitleContainer',
              ) ?? null
            );
        }
      };
      const element = target();
      if (!element) throw new Error(`nothing to click for ${action.kind}`);
      const before = signature();
      if (action.kind !== 'open' && (before === 'no renewals grid' || before === 'no rows')) {
        throw new Error(`the renewals grid shows no rows before ${action.kind}`);
      }
      // A first page counts only rows of the renewals grid: any rows it shows are new.
      const changed = () => {
        const now = signature();
        if (now === 'no renewals grid' || now === 'no rows') return false;
        return action.kind === 'open' || now !== before;
      };
      const t0 = performance.now();
      element.click();
      await new Promise<void>((resolve, reject) => {
        const deadline = t0 + timeoutMs;
        const check = () => {
          if (changed()) requestAnimationFrame(() => resolve());
          else if (performance.now() > deadline) {
            reject(
              new Error(
                `renewals grid: no new rows ${timeoutMs} ms after ${action.kind} (still "${signature()}")`,
              ),
            );
          } else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    },
    { action: act, timeoutMs },
  );
}

/** Loads `path` afresh and waits until its renewals grid shows rows and has stopped loading. */
async function loadRenewals(page: Page, path: string) {
  await page.goto(path);
  await page
    .locator('[role="columnheader"][data-field="daysLeft"]')
    .waitFor({ timeout: LOAD_TIMEOUT_MS });
  await page.locator('[role="row"][data-id]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  // The grid draws a progress bar while its list loads.
  await page.waitForFunction(
    () => document.querySelector('.MuiLinearProgress-root') === null,
    undefined,
    { timeout: LOAD_TIMEOUT_MS },
  );
}

function expectUrl(page: Page, check: (url: URL) => boolean, what: string) {
  if (!check(new URL(page.url()))) throw new Error(`after ${what} the URL is ${page.url()}`);
}

/** Builds the backend's renewals index with one API call in the page, as the signed-in member. */
async function warmRenewalsIndex(page: Page) {
  await page.evaluate(async () => {
    const raw = localStorage.getItem('rc.session');
    const token = raw ? (JSON.parse(raw) as { token: string }).token : '';
    const response = await fetch('/api/v1/renewals?limit=1&window=30', {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET /renewals answered ${response.status}`);
    await response.json();
  });
}

/**
 * Click on the nav link "Renewals" (from the customers list, freshly loaded) to the first
 * renewal rows painted, `runs` times. With `warmIndex`, the backend's renewals index is built
 * before the click, through the API (that list is not the page's, so the query cache stays
 * cold): the figure is then the screen and its query without the index's one-off build.
 */
export async function timeRenewalsFirstPage(
  page: Page,
  runs: number,
  options: { warmIndex: boolean },
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/customers');
    await page.locator('[role="row"][data-id]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    await page.getByText(/of 50,000/).waitFor({ timeout: LOAD_TIMEOUT_MS });
    if (options.warmIndex) await warmRenewalsIndex(page);
    samples.push(await timeRenewals(page, { kind: 'open' }, FIRST_PAGE_TIMEOUT_MS));
    expectUrl(page, (url) => url.pathname === '/renewals', 'the nav link');
  }
  return samples;
}

/**
 * Click on a due window's toggle button to rows painted with its list, `runs` times: each
 * sample loads the list of one window and clicks the next (30, 60, 90 days, All, 30…).
 */
export async function timeRenewalsFilter(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const from = WINDOWS[i % WINDOWS.length] ?? WINDOWS[0];
    const to = WINDOWS[(i + 1) % WINDOWS.length] ?? WINDOWS[0];
    await loadRenewals(page, from.param === null ? '/renewals' : `/renewals?window=${from.param}`);
    samples.push(await timeRenewals(page, { kind: 'filter', label: to.label }, CHANGE_TIMEOUT_MS));
    expectUrl(page, (url) => url.searchParams.get('window') === to.param, `"${to.label}"`);
  }
  return samples;
}

/**
 * Click on the "Days left" column header to rows painted in the other order, `runs` times:
 * the samples alternate ascending to descending (`sort=-daysLeft`) and back.
 */
export async function timeRenewalsSort(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const descending = i % 2 === 1;
    await loadRenewals(page, descending ? '/renewals?sort=-daysLeft' : '/renewals');
    samples.push(await timeRenewals(page, { kind: 'sort' }, CHANGE_TIMEOUT_MS));
    expectUrl(
      page,
      (url) => (url.searchParams.get('sort') === '-daysLeft') === !descending,
      'the "Days left" header',
    );
  }
  return samples;
}
