import { screen, waitFor, within } from '@testing-library/react';

/** The Plans tab's row of an offer, once the tab has loaded. */
export async function planRowOf(offerName: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: 'Subscriptions' }, { timeout: 15000 });
  return waitFor(
    () => {
      const row = screen
        .queryAllByRole('row')
        .find((r) => within(r).queryByText(offerName, { exact: true }) !== null);
      if (!row) throw new Error(`no row for ${offerName}`);
      return row;
    },
    { timeout: 10000 },
  );
}
