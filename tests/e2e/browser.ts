import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../utils/chromium';

/** One browser per test file, launched before its tests and closed after them. */
export function sharedBrowserPerFile(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet');
    return browser;
  };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A new context is a new profile: its own IndexedDB, so a first visit seeds afresh. */
export async function newContext(
  browser: Browser,
  options: { width?: number; locale?: string } = {},
) {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(20_000);
  return context;
}

/** Fails the test on any uncaught page error or console error the app logs. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are recorded below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    // A request still in flight when the page reloads reaches the static preview server after
    // MSW has let go of the closing page: an HTML 404 that no one sees. The API's own refusals
    // are JSON envelopes, and those count.
    const json = (response.headers()['content-type'] ?? '').includes('json');
    if (response.status() === 404 && !json) return;
    if (response.status() >= 400) {
      errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return errors;
}

export async function signIn(page: Page, name: string) {
  // Already there after a sign-out: a reload now would cut the page's own requests short.
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await page.waitForURL(/\/customers/);
}

export async function openContextPage(context: BrowserContext) {
  const page = await context.newPage();
  return { page, errors: watchPageErrors(page) };
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
  expect(summary).toEqual([]);
}

/** No horizontal scroll: the page is no wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The grid's data rows (the header row has no cells). */
export function dataRows(page: Page) {
  return page
    .getByRole('grid')
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });
}
