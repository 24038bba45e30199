import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  apiBodyGet,
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

interface InvoiceLike {
  id: string;
  number: string;
  kind: string;
}

interface CardLike {
  id: string;
  card: {
    brand: 'VISA' | 'MASTERCARD' | 'AMEX';
    last4: string;
    expiryMonth: number;
    expiryYear: number;
  };
  isDefault: boolean;
  expired: boolean;
}

interface Found {
  customerId: string;
  invoices: InvoiceLike[];
  counts: Record<'UPCOMING' | 'UNPAID' | 'PAID' | 'OVERDUE', number>;
  cards: CardLike[];
}

/** The first customer (read through the API) with a card in use and invoices in `view`. */
async function customerWith(page: Page, view: 'OVERDUE' | 'PAID'): Promise<Found> {
  const customers = await apiBodyGet<{ items: { id: string }[] }>(page, '/customers?limit=1000');
  for (const { id } of customers.items) {
    const invoices = await apiBodyGet<{ items: InvoiceLike[]; viewCounts: Found['counts'] }>(
      page,
      `/customers/${id}/invoices?view=${view}&limit=25`,
    );
    const own = invoices.items.filter((invoice) => invoice.kind === 'INVOICE');
    if (own.length === 0) continue;
    const cards = await apiBodyGet<{ items: CardLike[] }>(page, `/customers/${id}/payment-methods`);
    if (!cards.items.some((card) => card.isDefault && !card.expired)) continue;
    return { customerId: id, invoices: own, counts: invoices.viewCounts, cards: cards.items };
  }
  throw new Error('no customer of that kind in the seed');
}

const BRANDS = { VISA: 'Visa', MASTERCARD: 'Mastercard', AMEX: 'American Express' } as const;

/** The card's name as the page gives it. */
function labelOf(card: CardLike): string {
  const month = String(card.card.expiryMonth).padStart(2, '0');
  return `${BRANDS[card.card.brand]} ending ${card.card.last4}, expires ${month}/${card.card.expiryYear}`;
}

async function openBilling(page: Page, customerId: string, view = '') {
  await page.goto(`/customers/${customerId}/billing${view ? `?view=${view}` : ''}`);
  const tabs = page.getByRole('tablist', { name: 'Invoice views' });
  await tabs.waitFor();
  await page.getByRole('button', { name: 'Add card' }).waitFor();
  return tabs;
}

describe('billing', () => {
  it('an administrator pays an overdue invoice and it moves to Paid', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await customerWith(page, 'OVERDUE');
    const invoice = found.invoices[0];
    if (!invoice) throw new Error('no overdue invoice');
    const tabs = await openBilling(page, found.customerId);
    await tabs.getByRole('tab', { name: /^Overdue/ }).click();
    await expect.poll(() => page.url()).toMatch(/view=OVERDUE/);
    const table = page.getByRole('table', { name: 'Invoices' });
    await table.getByRole('link', { name: invoice.number, exact: true }).waitFor();
    // Settled: every row and count shown before axe looks.
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: `Pay invoice ${invoice.number}` }).click();
    const dialog = page.getByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    await dialog.getByRole('radio').first().waitFor();
    // The default card is chosen up front.
    await dialog.getByText(/· Default/).waitFor();
    const checked = await dialog.getByRole('radio', { checked: true }).count();
    expect(checked).toBe(1);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Pay now' }).click();
    await page.getByText(`Invoice ${invoice.number} is paid.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await tabs.getByRole('tab', { name: `Overdue (${found.counts.OVERDUE - 1})` }).waitFor();
    await tabs.getByRole('tab', { name: `Paid (${found.counts.PAID + 1})` }).click();
    await expect.poll(() => page.url()).toMatch(/view=PAID/);
    const paidRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: invoice.number, exact: true }) });
    await paidRow.getByText('Paid', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a card after a wrong number, makes it the default and removes the old one', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await customerWith(page, 'PAID');
    const old = found.cards.find((card) => card.isDefault);
    if (!old) throw new Error('no default card');
    await openBilling(page, found.customerId);
    await page.getByRole('button', { name: 'Add card' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a card' });
    const field = (name: string) => dialog.getByRole('textbox', { name });
    await field('Card number').fill('4111 1111 1111 1112');
    await field('Expiry date').fill('12/2030');
    await field('Security code').fill('123');
    await field('Name on the card').fill('Ada Lovelace');
    await dialog.getByRole('button', { name: 'Add card' }).click();
    await expect
      .poll(() => descriptionOf(field('Card number')))
      .toContain('This is not a valid card number');
    await dialog.getByText('This is not a valid card number').waitFor();
    expect(await field('Expiry date').inputValue()).toBe('12/2030');
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');

    await field('Card number').fill('5555 5555 5555 4444');
    await dialog.getByRole('button', { name: 'Add card' }).click();
    const label = 'Mastercard ending 4444, expires 12/2030';
    await page.getByText(`${label} was added.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const added = page.getByRole('listitem', { name: label });
    await added.getByRole('button', { name: 'Make default' }).click();
    await added.getByText('Default', { exact: true }).waitFor();

    const previous = page.getByRole('listitem', { name: labelOf(old) });
    const remove = previous.getByRole('button', { name: 'Remove' });
    await expect.poll(() => remove.isEnabled()).toBe(true);
    await remove.click();
    const confirm = page.getByRole('dialog', { name: `Remove ${labelOf(old)}?` });
    const submit = confirm.getByRole('button', { name: 'Remove card' });
    expect(await submit.isDisabled()).toBe(true);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await confirm.getByRole('checkbox', { name: 'I understand' }).check();
    await submit.click();
    await confirm.waitFor({ state: 'detached' });
    await previous.waitFor({ state: 'detached' });
    await added.getByText('Default', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the printable invoice without the navigation, axe clean', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await customerWith(page, 'PAID');
    const invoice = found.invoices[0];
    if (!invoice) throw new Error('no paid invoice');
    await openBilling(page, found.customerId, 'PAID');
    await page.getByRole('link', { name: invoice.number, exact: true }).click();
    await page.waitForURL(new RegExp(`/customers/${found.customerId}/invoices/${invoice.id}$`));
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();
    await page.getByRole('table', { name: 'Lines' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print' }).isEnabled()).toBe(true);
    await expectNoAxeViolations(page);
    // On a phone too: the paper fits, its lines table scrolls on its own.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(100);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to billing' }).click();
    await page.waitForURL(new RegExp(`/customers/${found.customerId}/billing`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Billing tab and its dialogs pass axe and fit 360 px', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const found = await customerWith(page, 'OVERDUE');
    const invoice = found.invoices[0];
    if (!invoice) throw new Error('no overdue invoice');
    await openBilling(page, found.customerId, 'OVERDUE');
    await page.getByRole('link', { name: invoice.number, exact: true }).waitFor();
    // Settled: the tab strips scrolled to their current tab.
    await page.waitForTimeout(300);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: `Pay invoice ${invoice.number}` }).click();
    const pay = page.getByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    await pay.getByRole('radio').first().waitFor();
    await expectNoHorizontalScroll(page);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await pay.getByRole('button', { name: 'Cancel' }).click();
    await pay.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add card' }).click();
    const add = page.getByRole('dialog', { name: 'Add a card' });
    await add.getByRole('textbox', { name: 'Card number' }).waitFor();
    await expectNoHorizontalScroll(page);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    // A second card, not the default, to open the remove confirm on.
    await add.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
    await add.getByRole('textbox', { name: 'Expiry date' }).fill('11/2031');
    await add.getByRole('textbox', { name: 'Security code' }).fill('321');
    await add.getByRole('textbox', { name: 'Name on the card' }).fill('Grace Hopper');
    await add.getByRole('button', { name: 'Add card' }).click();
    await add.waitFor({ state: 'detached' });
    const label = 'Visa ending 4242, expires 11/2031';
    await page
      .getByRole('listitem', { name: label })
      .getByRole('button', { name: 'Remove' })
      .click();
    const confirm = page.getByRole('dialog', { name: `Remove ${label}?` });
    await confirm.getByRole('checkbox', { name: 'I understand' }).waitFor();
    await expectNoHorizontalScroll(page);
    await dialogSettled(page);
    await expectNoAxeViolations(page, '[role="dialog"]');
    expect(errors).toEqual([]);
    await context.close();
  });
});
