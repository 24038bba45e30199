/**
 * The purchase authorization dialog's figures of SPEC §10: opening it (click to its fields
 * painted) and the live price preview (keystroke in Quantity to the new total painted).
 *
 * Each measure is taken in the page: a capturing listener on window notes performance.now() at
 * the trusted event (before React sees it), a MutationObserver watches for the expected DOM,
 * and the end is the first task after the next animation frame: that frame's paint is done.
 */
import type { Page } from 'playwright-core';

const DIALOG_TITLE = 'New purchase authorization for';
const PROBE_TIMEOUT_MS = 10_000;

/** What a probe waits for after its event: the dialog's fields, or another preview total. */
type Until = 'dialog' | 'total';

interface ProbeWindow {
  __benchProbe?: Promise<number>;
}

/**
 * Arms a probe in the page: the next `event` starts the clock, the DOM condition of `until`
 * painted stops it. Read it with `readProbe` after acting on the page.
 */
async function armProbe(page: Page, event: 'click' | 'keydown', until: Until) {
  await page.evaluate(
    ({ event, until, title, timeoutMs }) => {
      const probeWindow = window as unknown as ProbeWindow;
      const totalText = () =>
        document.querySelector('[data-testid="pa-preview-total"]')?.textContent ?? null;
      const dialogShown = () => {
        for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"]')) {
          const titleId = dialog.getAttribute('aria-labelledby');
          const heading = titleId ? document.getElementById(titleId) : null;
          if (!heading?.textContent?.startsWith(title)) continue;
          const team = dialog
            .querySelector<HTMLInputElement>('input[type="radio"][value="TEAM"]')
            ?.closest('label');
          const box = team?.getBoundingClientRect();
          if (team?.textContent?.trim() === 'Team' && box && box.width > 0 && box.height > 0) {
            return true;
          }
        }
        return false;
      };
      const before = totalText();
      const done = () => {
        if (until === 'dialog') return dialogShown();
        const now = totalText();
        return now !== null && now !== before;
      };
      if (until === 'dialog' && dialogShown()) {
        throw new Error('the purchase authorization dialog is open already');
      }

      const probe = new Promise<number>((resolve, reject) => {
        let start: number | null = null;
        let settled = false;
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          finish();
          reject(
            new Error(
              start === null
                ? `no ${event} reached the page within ${timeoutMs} ms`
                : until === 'dialog'
                  ? `the dialog "${title}…" with its radio Team did not show within ${timeoutMs} ms`
                  : `the preview total stayed "${before ?? '(none)'}" for ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        const finish = () => {
          settled = true;
          clearTimeout(timer);
          observer.disconnect();
          window.removeEventListener(event, onEvent, true);
        };
        const check = () => {
          if (settled || start === null || !done()) return;
          const t0 = start;
          finish();
          // The next frame paints the change; a message posted from its callback runs after it.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        };
        const onEvent = () => {
          if (start !== null) return;
          start = performance.now();
        };
        window.addEventListener(event, onEvent, { capture: true });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      });
      // Read later by readProbe; a probe never read must not report an unhandled rejection.
      probe.catch(() => undefined);
      probeWindow.__benchProbe = probe;
    },
    { event, until, title: DIALOG_TITLE, timeoutMs: PROBE_TIMEOUT_MS },
  );
}

/** The milliseconds the armed probe measured (or its error). */
async function readProbe(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const probe = (window as unknown as ProbeWindow).__benchProbe;
    if (!probe) throw new Error('no probe armed');
    delete (window as unknown as ProbeWindow).__benchProbe;
    return probe;
  });
}

function dialogOf(page: Page) {
  return page.getByRole('dialog', { name: new RegExp(`^${DIALOG_TITLE}`) });
}

/** Waits for the Plans tab's create button, enabled once the offers are prefetched. */
async function openPlans(page: Page, customerId: string) {
  await page.goto(`/customers/${customerId}/plans`);
  const create = page.getByRole('button', { name: 'Create purchase authorization', exact: true });
  await create.waitFor({ timeout: 15_000 });
  const deadline = Date.now() + 15_000;
  while (!(await create.isEnabled())) {
    if (Date.now() > deadline) {
      throw new Error(`"Create purchase authorization" stayed disabled for ${customerId}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return create;
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await dialogOf(page).waitFor({ state: 'detached', timeout: 5_000 });
}

/** Click on "Create purchase authorization" to the dialog's fields painted, `runs` times. */
export async function timePaDialogOpen(
  page: Page,
  customerId: string,
  runs: number,
): Promise<number[]> {
  const create = await openPlans(page, customerId);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await armProbe(page, 'click', 'dialog');
    await create.click({ timeout: 5_000 });
    samples.push(await readProbe(page));
    await closeDialog(page);
  }
  return samples;
}

/**
 * Keys typed in Quantity (line 1, Team, first product) and the quantity each leaves: every key
 * changes the quantity, so the total, and it stays within Team's 1–10,000.
 */
const KEYSTROKES: readonly (readonly [key: string, quantity: string])[] = [
  ['1', '1'],
  ['2', '12'],
  ['3', '123'],
  ['4', '1234'],
  ['Backspace', '123'],
  ['5', '1235'],
  ['Backspace', '123'],
  ['Backspace', '12'],
  ['7', '127'],
  ['0', '1270'],
  ['Backspace', '127'],
  ['Backspace', '12'],
  ['Backspace', '1'],
  ['9', '19'],
];

/** Keydown in Quantity to the new preview total painted, one sample per key of KEYSTROKES. */
export async function timePaPreviewKeystrokes(page: Page, customerId: string): Promise<number[]> {
  const create = await openPlans(page, customerId);
  await create.click({ timeout: 5_000 });
  const dialog = dialogOf(page);
  await dialog.waitFor({ timeout: 10_000 });
  await dialog.getByRole('radio', { name: 'Team' }).check({ timeout: 5_000 });
  const product = dialog.getByRole('combobox', { name: /^Product \(line 1\)/ });
  await product.click({ timeout: 5_000 });
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option').first().click({ timeout: 5_000 });
  await listbox.waitFor({ state: 'detached', timeout: 5_000 });
  const quantity = dialog.getByRole('textbox', { name: /^Quantity/ }).first();
  await quantity.focus({ timeout: 5_000 });
  if ((await quantity.inputValue()) !== '') throw new Error('Quantity is not empty at the start');

  const samples: number[] = [];
  for (const [key, expected] of KEYSTROKES) {
    await armProbe(page, 'keydown', 'total');
    await page.keyboard.press(key);
    samples.push(await readProbe(page));
    const value = await quantity.inputValue();
    if (value !== expected) {
      throw new Error(`Quantity reads "${value}" after ${key}, expected "${expected}"`);
    }
  }
  await closeDialog(page);
  return samples;
}
