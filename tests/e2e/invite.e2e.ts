import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dataRows,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sharedBrowserPerFile,
  newContext,
  openContextPage,
  signIn,
} from './browser';

const browser = sharedBrowserPerFile();

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('invite customer', () => {
  it('refuses bad input with messages, keeps it, then invites with good input; a reload and a second tab see it', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await signIn(page, 'Alva Lindqvist');
    const second = await context.newPage();
    await second.goto('/customers');
    await dataRows(second).first().waitFor();

    await page.getByRole('button', { name: 'Invite customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a customer' });
    await dialog.getByLabel('Company name').fill('Abc');
    await dialog.getByLabel('Admin e-mail').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await dialog.getByText('At least 4 characters').waitFor();
    await dialog.getByText('Enter an e-mail address such as name@example.com').waitFor();
    expect(await dialog.getByText('Required').count()).toBeGreaterThan(2);
    await expectNoAxeViolations(page, '[role="dialog"]');

    const name = `Zeta <b>Bold</b> ${Date.now() % 100000}`;
    await dialog.getByLabel('Company name').fill(name);
    await chooseOption(page, 'Country', 'Sweden');
    await dialog.getByLabel('Admin first name').fill('Ann');
    await dialog.getByLabel('Admin last name').fill("O'Neil");
    await dialog.getByLabel('Admin e-mail').fill('ann@zeta.example');
    await chooseOption(page, 'Account manager', 'Camille Laurent');
    await chooseOption(page, 'Sales rep', 'Sophie Martin');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    const notice = page.getByText(/was invited\. Its VIP ID is \d{10}\./);
    await notice.waitFor();
    expect(await notice.innerText()).toContain(name); // shown as text, never as HTML

    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Zeta <b>');
    await expect.poll(() => dataRows(page).count()).toBe(1);
    await dataRows(page).getByText('Invited', { exact: true }).waitFor();

    await page.reload();
    await expect.poll(() => dataRows(page).count()).toBe(1);
    expect(await dataRows(page).first().getByRole('link').innerText()).toBe(name);

    // The other tab hears of the change and shows the new customer without a reload.
    await second.getByRole('searchbox', { name: 'Search customers' }).fill('Zeta <b>');
    await expect.poll(() => dataRows(second).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the input when the server refuses, and a retry does not create two customers', async () => {
    const context = await newContext(browser());
    const { page } = await openContextPage(context);
    await signIn(page, 'Jonas Becker');
    // Every request fails with 503 from now on.
    await page.getByRole('button', { name: 'Developer panel' }).click();
    await chooseOption(page, 'Failure rate (503)', '100%');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Invite customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a customer' });
    await dialog.getByLabel('Company name').fill('Retry Works AB');
    await chooseOption(page, 'Country', 'Sweden');
    await dialog.getByLabel('Admin first name').fill('Bo');
    await dialog.getByLabel('Admin last name').fill('Ek');
    await dialog.getByLabel('Admin e-mail').fill('bo@retry.example');
    await chooseOption(page, 'Sales rep', 'Erik Sandberg');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await dialog
      .getByText('The service is unavailable right now. Try again in a moment.')
      .waitFor();
    expect(await dialog.getByLabel('Company name').inputValue()).toBe('Retry Works AB');
    // Closing the dialog to heal the network keeps what was typed.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Developer panel' }).click();
    await chooseOption(page, 'Failure rate (503)', '0%');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Invite customer' }).click();
    expect(await dialog.getByLabel('Admin e-mail').inputValue()).toBe('bo@retry.example');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(/was invited/).waitFor();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Retry Works');
    await expect.poll(() => dataRows(page).count()).toBe(1);
    await context.close();
  });

  it('can be done by keyboard alone, and fits 360 px', async () => {
    const context = await newContext(browser(), { width: 360 });
    const { page } = await openContextPage(context);
    await signIn(page, 'Alva Lindqvist');
    await dataRows(page).first().waitFor();
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? element?.textContent ?? '';
      });
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = /invite customer/i.test(await focusedName());
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite a customer' });
    await dialog.waitFor();
    await expectNoHorizontalScroll(page);
    const typeInto = async (label: string, text: string) => {
      for (let i = 0; i < 20; i++) {
        if (await dialog.getByLabel(label).evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(text);
    };
    const pickWithKeys = async (label: string, option: string) => {
      const box = dialog.getByRole('combobox', { name: label });
      for (let i = 0; i < 20; i++) {
        if (await box.evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: option }).waitFor();
      for (let i = 0; i < 30; i++) {
        const active = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (active === option) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
    };
    await typeInto('Company name', 'Keyboard Only GmbH');
    await pickWithKeys('Country', 'Germany');
    await typeInto('Admin first name', 'Kai');
    await typeInto('Admin last name', 'Tast');
    await typeInto('Admin e-mail', 'kai@keyboard.example');
    await pickWithKeys('Account manager', 'Jonas Becker');
    await pickWithKeys('Sales rep', 'Lukas Wagner');
    for (let i = 0; i < 5 && (await focusedName()) !== 'Invite'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Invite');
    await page.keyboard.press('Enter');
    await page.getByText(/Keyboard Only GmbH was invited/).waitFor();
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});
