import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  sharedBrowserPerFile,
  newContext,
  openContextPage,
  signIn,
} from './browser';

const browser = sharedBrowserPerFile();

const MEMBERS = [
  { name: 'Alva Lindqvist', role: 'Administrator', invites: true },
  { name: 'Jonas Becker', role: 'Account manager', invites: true },
  { name: 'Erik Sandberg', role: 'Sales rep', invites: false },
  { name: 'Grace Okafor', role: 'Viewer', invites: false },
];

describe('sign in', () => {
  it('signs in as each role and shows the member, the role and what the role may do', async () => {
    const context = await newContext(browser());
    const { page, errors } = await openContextPage(context);
    await page.goto('/sign-in');
    await expect.poll(() => page.getByRole('button', { name: /^Sign in as / }).count()).toBe(8);
    await expectNoAxeViolations(page);
    for (const member of MEMBERS) {
      await signIn(page, member.name);
      await page
        .getByRole('button', {
          name: `Signed in as ${member.name}, ${member.role}. Open account menu`,
        })
        .waitFor();
      await page.getByRole('grid').getByRole('row').nth(3).waitFor();
      expect(await page.getByRole('button', { name: 'Invite customer' }).count()).toBe(
        member.invites ? 1 : 0,
      );
      await page.getByRole('button', { name: /Open account menu/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the session across a reload, and a sign-out ends it in every tab', async () => {
    const context = await newContext(browser());
    const { page: first } = await openContextPage(context);
    await signIn(first, 'Alva Lindqvist');
    await first.reload();
    await first.getByRole('grid').waitFor();
    expect(first.url()).toContain('/customers');
    const second = await context.newPage();
    await second.goto('/customers');
    await second.getByRole('grid').waitFor();
    await first.getByRole('button', { name: /Open account menu/ }).click();
    await first.getByRole('menuitem', { name: 'Sign out' }).click();
    await second.waitForURL(/\/sign-in/);
    await context.close();
  });

  it('returns to the page the member was on after the session expired', async () => {
    const context = await newContext(browser());
    const { page } = await openContextPage(context);
    await signIn(page, 'Jonas Becker');
    await page.goto('/customers?status=ACTIVE');
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: 'Developer panel' }).click();
    await page.getByRole('button', { name: 'Expire every session now' }).click();
    await page.getByText('Sessions expired').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    // The next request the page makes is refused: reloading makes several at once.
    await page.reload();
    await page.waitForURL(/\/sign-in\?/);
    await page.getByText('Your session has expired').waitFor();
    await page.getByRole('button', { name: 'Sign in as Jonas Becker' }).click();
    await page.waitForURL(/\/customers\?status=ACTIVE$/);
    await context.close();
  });
});
