import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  callApi,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  newContext,
  openContextPage,
  sharedBrowserPerFile,
  signInWithRows,
} from './browser';

const browser = sharedBrowserPerFile();

interface OfferLike {
  id: string;
  licenseType: string;
  educationDevice: boolean;
  addOn: boolean;
  marketSegments: string[];
}

/** Creates a TEAM PA through the API on offers the customer holds no subscription of. */
async function createPaThroughApi(page: Page, customerId: string, quantities: number[]) {
  const customer = (await callApi(page, 'GET', `/customers/${customerId}`)).body as {
    marketSegment: string;
  };
  const offerAnswer = await callApi(page, 'GET', '/offers');
  const offers = (offerAnswer.body as { items: OfferLike[] }).items;
  const held = (
    (await callApi(page, 'GET', `/customers/${customerId}/subscriptions`)).body as {
      items: { offerId: string }[];
    }
  ).items.map((s) => s.offerId);
  const fresh = offers.filter(
    (o) =>
      o.licenseType === 'TEAM' &&
      !o.educationDevice &&
      !o.addOn &&
      o.marketSegments.includes(customer.marketSegment) &&
      !held.includes(o.id),
  );
  const today = (
    (await callApi(page, 'GET', '/clock')).body as {
      businessDate: string;
    }
  ).businessDate;
  const answer = await callApi(page, 'POST', `/customers/${customerId}/purchase-authorizations`, {
    body: {
      licenseType: 'TEAM',
      deploymentDate: today,
      lineItems: quantities.map((quantity, index) => ({ offerId: fresh[index]?.id, quantity })),
    },
  });
  expect(answer.status).toBe(201);
  return answer.body as { id: string; number: string; lineItems: { offerId: string }[] };
}

/** Picks the first offer still free on a line, by keyboard, and types its quantity. */
async function chooseLineByKeyboard(page: Page, dialog: Locator, line: number, quantity: string) {
  const product = dialog.getByRole('combobox', { name: `Product (line ${line})` });
  await product.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  const field = dialog.getByRole('textbox', { name: /^Quantity/ }).nth(line - 1);
  await field.focus();
  await page.keyboard.type(quantity);
}

async function openCreateDialog(page: Page, customerId: string) {
  await page.goto(`/customers/${customerId}/plans`);
  const create = page.getByRole('button', { name: 'Create purchase authorization' });
  await create.waitFor();
  await expect.poll(() => create.isEnabled()).toBe(true);
  await create.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^New purchase authorization for/ });
  await dialog.waitFor();
  return dialog;
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /Open account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
}

describe('purchase authorizations', () => {
  it('a sales rep creates a PA of three lines with a PO number by keyboard; an account manager undoes it', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    // Customer 35: ACTIVE, sales rep Erik, account manager Camille, no pending PA (the seed's
    // customers are the same whatever the day: mocks/seed/seed.test.ts holds these facts).
    await signInWithRows(page, 'Erik Sandberg');
    const dialog = await openCreateDialog(page, 'cus-000035');
    await dialog.getByRole('radio', { name: 'Team' }).focus();
    await page.keyboard.press('Space');
    await chooseLineByKeyboard(page, dialog, 1, '4');
    for (const line of [2, 3]) {
      await dialog.getByRole('button', { name: 'Add line' }).focus();
      await page.keyboard.press('Enter');
      await chooseLineByKeyboard(page, dialog, line, String(line + 1));
    }
    await dialog.getByRole('textbox', { name: 'PO number (optional)' }).focus();
    await page.keyboard.type('PO-2026-311');
    await dialog.getByText(/^Volume level \d/).waitFor();
    await dialog.getByTestId('pa-preview-total').waitFor();
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Create purchase authorization' }).focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/customers\/cus-000035\/history/);
    await page.getByText(/^Purchase authorization .* created/).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'PO-2026-311' });
    await card.getByText('Pending', { exact: true }).waitFor();
    await card.getByText('Order due in 30 days').waitFor();
    // A sales rep may create, not undo: the button says why.
    const undo = card.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('aria-describedby')).toBeTruthy();
    await card.getByText('Your role may not undo purchase authorizations').waitFor();
    await expectNoAxeViolations(page);

    await signOut(page);
    await signInWithRows(page, 'Camille Laurent');
    await page.goto('/customers/cus-000035/history?type=PA');
    const mine = page.getByRole('listitem').filter({ hasText: 'PO-2026-311' });
    await mine.getByRole('button', { name: 'Undo', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Undo purchase authorization/ });
    await confirm.getByRole('button', { name: /^Withdraw PA/ }).click();
    await mine.getByText('Withdrawn', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an undo is refused when a licence got assigned in another tab meanwhile', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Camille Laurent');
    // Customer 14: ACTIVE, Camille's. A PA of one new offer: a single user takes a seat of it.
    const pa = await createPaThroughApi(page, 'cus-000014', [2]);
    await page.goto('/customers/cus-000014/history?type=PA');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Purchase authorization ${pa.number}` }) });
    await card.getByRole('button', { name: 'Undo', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Undo purchase authorization/ });
    await confirm.waitFor();

    const other = await context.newPage();
    await other.goto('/customers/cus-000014/plans');
    await other.getByRole('heading', { name: 'Subscriptions' }).waitFor();
    const subscriptions = (
      (await callApi(other, 'GET', '/customers/cus-000014/subscriptions')).body as {
        items: { id: string; offerId: string }[];
      }
    ).items;
    const subscription = subscriptions.find((s) => s.offerId === pa.lineItems[0]?.offerId);
    const assigned = await callApi(other, 'POST', '/customers/cus-000014/licence-assignments', {
      body: {
        subscriptionId: subscription?.id,
        user: { firstName: 'Ana', lastName: 'Berg', email: 'ana.berg@example.com' },
      },
    });
    expect(assigned.status).toBe(201);
    await other.close();

    await confirm.getByRole('button', { name: /^Withdraw PA/ }).click();
    await card
      .getByText('Licences of this purchase authorization are assigned to users.')
      .waitFor();
    await card.getByText('Pending', { exact: true }).waitFor();
    await card.getByText('Licences of it are assigned to users').waitFor();
    // The refusal is the API's (a 422 the error watcher records); nothing else went wrong.
    expect(errors.filter((error) => !/^422 POST .*\/withdraw$/.test(error))).toEqual([]);
    await context.close();
  });

  it('places the order of a PA, then returns part of it', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Camille Laurent');
    // Customer 14: ACTIVE, Camille's.
    const pa = await createPaThroughApi(page, 'cus-000014', [5, 3]);
    await page.goto('/customers/cus-000014/history');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Purchase authorization ${pa.number}` }) });
    // Edit: the dialog passes axe; leaving it changes nothing.
    await card.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit purchase authorization ${pa.number}` });
    await edit.waitFor();
    await expectNoAxeViolations(page, '[role="dialog"]');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Place order' }).click();
    const confirm = page.getByRole('dialog', { name: `Place the order of ${pa.number}?` });
    await confirm.getByRole('button', { name: 'Place order' }).click();
    await card.getByText('Ordered', { exact: true }).waitFor();

    // The newest order is this one; it can be returned within 14 days.
    const order = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Order / }) })
      .first();
    await order.getByRole('button', { name: 'Request return' }).click();
    const dialog = page.getByRole('dialog', { name: /^Return seats of/ });
    await dialog.waitFor();
    await dialog.getByRole('spinbutton').first().fill('2');
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Request return' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('heading', { name: /^Return / })
      .first()
      .waitFor();
    const orders = (
      (await callApi(page, 'GET', '/customers/cus-000014/orders')).body as {
        items: { orderType: string; lineItems: { quantity: number }[] }[];
      }
    ).items;
    const returned = orders.find((o) => o.orderType === 'RETURN');
    expect(returned?.lineItems.map((line) => line.quantity)).toEqual([2]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on day 31 of a pending PA the customer is DELAYED and new PAs are refused with the reason', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    // Customer 8 has a young pending PA.
    const pas = (
      (await callApi(page, 'GET', '/customers/cus-000008/purchase-authorizations?status=PENDING'))
        .body as { items: { creationDate: string }[] }
    ).items;
    const created = pas[0]?.creationDate ?? '';
    const day31 = new Date(`${created}T00:00:00Z`);
    day31.setUTCDate(day31.getUTCDate() + 31);
    const date = day31.toISOString().slice(0, 10);

    await page.goto('/customers/cus-000008/plans');
    await page.getByRole('button', { name: 'Developer panel' }).click();
    await page.getByLabel('Business date').fill(date);
    await page.getByRole('button', { name: 'Set date' }).click();
    await page.getByText(new RegExp(`^Today is .* for the backend`)).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    const create = page.getByRole('button', { name: 'Create purchase authorization' });
    await expect.poll(() => create.isDisabled(), { timeout: 10_000 }).toBe(true);
    await page
      .getByText(
        'This customer has an overdue order; no new purchase authorizations until it is placed.',
      )
      .waitFor();
    await page.getByText('Delayed', { exact: true }).first().waitFor();
    await page
      .getByRole('note')
      .filter({ hasText: /has waited \d+ days for its order/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the dialog has no English left in Swedish, German and French, passes axe and fits 360 px', async () => {
    const english = JSON.parse(
      readFileSync(path.join(process.cwd(), 'src/i18n/locales/en/authorizations.json'), 'utf8'),
    ) as Record<string, Record<string, string>>;
    // Every English phrase of the dialog, cut at its placeholders; short fragments say nothing.
    const phrases = Object.values(english)
      .flatMap((group) => Object.values(group))
      .flatMap((text) => text.split(/\{\{\s*\w+\s*\}\}/))
      .map((part) => part.trim().replace(/^[:,.()–\s]+|[:,.()–\s]+$/g, ''))
      .filter((part) => part.split(/\s+/).length >= 2);
    const context = await newContext(browser(), { width: 360 });
    const { page, errors } = await openContextPage(context);
    await signInWithRows(page, 'Alva Lindqvist');
    const expected = { sv: 'Licenstyp', de: 'Lizenztyp', fr: 'Type de licence' } as const;
    for (const language of ['sv', 'de', 'fr'] as const) {
      await page.evaluate((value) => localStorage.setItem('rc.language', value), language);
      await page.goto('/customers/cus-000013/plans');
      const create = page.getByRole('button', { name: /^(Skapa|Kaufautorisierung|Créer)/ });
      await create.waitFor();
      await create.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radiogroup', { name: new RegExp(expected[language]) }).waitFor();
      await dialog.getByRole('radio').nth(1).check();
      await dialog.getByRole('combobox').first().click();
      await page.getByRole('option').first().click();
      await dialog.getByRole('textbox').first().fill('12');
      await dialog.getByTestId('pa-preview-total').waitFor();
      const text = await dialog.innerText();
      expect(
        phrases.filter((phrase) => text.includes(phrase)),
        language,
      ).toEqual([]);
      await expectNoAxeViolations(page, '[role="dialog"]');
      await expectNoHorizontalScroll(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
