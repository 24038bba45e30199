import { describe, expect, it } from 'vitest';
import {
  callApi,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  newContext,
  openContextPage,
  sharedBrowserPerFile,
  signIn,
} from './browser';

const browser = sharedBrowserPerFile();

describe('order & authorization history', () => {
  it.each([1280, 360])(
    'shows a pending PA with its deadline, filters by keyboard, passes axe at %i px',
    async (width) => {
      const context = await newContext(browser(), { width });
      const { page, errors } = await openContextPage(context);
      await signIn(page, 'Alva Lindqvist');
      // The seed's customer 9 has a PA near its order deadline (day 27–30).
      await page.goto('/customers/cus-000009/history');
      await page
        .getByText(/Order due (in \d+ days?|today)/)
        .first()
        .waitFor();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);

      // Keyboard only: reach the "New orders" filter and choose it.
      const newOrders = page.getByRole('button', { name: 'New orders' });
      await newOrders.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/type=NEW/);
      await expect
        .poll(() => page.getByRole('heading', { name: /^Purchase authorization / }).count())
        .toBe(0);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('an account manager undoes a pending PA by keyboard; the dialog passes axe', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    // The seed's customer 8 has a young pending PA with no seat in use, managed by Camille.
    await signIn(page, 'Camille Laurent');
    await page.goto('/customers/cus-000008/history?type=PA');
    const undo = page.getByRole('button', { name: 'Undo', exact: true }).first();
    await undo.waitFor();
    await undo.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Undo purchase authorization/ });
    await dialog.waitFor();
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: /^Withdraw PA/ }).focus();
    await page.keyboard.press('Enter');
    // Withdrawn (the chip, not the status filter's option), and nothing left to undo.
    await page.getByText('Withdrawn', { exact: true }).filter({ visible: true }).first().waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo', exact: true }).count())
      .toBe(0);
    // Keyboard focus stays in the entry (its heading), not on the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Purchase authorization /);
    // The entry shows Withdrawn before the server has answered (optimistic); a reload before
    // the answer would cut the request short. Once the API says so, a reload shows it kept.
    await expect
      .poll(async () => {
        const answer = await callApi(
          page,
          'GET',
          '/customers/cus-000008/purchase-authorizations?status=PENDING',
        );
        return (answer.body as { items: unknown[] }).items.length;
      })
      .toBe(0);
    await page.reload();
    await page.getByText('Withdrawn', { exact: true }).filter({ visible: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
