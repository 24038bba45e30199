import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Money } from '@/domain/money';
import { priceOrder, type PricedOffer } from '@/domain/pricing';
import { licencesHeld } from '@/domain/subscription-term';
import { formatCalendarDate } from '@/i18n/format';
import {
  apiBody,
  descriptionOf,
  dialogSettled,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  newContext,
  openContextPage,
  sharedBrowserPerFile,
  signInWithRows,
} from './browser';

const browser = sharedBrowserPerFile();

interface CustomerLike {
  id: string;
  marketSegment: string;
  marketSubSegments: string[];
  currencyCode: Money['currency'];
}

interface SubscriptionLike {
  id: string;
  offerId: string;
  offerName: string;
  addOn: boolean;
  currentQuantity: number;
  usedQuantity: number;
  renewalDate: string;
  daysLeft: number;
  state: string;
  scheduledChange: { type: 'REDUCTION' | 'CANCELLATION'; effectiveDate: string } | null;
}

interface Found {
  customer: CustomerLike;
  subscription: SubscriptionLike;
  subscriptions: SubscriptionLike[];
}

/**
 * The first customer in the signed-in member's scope (read through the API, never guessed)
 * holding a running subscription that `fits`, the customer judged by `customerFits`.
 */
async function findSubscription(
  page: Page,
  customerFits: (customer: CustomerLike, subscriptions: SubscriptionLike[]) => boolean,
  fits: (subscription: SubscriptionLike) => boolean,
  query = '',
): Promise<Found> {
  const customers = await apiBody<{ items: CustomerLike[] }>(
    page,
    'GET',
    `/customers?limit=1000${query}`,
  );
  for (const customer of customers.items) {
    const { items } = await apiBody<{ items: SubscriptionLike[] }>(
      page,
      'GET',
      `/customers/${customer.id}/subscriptions`,
    );
    if (!customerFits(customer, items)) continue;
    const subscription = items.find(
      (s) =>
        !s.addOn &&
        s.currentQuantity >= 1 &&
        s.daysLeft > 0 &&
        s.scheduledChange === null &&
        // One row per offer: the row is found by the offer's name.
        items.filter((other) => other.offerName === s.offerName).length === 1 &&
        fits(s),
    );
    if (subscription) return { customer, subscription, subscriptions: items };
  }
  throw new Error('no customer of that kind in the seed');
}

/** May buy seats online: not government, not non-profit, no live add-on (SPEC §5.7). */
const onlineBuyer = (customer: CustomerLike, subscriptions: SubscriptionLike[]) =>
  customer.marketSegment !== 'GOV' &&
  !customer.marketSubSegments.includes('NON_PROFIT') &&
  !subscriptions.some((s) => s.addOn && s.currentQuantity > 0 && s.state === 'ACTIVE');

async function openPlans(page: Page, found: Found) {
  await page.goto(`/customers/${found.customer.id}/plans`);
  await page.getByRole('heading', { name: 'Subscriptions' }).waitFor();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByText(found.subscription.offerName, { exact: true }) });
  await row.waitFor();
  return row;
}

/** Moves the focus with Tab (Shift+Tab when `back`) until the focused element is named `name`. */
async function tabTo(page: Page, name: string | RegExp, back = false) {
  for (let step = 0; step < 250; step++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const labelled = element.getAttribute('aria-labelledby');
      const byLabel = element.id
        ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent
        : null;
      const wrapping = element.closest('label')?.textContent;
      return (
        element.getAttribute('aria-label') ??
        (labelled ? document.getElementById(labelled)?.textContent : null) ??
        byLabel ??
        wrapping ??
        element.textContent ??
        ''
      )
        .replace(/\s*\*$/, '')
        .trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describe('seats on the Plans tab', () => {
  it('an account manager adds five seats mid-term at the prorated price the rule gives', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Jonas Becker');
    const found = await findSubscription(
      page,
      onlineBuyer,
      (s) => s.currentQuantity + 5 <= 10_000,
      '&managedByMe=true',
    );
    const { businessDate: today } = await apiBody<{ businessDate: string }>(page, 'GET', '/clock');
    const offers = await apiBody<{ items: PricedOffer[] }>(page, 'GET', '/offers');
    const offer = offers.items.find((o) => o.id === found.subscription.offerId);
    if (!offer) throw new Error('the offer is not in the price list');
    // The reference is the rule: priced from today to the anniversary at the level the
    // customer's live licences reach with the five new seats.
    const expected = priceOrder({
      lines: [{ offerId: offer.id, quantity: 5 }],
      offers: new Map([[offer.id, offer]]),
      currency: found.customer.currencyCode,
      licencesBefore: licencesHeld(found.subscriptions, today),
      start: today,
      anniversary: found.subscription.renewalDate,
    });
    const quote = await apiBody<{ total: Money; decision: { ok: boolean } }>(
      page,
      'POST',
      `/customers/${found.customer.id}/subscriptions/${found.subscription.id}/seat-quotes`,
      { body: { quantity: 5 } },
    );
    expect(quote.decision.ok).toBe(true);
    expect(quote.total).toEqual(expected.total);
    expect(expected.total.amountMinor).toBeGreaterThan(0);

    const row = await openPlans(page, found);
    const { offerName, usedQuantity, currentQuantity } = found.subscription;
    await row.getByText(`${usedQuantity} of ${currentQuantity}`).waitFor();
    const add = row.getByRole('button', { name: `Add seats: ${offerName}` });
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    const dialog = page.getByRole('dialog', { name: `Add seats to ${offerName}` });
    const field = dialog.getByRole('textbox', { name: /^Seats to add/ });
    await field.fill('5');
    const anniversary = formatCalendarDate(found.subscription.renewalDate, 'en');
    const price = dialog.getByRole('status');
    await expect
      .poll(async () => (await price.textContent()) ?? '')
      .toContain(`Prorated price of 5 seats until ${anniversary}:`);
    // The amount shown, its digits read as minor units (JPY has none, the others two).
    const shown = (await price.locator('span').last().textContent()) ?? '';
    expect(Number(shown.replace(/\D/g, ''))).toBe(expected.total.amountMinor);
    await dialog
      .getByText(new RegExp(`^Charged for ${expected.prorationUnits} (month|day)s?\\.$`))
      .waitFor();
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');

    await dialog.getByRole('button', { name: 'Place order' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(/^Order .+ placed: 5 seats added\.$/).waitFor();
    await row.getByText(`${usedQuantity} of ${currentQuantity + 5}`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an account manager schedules a reduction and undoes it by keyboard only', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Jonas Becker');
    // No other change pending: once this one is undone, the Pending changes region goes.
    const found = await findSubscription(
      page,
      (_customer, subscriptions) => subscriptions.every((s) => s.scheduledChange === null),
      (s) => s.usedQuantity >= 1 && s.currentQuantity >= s.usedQuantity + 2,
      '&managedByMe=true',
    );
    const { offerName, usedQuantity: quantity, renewalDate } = found.subscription;
    const date = formatCalendarDate(renewalDate, 'en');
    const row = await openPlans(page, found);
    const reduce = row.getByRole('button', { name: `Reduce at next term: ${offerName}` });
    await expect.poll(() => reduce.isEnabled()).toBe(true);

    await tabTo(page, `Reduce at next term: ${offerName}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', {
      name: `Reduce seats of ${offerName} at the next term`,
    });
    await dialog.waitFor();
    await dialog.getByText(`From ${date}, the start of the next term`, { exact: false }).waitFor();
    await tabTo(page, 'Seats for the next term');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(quantity));
    await tabTo(page, 'I understand');
    await page.keyboard.press('Space');
    await expect
      .poll(() => dialog.getByRole('checkbox', { name: 'I understand' }).isChecked())
      .toBe(true);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await tabTo(page, 'Schedule reduction');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const noun = quantity === 1 ? 'seat' : 'seats';
    await row.getByText(`Down to ${quantity} ${noun} on ${date}`).waitFor();
    await row.getByText(`Reduction to ${quantity} ${noun} scheduled for ${date}.`).waitFor();
    const pending = page.getByRole('region', { name: 'Pending changes' });
    await pending.getByText(`Seats of ${offerName} down to ${quantity} on ${date}`).waitFor();

    // Back from the word of it done to the row's Undo.
    await tabTo(page, `Undo the scheduled change: ${offerName}`, true);
    await page.keyboard.press('Enter');
    await row.getByText('Scheduled change undone.').waitFor();
    await expect
      .poll(() => row.getByText(`Down to ${quantity} ${noun} on ${date}`).count())
      .toBe(0);
    await pending.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an administrator cancels at term end after "I understand", then undoes it', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await findSubscription(page, onlineBuyer, () => true);
    const { offerName, renewalDate } = found.subscription;
    const date = formatCalendarDate(renewalDate, 'en');
    const row = await openPlans(page, found);
    const cancel = row.getByRole('button', { name: `Cancel at term end: ${offerName}` });
    await expect.poll(() => cancel.isEnabled()).toBe(true);
    await cancel.click();
    const dialog = page.getByRole('dialog', { name: `Cancel ${offerName} at term end` });
    await dialog
      .getByText(`access is kept until the term ends and stops on ${date}`, { exact: false })
      .waitFor();
    const confirm = dialog.getByRole('button', { name: 'Cancel at term end' });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await descriptionOf(confirm)).toBe('Tick “I understand” to continue.');
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('checkbox', { name: 'I understand' }).check();
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(`Cancelled at term end, ${date}`).waitFor();
    await row.getByText(`Cancellation scheduled: access ends on ${date}.`).waitFor();
    const add = row.getByRole('button', { name: `Add seats: ${offerName}` });
    expect(await descriptionOf(add)).toContain('A change is already scheduled. Undo it first.');

    await row.getByRole('button', { name: `Undo the scheduled change: ${offerName}` }).click();
    await row.getByText('Scheduled change undone.').waitFor();
    await expect.poll(() => row.getByText(`Cancelled at term end, ${date}`).count()).toBe(0);
    await expect.poll(() => cancel.isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a government customer is told to contact sales, with the reason', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await findSubscription(
      page,
      (c) => c.marketSegment === 'GOV',
      () => true,
      '&marketSegment=GOV',
    );
    const { offerName } = found.subscription;
    const row = await openPlans(page, found);
    const add = row.getByRole('button', { name: `Add seats: ${offerName}` });
    const reason = 'More seats cannot be bought online for government customers. Contact sales.';
    await expect.poll(() => descriptionOf(add)).toBe(reason);
    expect(await add.isDisabled()).toBe(true);
    await row.getByText(reason).waitFor();
    // Only buying goes through sales: reducing and cancelling stay open.
    expect(
      await row.getByRole('button', { name: `Cancel at term end: ${offerName}` }).isEnabled(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Plans tab and its three dialogs pass axe and fit 360 px; Escape hands focus back', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await findSubscription(
      page,
      onlineBuyer,
      (s) => s.currentQuantity > Math.max(s.usedQuantity, 1),
    );
    const { offerName } = found.subscription;
    const row = await openPlans(page, found);
    const add = row.getByRole('button', { name: `Add seats: ${found.subscription.offerName}` });
    await expect.poll(() => add.isEnabled()).toBe(true);
    // Settled: the tab strip scrolled to the current tab.
    await page.waitForTimeout(300);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await add.click();
    const dialog = page.getByRole('dialog', {
      name: `Add seats to ${found.subscription.offerName}`,
    });
    await dialog
      .getByRole('status')
      .getByText(/^Prorated price/)
      .waitFor();
    await expectNoHorizontalScroll(page);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => add.evaluate((button) => button === document.activeElement)).toBe(true);

    const others = [
      [`Reduce at next term: ${offerName}`, `Reduce seats of ${offerName} at the next term`],
      [`Cancel at term end: ${offerName}`, `Cancel ${offerName} at term end`],
    ] as const;
    for (const [buttonName, dialogName] of others) {
      const button = row.getByRole('button', { name: buttonName });
      await button.click();
      const confirm = page.getByRole('dialog', { name: dialogName });
      await confirm.getByRole('checkbox', { name: 'I understand' }).waitFor();
      await dialogSettled(page);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      await expect
        .poll(() => button.evaluate((element) => element === document.activeElement))
        .toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
