import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenewalPageSchema, type RenewalPage } from '@/api/renewals/schemas';
import { addDays, addYears } from '@/domain/calendar-date';
import { unitPriceAt } from '@/domain/pricing';
import { DEFAULT_RULES } from '@/domain/rules';
import type { CustomerRecord, ScheduledChangeRecord, SubscriptionRecord } from './db/records';
import { createTestBackend } from './node';
import { refreshCustomerFacts } from './services/customer-facts';
import { SYSTEM_ACTOR } from './services/scheduled-work';
import { createApiClient } from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12);
const { backend, server } = createTestBackend({ dbName: 'renewals-api-test', now: () => now });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
});
afterAll(() => server.close());

const { call } = createApiClient();

function renewals(query: Record<string, string>, as = 'mem-alva') {
  return call(as, 'GET', `/renewals?${new URLSearchParams(query).toString()}`);
}
async function page(query: Record<string, string>, as?: string): Promise<RenewalPage> {
  const { status, body } = await renewals(query, as);
  expect(status).toBe(200);
  return RenewalPageSchema.parse(body);
}

interface Spec {
  daysLeft: number;
  quantity?: number;
  used?: number;
  change?: ScheduledChangeRecord['type'];
  reduceTo?: number;
}

let fixtureCount = 0;
/** A customer with one subscription per spec (each its own TEAM offer), dated from today. */
async function makeCustomer(specs: Spec[], manager = 'mem-jonas', rep = 'mem-erik') {
  fixtureCount += 1;
  const id = `cus-ren-${fixtureCount}`;
  const today = await backend.today();
  return backend.store.write(async (tx) => {
    const offers = (await tx.offers.all()).filter(
      (o) => o.licenseType === 'TEAM' && !o.educationDevice && !o.addOn,
    );
    const customer: CustomerRecord = {
      id,
      vipId: String(3_000_000_000 + fixtureCount),
      companyName: `Renewal fixture ${fixtureCount}`,
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: 'SE',
      currencyCode: 'SEK',
      contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@fixture.example' },
      accountManagerId: manager,
      salesRepId: rep,
      creationDate: addDays(today, -500),
      cotermDate: null,
      invitationAccepted: true,
      oldestPendingPaCreationDate: null,
      renewingSubscriptionCount: 0,
      subscriptionCount: 0,
      totalLicences: 0,
      poNumbers: [],
      version: 1,
    };
    await tx.customers.put(customer);
    const records = specs.map((spec, index): SubscriptionRecord => {
      const renewalDate = addDays(today, spec.daysLeft);
      const offer = offers[index];
      if (!offer) throw new Error('Not enough offers');
      const quantity = spec.quantity ?? 10;
      return {
        id: `sub-${id}-${index + 1}`,
        customerId: id,
        offerId: offer.id,
        currentQuantity: quantity,
        usedQuantity: spec.used ?? 1,
        creationDate: addYears(renewalDate, -1),
        renewalDate,
        autoRenewal: { enabled: true, renewalQuantity: quantity },
        status: 'ACTIVE',
        scheduledChange:
          spec.change === 'REDUCTION'
            ? { type: 'REDUCTION', renewalQuantity: spec.reduceTo ?? 1, effectiveDate: renewalDate }
            : spec.change === 'CANCELLATION'
              ? { type: 'CANCELLATION', effectiveDate: renewalDate }
              : null,
        version: 1,
      };
    });
    await tx.subscriptions.bulkPut(records);
    await refreshCustomerFacts({ tx, actor: SYSTEM_ACTOR, today, rules: DEFAULT_RULES, now }, id);
    return { customerId: id, ids: records.map((r) => r.id), offers: records.map((r) => r.offerId) };
  });
}

describe('GET /renewals', () => {
  it('lists only subscriptions from −90 days to the end of grace, with filters and sort', async () => {
    const { customerId, ids } = await makeCustomer([
      { daysLeft: 91 },
      { daysLeft: 90 },
      { daysLeft: 30 },
      { daysLeft: 0 },
      { daysLeft: -30 },
      { daysLeft: -31 },
      { daysLeft: 10, change: 'CANCELLATION' },
    ]);
    const all = await page({ customerId });
    expect(all.items.map((i) => [i.daysLeft, i.stage])).toEqual([
      [-30, 'GRACE'],
      [0, 'DUE'],
      [10, 'WINDOW_OPEN'],
      [30, 'WINDOW_OPEN'],
      [90, 'UPCOMING'],
    ]);
    expect(all.totalCount).toBe(5);
    expect(all.items[2]?.scheduledChange?.type).toBe('CANCELLATION');
    expect(all.items.map((i) => i.subscriptionId)).not.toContain(ids[0]);

    const days = async (query: Record<string, string>) =>
      (await page({ customerId, ...query })).items.map((i) => i.daysLeft);
    expect(await days({ window: '30' })).toEqual([0, 10, 30]);
    expect(await days({ inGrace: 'true' })).toEqual([-30]);
    expect(await days({ inGrace: 'false' })).toEqual([0, 10, 30, 90]);
    expect(await days({ stage: 'UPCOMING,DUE' })).toEqual([0, 90]);
    expect(await days({ sort: '-daysLeft' })).toEqual([90, 30, 10, 0, -30]);
    const second = await page({ customerId, limit: '2', offset: '1' });
    expect(second.items.map((i) => i.daysLeft)).toEqual([0, 10]);
    expect(second.totalCount).toBe(5);
  });

  it('drops a subscription whose cancellation took effect', async () => {
    const { customerId } = await makeCustomer([{ daysLeft: -5, change: 'CANCELLATION' }]);
    expect((await page({ customerId })).totalCount).toBe(0);
  });

  it('suggests a quantity and prices a full year at the level it reaches', async () => {
    const { customerId, offers } = await makeCustomer([
      { daysLeft: 20, quantity: 12, used: 3 },
      { daysLeft: 20, quantity: 12, used: 3, change: 'REDUCTION', reduceTo: 2 },
    ]);
    const offerList = await backend.store.read((tx) => tx.offers.all());
    const priceOf = (offerId: string | undefined, level: 1 | 2 | 3 | 4) => {
      const offer = offerList.find((o) => o.id === offerId);
      if (!offer) throw new Error('No offer');
      return unitPriceAt(offer, 'SEK', level);
    };
    const [full, reduced] = (await page({ customerId, sort: 'customerName' })).items;
    // 24 licences now; renewing one at 12 keeps 24 (level 2), renewing the other at 3 gives 15.
    expect(full).toMatchObject({
      suggestedQuantity: 12,
      suggestedVolumeLevel: 2,
      estimatedPrice: { amountMinor: 12 * priceOf(offers[0], 2), currency: 'SEK' },
      currencyCode: 'SEK',
      accountManager: { id: 'mem-jonas' },
      subscriptionVersion: 1,
    });
    expect(reduced).toMatchObject({
      suggestedQuantity: 3,
      suggestedVolumeLevel: 2,
      estimatedPrice: { amountMinor: 3 * priceOf(offers[1], 2), currency: 'SEK' },
    });
  });

  it('respects the caller’s scope and the manager filters', async () => {
    const { customerId } = await makeCustomer([{ daysLeft: 15 }], 'mem-camille', 'mem-sophie');
    expect((await page({ customerId }, 'mem-grace')).totalCount).toBe(1);
    expect((await page({ customerId }, 'mem-camille')).totalCount).toBe(1);
    expect((await page({ customerId }, 'mem-sophie')).totalCount).toBe(1);
    expect((await page({ customerId }, 'mem-erik')).totalCount).toBe(0);
    expect((await page({ customerId }, 'mem-jonas')).totalCount).toBe(0);

    const customers = await backend.store.read((tx) => tx.customers.all());
    const byId = new Map(customers.map((c) => [c.id, c]));
    const mine = await page({ limit: '1000' }, 'mem-erik');
    expect(mine.totalCount).toBeGreaterThan(0);
    for (const item of mine.items) {
      const customer = byId.get(item.customerId);
      expect([customer?.accountManagerId, customer?.salesRepId]).toContain('mem-erik');
    }
    expect((await page({ managedByMe: 'true' }, 'mem-alva')).totalCount).toBe(0);
    const camille = await page({ accountManagerId: 'mem-camille', limit: '1000' });
    expect(camille.items.every((i) => i.accountManager.id === 'mem-camille')).toBe(true);
    expect(camille.items.some((i) => i.customerId === customerId)).toBe(true);
  });

  it('refuses a stage or window it does not know', async () => {
    expect((await renewals({ stage: 'REMOVED' })).status).toBe(400);
    expect((await renewals({ window: '45' })).status).toBe(400);
    expect((await renewals({ sort: 'vipId' })).status).toBe(400);
  });
});
