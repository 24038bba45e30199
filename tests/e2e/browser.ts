import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/** Signed in, with the first customers shown: the embedded backend has finished seeding. */
export async function signInWithRows(page: Page, name: string) {
  await signIn(page, name);
  // A first visit seeds the embedded backend before the first rows: slow on a loaded machine.
  await dataRows(page).first().waitFor({ timeout: 60_000 });
}

/**
 * A call to the embedded API from inside the page (MSW answers there), as the signed-in member:
 * an idempotency key on every mutation, `If-Match` when a version is given.
 */
export async function callApi(
  page: Page,
  method: string,
  apiPath: string,
  options: { body?: unknown; version?: number } = {},
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, apiPath, body, version }) => {
      const session = JSON.parse(localStorage.getItem('rc.session') ?? '{}') as { token?: string };
      const headers: Record<string, string> = { Authorization: `Bearer ${session.token ?? ''}` };
      if (method !== 'GET') headers['Idempotency-Key'] = crypto.randomUUID();
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (version !== undefined) headers['If-Match'] = `"${version}"`;
      const response = await fetch(`/api/v1${apiPath}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, apiPath, body: options.body, version: options.version },
  );
}

/** The answer's body of an API call, as the caller knows it to be shaped. */
export async function apiBody<T>(
  page: Page,
  method: string,
  apiPath: string,
  options: { body?: unknown; version?: number } = {},
): Promise<T> {
  return (await callApi(page, method, apiPath, options)).body as T;
}

/** A dialog's fade-in is over: mid-fade its colours are washed out, and axe measures those. */
export async function dialogSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.MuiDialog-container')].every(
            (element) => getComputedStyle(element).opacity === '1',
          ) &&
          document
            .getAnimations()
            .every(
              (animation) =>
                !(animation instanceof CSSTransition) || animation.playState !== 'running',
            ),
      ),
    )
    .toBe(true);
}

/** The accessible description of a control: the text of its aria-describedby elements. */
export async function descriptionOf(control: Locator) {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/** A GET's answer body, as the caller knows it to be shaped. */
export function apiBodyGet<T>(page: Page, apiPath: string): Promise<T> {
  return apiBody<T>(page, 'GET', apiPath);
}
