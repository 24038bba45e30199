import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEV_BASE } from '@/api/dev/schemas';
import { addDays, compareDates } from '@/domain/calendar-date';
import { sessionStore } from '@/lib/session-store';
import { API_BASE, renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => cleanup());
afterAll(() => server.close());

const TODAY = '2026-11-23';

async function setBusinessDate(businessDate: string) {
  const response = await fetch(`${API_BASE}${DEV_BASE}/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ businessDate }),
  });
  expect(response.status).toBe(200);
}

/**
 * SPEC §4: a scheduled change can be undone until the term ends. A reduction scheduled on a
 * subscription with auto-renew off (so the anniversary renews nothing by itself) stays shown
 * on the anniversary, where Undo is disabled with the reason and the API refuses it too.
 */
describe('undo once the term has ended', () => {
  it('is disabled with the reason on the anniversary, and the API refuses it', async () => {
    const [subscriptions, offers] = await backend.store.read(async (tx) =>
      Promise.all([tx.subscriptions.all(), tx.offers.all()]),
    );
    const record = subscriptions.find(
      (s) =>
        s.scheduledChange === null &&
        s.currentQuantity >= s.usedQuantity + 2 &&
        s.usedQuantity >= 1 &&
        compareDates(TODAY, s.renewalDate) < 0 &&
        compareDates(s.renewalDate, addDays(TODAY, 60)) < 0,
    );
    if (!record) throw new Error('no subscription to reduce in the seed');
    const offerName = offers.find((o) => o.id === record.offerId)?.name ?? '';
    await backend.store.write(async (tx) => {
      await tx.subscriptions.put({
        ...record,
        autoRenewal: { ...record.autoRenewal, enabled: false },
        scheduledChange: {
          type: 'REDUCTION',
          renewalQuantity: record.usedQuantity,
          effectiveDate: record.renewalDate,
        },
      });
    });
    // The day before the anniversary, the last day of the term: Undo still works.
    await setBusinessDate(addDays(record.renewalDate, -1));
    await signInAs('mem-alva');
    const first = renderApp(`/customers/${record.customerId}/plans`);
    await screen.findByRole('heading', { name: 'Subscriptions' }, { timeout: 15000 });
    const undoName = `Undo the scheduled change: ${offerName}`;
    await waitFor(() => expect(screen.getByRole('button', { name: undoName })).toBeEnabled(), {
      timeout: 10000,
    });
    first.unmount();

    await setBusinessDate(record.renewalDate);
    await signInAs('mem-alva');
    renderApp(`/customers/${record.customerId}/plans`);
    await screen.findByRole('heading', { name: 'Subscriptions' }, { timeout: 15000 });
    const undo = await screen.findByRole('button', { name: undoName }, { timeout: 10000 });
    await waitFor(() =>
      expect(undo).toHaveAccessibleDescription(
        'The term has ended; this change can no longer be made or undone.',
      ),
    );
    expect(undo).toBeDisabled();
    // Nothing pending any more: the header shows no chip for it.
    expect(screen.queryByRole('region', { name: 'Pending changes' })).toBeNull();
    const row = undo.closest('tr');
    if (!row) throw new Error('Undo is not in a row');
    expect(
      within(row).getByRole('button', { name: `Reduce at next term: ${offerName}` }),
    ).toBeDisabled();

    const response = await fetch(
      `${API_BASE}/customers/${record.customerId}/subscriptions/${record.id}/scheduled-change`,
      {
        method: 'DELETE',
        headers: {
          Authorization: `Bearer ${sessionStore.token() ?? ''}`,
          'Idempotency-Key': crypto.randomUUID(),
          'If-Match': `"${record.version}"`,
        },
      },
    );
    const body = (await response.json()) as { code: string };
    expect(body.code).toBe('TERM_ENDED');
  });
});
