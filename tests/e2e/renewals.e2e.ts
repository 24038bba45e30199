import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addYears } from '@/domain/calendar-date';
import { formatCalendarDate } from '@/i18n/format';
import {
  apiBodyGet,
  dataRows,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  newContext,
  openContextPage,
  sharedBrowserPerFile,
  signInWithRows,
} from './browser';

const browser = sharedBrowserPerFile();

/** The text of one column in every data row of the grid (by the column's header position). */
async function columnTexts(page: Page, header: string) {
  return page.evaluate((name) => {
    const headers = [...document.querySelectorAll('[role="columnheader"]')];
    const index = headers.findIndex((h) => h.textContent?.trim().startsWith(name));
    const rows = [...document.querySelectorAll('[role="row"]')].filter(
      (row) => row.querySelector('[role="gridcell"]') !== null,
    );
    return rows.map(
      (row) => row.querySelectorAll('[role="gridcell"]')[index]?.textContent?.trim() ?? '',
    );
  }, header);
}

/** The grid has stopped loading: no progress bar over three frames in a row. */
async function waitForGridIdle(page: Page) {
  let quiet = 0;
  await expect
    .poll(async () => {
      quiet = (await page.locator('.MuiLinearProgress-root').count()) === 0 ? quiet + 1 : 0;
      return quiet;
    })
    .toBeGreaterThanOrEqual(3);
}

async function setBusinessDate(page: Page, date: string) {
  await page.getByRole('button', { name: 'Developer panel' }).click();
  await page.getByLabel('Business date').fill(date);
  await page.getByRole('button', { name: 'Set date' }).click();
  await page.getByText(/^Today is .* for the backend/).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
}

interface RenewalRow {
  customerId: string;
  stage: string;
  daysLeft: number;
  scheduledChange: unknown;
}

/**
 * An active customer of the signed-in member whose every renewing subscription is in its open
 * window, with no change scheduled: one the Renew button is enabled for.
 */
async function renewableCustomer(page: Page) {
  const { items } = await apiBodyGet<{ items: RenewalRow[] }>(
    page,
    '/renewals?managedByMe=true&stage=WINDOW_OPEN,DUE,GRACE&limit=1000',
  );
  const byCustomer = new Map<string, RenewalRow[]>();
  for (const item of items)
    byCustomer.set(item.customerId, [...(byCustomer.get(item.customerId) ?? []), item]);
  for (const [customerId, rows] of byCustomer) {
    const open = rows.every(
      (row) => row.stage === 'WINDOW_OPEN' && row.daysLeft > 3 && row.scheduledChange === null,
    );
    if (!open) continue;
    const customer = await apiBodyGet<{ status: string; cotermDate: string }>(
      page,
      `/customers/${customerId}`,
    );
    if (customer.status === 'ACTIVE') return { customerId, cotermDate: customer.cotermDate };
  }
  throw new Error('The seed has no active customer of this member in its renewal window');
}

describe('renewals', () => {
  it('a sales rep filters "Managed by me" and the open window, and exports what the list shows', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Erik Sandberg');
    await page.getByRole('link', { name: 'Renewals' }).click();
    await page.waitForURL(/\/renewals/);
    await dataRows(page).first().waitFor();
    await page.getByRole('button', { name: 'Within 30 days' }).click();
    await page.getByRole('switch', { name: 'Managed by me' }).click();
    await expect.poll(() => page.url()).toMatch(/window=30/);
    await expect.poll(() => page.url()).toMatch(/mine=1/);
    await expect
      .poll(async () => (await columnTexts(page, 'Days left')).every((d) => !/grace/.test(d)))
      .toBe(true);
    await waitForGridIdle(page);
    const shown = await columnTexts(page, 'VIP ID');
    expect(shown.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const vipColumn = header.indexOf('VIP ID');
    expect(vipColumn).toBeGreaterThanOrEqual(0);
    const exported = lines.slice(1).map((line) => line.split(',')[vipColumn]?.replace(/"/g, ''));
    // Every row the list shows is in the export, in the same order (the list is one page here).
    expect(exported.slice(0, shown.length)).toEqual(shown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an account manager renews with fewer seats by keyboard, and the anniversary moves a year', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Camille Laurent');
    // The seed follows the real date, so which customer is in its window changes from day to
    // day: ask the API for one of Camille's, and compute the new anniversary from the one it
    // reports, never written as a literal.
    const { customerId, cotermDate } = await renewableCustomer(page);
    await page.goto(`/customers/${customerId}/renewals`);
    await page.getByRole('heading', { name: 'Renewal cycle' }).waitFor();
    const nextAnniversary = formatCalendarDate(addYears(cotermDate, 1), 'en');
    const renew = page.getByRole('button', { name: 'Renew', exact: true }).first();
    await expect.poll(() => renew.isEnabled()).toBe(true);
    // Settled (every button's state known, the tab strip scrolled to the current tab).
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await renew.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Renew / });
    await dialog.getByRole('button', { name: 'Renew for one year' }).waitFor();
    const quantity = dialog.getByRole('textbox', { name: 'Seats for the next term' });
    const before = Number(await quantity.inputValue());
    const fewer = dialog.getByRole('button', { name: 'Fewer seats' });
    if (await fewer.isEnabled()) {
      await fewer.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => Number(await quantity.inputValue())).toBe(before - 1);
    }
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Renew for one year' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByText(
        new RegExp(`^Renewal order .* placed\\. The new anniversary is ${nextAnniversary}\\.$`),
      )
      .waitFor();
    const cycle = page.getByRole('region', { name: 'Renewal cycle' });
    await cycle.getByText(nextAnniversary).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('past the end of grace an unrenewed subscription leaves the overview', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    await page.goto('/renewals?grace=1');
    await dataRows(page).first().waitFor();
    const names = await columnTexts(page, 'Customer');
    const vips = await columnTexts(page, 'VIP ID');
    const products = await columnTexts(page, 'Product');
    const days = await columnTexts(page, 'Days left');
    // The subscription furthest into grace: its last day of grace is the nearest.
    const deepest = days
      .map((text, index) => ({ index, into: Number(/(\d+) days? into grace/.exec(text)?.[1]) }))
      .filter((row) => Number.isFinite(row.into))
      .sort((a, b) => b.into - a.into)[0];
    expect(deepest).toBeDefined();
    const row = `${vips[deepest?.index ?? 0] ?? ''} ${products[deepest?.index ?? 0] ?? ''}`;
    const stays = 30 - (deepest?.into ?? 0);
    // Through the page: the embedded API lives in its service worker.
    const clock = await page.evaluate(
      async () => (await (await fetch('/api/v1/clock')).json()) as { businessDate: string },
    );
    const after = new Date(`${clock.businessDate}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + stays + 1);
    await setBusinessDate(page, after.toISOString().slice(0, 10));
    await page.goto('/renewals?grace=1');
    await page.getByRole('heading', { name: 'Renewals' }).first().waitFor();
    await dataRows(page).first().waitFor();
    const rowsNow = async () => {
      const [v, p] = [await columnTexts(page, 'VIP ID'), await columnTexts(page, 'Product')];
      return v.map((value, index) => `${value} ${p[index] ?? ''}`);
    };
    await expect.poll(async () => (await rowsNow()).includes(row)).toBe(false);
    expect(names.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the overview fits 360 px and passes axe there', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Jonas Becker');
    await page.goto('/renewals?window=90');
    await dataRows(page).first().waitFor();
    await waitForGridIdle(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
