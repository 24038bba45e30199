import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  callApi,
  dataRows,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sharedBrowserPerFile,
  newContext,
  openContextPage,
  signIn,
} from './browser';

const browser = sharedBrowserPerFile();

const firstCompany = (page: Page) => dataRows(page).first().getByRole('link').innerText();

describe('customers list', () => {
  it('searches, filters, sorts, pages and exports the whole filtered list', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signIn(page, 'Alva Lindqvist');
    await page.getByText('1–25 of 50').waitFor();
    await expectNoAxeViolations(page);

    // Page
    const firstOnPageOne = await firstCompany(page);
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await page.getByText('26–50 of 50').waitFor();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => firstCompany(page)).not.toBe(firstOnPageOne);

    // Sort (on the server): descending by company
    await page.getByRole('columnheader', { name: 'Company' }).click();
    await expect.poll(() => page.url()).toContain('sort=-companyName');
    // The grid renders only the rows in view (virtualised): check those, once the new page came.
    const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const descending = (names: string[]) =>
      names.length > 5 &&
      names.every((name, i) => i === 0 || fold(names[i - 1] ?? '') >= fold(name));
    await expect
      .poll(async () => descending(await dataRows(page).getByRole('link').allInnerTexts()))
      .toBe(true);
    await page.getByText('1–25 of 50').waitFor();

    // Filter by status: the count on the toggle is the number of rows
    const delayed = page.getByRole('button', { name: /^Delayed · \d+$/ });
    const count = Number((await delayed.innerText()).split('·')[1]?.trim());
    expect(count).toBeGreaterThan(0);
    await delayed.click();
    await expect.poll(() => page.url()).toContain('status=DELAYED');
    await expect.poll(() => dataRows(page).count()).toBe(count);
    await expect
      .poll(() => dataRows(page).getByText('Delayed', { exact: true }).count())
      .toBe(count);

    // Export: every filtered customer, not just one page
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Company,VIP ID,Status');
    expect(lines.length).toBe(count + 1);

    // Search by VIP ID (server side); clearing the filters brings everyone back
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('1005000004');
    await expect.poll(() => dataRows(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('1–25 of 50').waitFor();

    // The whole list in another language
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Kunder' }).waitFor();
    await page.getByRole('columnheader', { name: 'Företag' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Kunder' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits 360 px without horizontal scroll, and the details page passes axe', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page } = await openContextPage(context);
    await signIn(page, 'Jonas Becker');
    await dataRows(page).first().waitFor();
    await expectNoHorizontalScroll(page);
    await dataRows(page).first().getByRole('link').click();
    await page
      .getByRole('heading', { name: 'Subscriptions' })
      .or(page.getByText('No subscriptions yet'))
      .first()
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Customers' }).click();
    await dataRows(page).first().waitFor();
    await context.close();
  });

  it('shows only assigned customers to a sales rep, and 404 for another one', async () => {
    const context = await newContext(browser());
    const { page } = await openContextPage(context);
    await signIn(page, 'Erik Sandberg');
    await dataRows(page).first().waitFor();
    const text = await page.getByText(/^1–\d+ of \d+$/).innerText();
    const total = Number(text.split(' of ')[1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(50);
    // Customer 2 is Lukas's (mocks/seed/seed.test.ts holds it): Erik is told it is not there.
    await page.goto('/customers/cus-000002');
    await page.getByText('This was not found, or you may not see it.').first().waitFor();
    const answer = await callApi(page, 'GET', '/customers/cus-000002');
    expect(answer.status).toBe(404);
    await context.close();
  });
});
