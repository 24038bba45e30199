import { describe, expect, it } from 'vitest';
import {
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
});
