/**
 * The customers grid measured as the renewals overview is (renewals.ts): each sample loads the
 * list afresh and clicks a status filter whose list is not cached yet. run.ts's grid figures
 * click on one page again and again, and a filter toggled off and on again is answered from
 * React Query's cache (15 s staleTime); this figure is the grid with its request every time.
 */
import type { Page } from 'playwright-core';

const STATUSES = ['ACTIVE', 'INVITED', 'DELAYED', 'SUSPENDED', 'INACTIVE'] as const;

export async function timeCustomersFilterUncached(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/customers');
    await page.getByText(/of 50,000/).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.MuiLinearProgress-root') === null);
    const status = STATUSES[i % STATUSES.length] ?? 'ACTIVE';
    samples.push(
      await page.evaluate(async (value) => {
        const signature = () => {
          const rows = [...document.querySelectorAll('[role="grid"] [role="row"][data-id]')];
          const footer =
            document.querySelector('.MuiTablePagination-displayedRows')?.textContent ?? '';
          return `${footer}|${rows
            .slice(0, 3)
            .map((row) => row.getAttribute('data-id'))
            .join(',')}`;
        };
        const button = document.querySelector<HTMLElement>(`button[value="${value}"]`);
        if (!button) throw new Error(`no status filter ${value}`);
        const before = signature();
        const t0 = performance.now();
        button.click();
        await new Promise<void>((resolve, reject) => {
          const check = () => {
            if (signature() !== before) requestAnimationFrame(() => resolve());
            else if (performance.now() > t0 + 10_000) reject(new Error(`no change after ${value}`));
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      }, status),
    );
  }
  return samples;
}
