import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SubscriptionListSchema,
  SubscriptionOrderResultSchema,
  SubscriptionQuoteSchema,
  SubscriptionSchema,
  type Subscription,
} from '@/api/subscriptions/schemas';
import { addDays, addYears } from '@/domain/calendar-date';
import type { MarketSegment, MarketSubSegment } from '@/domain/customer-profile';
import { DEFAULT_RULES } from '@/domain/rules';
import type { CustomerRecord, ScheduledChangeRecord, SubscriptionRecord } from './db/records';
import { createTestBackend } from './node';
import { refreshCustomerFacts } from './services/customer-facts';
import { SYSTEM_ACTOR } from './services/scheduled-work';
import {
  codeIn as codeOf,
  createApiClient,
  type CallOptions,
  type Method,
} from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12);
const { backend, server } = createTestBackend({ dbName: 'subscriptions-api-test', now: () => now });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
});
afterAll(() => server.close());

// Content-Type on every request, GETs included; sign-ins cached per member.
const api = createApiClient(undefined, { contentType: 'always' });

/** As `as` (mem-jonas unless given); `version` is sent as If-Match (none when null or absent). */
function call(
  method: Method,
  path: string,
  {
    as = 'mem-jonas',
    version,
    ...options
  }: Omit<CallOptions, 'ifMatch'> & { as?: string; version?: number | null } = {},
) {
  return api.call(as, method, path, {
    ...options,
    ...(version === undefined || version === null ? {} : { ifMatch: version }),
  });
}

async function moveClock(businessDate: string) {
  expect(await api.setBusinessDate(businessDate)).toBe(200);
  // A request on the new date runs the scheduled work through it (Backend.catchUp).
  expect((await fetch(`${api.base}/clock`)).status).toBe(200);
}

interface SubscriptionSpec {
  daysLeft: number;
  quantity?: number;
  used?: number;
  autoRenew?: boolean;
  renewalQuantity?: number;
  change?: 'REDUCTION' | 'CANCELLATION';
  reduceTo?: number;
  addOn?: boolean;
}

let fixtureCount = 0;
/** A customer of mem-jonas / mem-erik with the subscriptions asked for, dated from today. */
async function makeCustomer(
  subscriptions: SubscriptionSpec[],
  profile: { segment?: MarketSegment; subSegments?: MarketSubSegment[] } = {},
) {
  fixtureCount += 1;
  const id = `cus-sub-${fixtureCount}`;
  const today = await backend.today();
  return backend.store.write(async (tx) => {
    const offers = (await tx.offers.all()).filter(
      (o) => o.licenseType === 'TEAM' && !o.educationDevice,
    );
    const bases = offers.filter((o) => !o.addOn);
    const addOn = offers.find((o) => o.addOn);
    if (!addOn) throw new Error('The seed has no add-on offer');
    const customer: CustomerRecord = {
      id,
      vipId: String(2_000_000_000 + fixtureCount),
      companyName: `Fixture ${fixtureCount} AB`,
      marketSegment: profile.segment ?? 'COM',
      marketSubSegments: profile.subSegments ?? [],
      countryCode: 'SE',
      currencyCode: 'SEK',
      contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@fixture.example' },
      accountManagerId: 'mem-jonas',
      salesRepId: 'mem-erik',
      creationDate: addDays(today, -400),
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
    const records = subscriptions.map((spec, index): SubscriptionRecord => {
      const renewalDate = addDays(today, spec.daysLeft);
      const quantity = spec.quantity ?? 10;
      const offer = spec.addOn ? addOn : bases[index];
      if (!offer) throw new Error('Not enough offers');
      const change: ScheduledChangeRecord | null =
        spec.change === 'REDUCTION'
          ? { type: 'REDUCTION', renewalQuantity: spec.reduceTo ?? 5, effectiveDate: renewalDate }
          : spec.change === 'CANCELLATION'
            ? { type: 'CANCELLATION', effectiveDate: renewalDate }
            : null;
      return {
        id: `sub-${id}-${index + 1}`,
        customerId: id,
        offerId: offer.id,
        currentQuantity: quantity,
        usedQuantity: spec.used ?? 2,
        creationDate: addYears(renewalDate, -1),
        renewalDate,
        autoRenewal: {
          enabled: spec.autoRenew ?? false,
          renewalQuantity: spec.renewalQuantity ?? quantity,
        },
        status: 'ACTIVE',
        scheduledChange: change,
        version: 1,
      };
    });
    await tx.subscriptions.bulkPut(records);
    await refreshCustomerFacts(
      { tx, actor: SYSTEM_ACTOR, today, rules: DEFAULT_RULES, now },
      customer.id,
    );
    return { customerId: id, ids: records.map((r) => r.id), today };
  });
}

const pathOf = (customerId: string, subscriptionId: string) =>
  `/customers/${customerId}/subscriptions/${subscriptionId}`;

async function getOne(customerId: string, subscriptionId: string): Promise<Subscription> {
  const { status, body } = await call('GET', pathOf(customerId, subscriptionId));
  expect(status).toBe(200);
  return SubscriptionSchema.parse(body);
}

describe('reading subscriptions', () => {
  it('lists a customer’s subscriptions with state, stage and days left', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 10 }, { daysLeft: -31 }]);
    const { status, body } = await call('GET', `/customers/${customerId}/subscriptions`);
    expect(status).toBe(200);
    const list = SubscriptionListSchema.parse(body);
    const byId = new Map(list.items.map((s) => [s.id, s]));
    expect(byId.get(ids[0] ?? '')).toMatchObject({
      state: 'ACTIVE',
      status: 'ACTIVE',
      renewalStage: 'WINDOW_OPEN',
      daysLeft: 10,
    });
    expect(byId.get(ids[1] ?? '')).toMatchObject({
      state: 'REMOVED',
      status: 'INACTIVE',
      renewalStage: 'REMOVED',
      daysLeft: -31,
    });
  });

  it('answers 404 for a subscription of another customer or outside the caller’s scope', async () => {
    const first = await makeCustomer([{ daysLeft: 10 }]);
    const second = await makeCustomer([{ daysLeft: 10 }]);
    expect((await call('GET', pathOf(second.customerId, first.ids[0] ?? ''))).status).toBe(404);
    const foreign = await call('GET', pathOf(first.customerId, first.ids[0] ?? ''), {
      as: 'mem-camille',
    });
    expect(foreign.status).toBe(404);
  });
});

describe('renewing', () => {
  it('renews in the window: a RENEWAL order and invoice, the anniversary a year on', async () => {
    const { customerId, ids, today } = await makeCustomer([
      { daysLeft: 20, quantity: 10, used: 4, change: 'REDUCTION', reduceTo: 6 },
    ]);
    const id = ids[0] ?? '';
    const key = crypto.randomUUID();
    const renew = () =>
      call('POST', `${pathOf(customerId, id)}/renewal`, {
        body: { quantity: 12 },
        version: 1,
        key,
      });
    const { status, body } = await renew();
    expect(status).toBe(201);
    const result = SubscriptionOrderResultSchema.parse(body);
    expect(result.order.orderType).toBe('RENEWAL');
    expect(result.order.lineItems[0]).toMatchObject({
      subscriptionId: id,
      quantity: 12,
      volumeLevel: 2,
      prorationUnits: 12,
    });
    expect(result.subscription).toMatchObject({
      renewalDate: addYears(addDays(today, 20), 1),
      currentQuantity: 12,
      scheduledChange: null,
      autoRenewal: { renewalQuantity: 12 },
      version: 2,
    });
    // The same key and body replays the answer and orders nothing more.
    const again = SubscriptionOrderResultSchema.parse((await renew()).body);
    expect(again.order.id).toBe(result.order.id);
    const stored = await backend.store.read(async (tx) => ({
      orders: await tx.orders.byCustomer(customerId),
      invoices: await tx.invoices.byCustomer(customerId),
      activity: await tx.activity.page({ customerIds: null, customerId, limit: 10, offset: 0 }),
    }));
    expect(stored.orders).toHaveLength(1);
    expect(stored.invoices).toHaveLength(1);
    expect(stored.invoices[0]?.orderId).toBe(result.order.id);
    expect(stored.invoices[0]?.totalMinor).toBe(result.order.total.amountMinor);
    expect(stored.activity.rows.map((a) => a.action).sort()).toEqual([
      'order.placed',
      'subscription.renewed',
    ]);
  });

  it('refuses below the seats in use, before the window, and late above the previous quantity', async () => {
    const { customerId, ids } = await makeCustomer([
      { daysLeft: 20, used: 4 },
      { daysLeft: 31 },
      { daysLeft: -30, quantity: 10 },
      { daysLeft: -31 },
    ]);
    const renew = (id: string | undefined, quantity: number) =>
      call('POST', `${pathOf(customerId, id ?? '')}/renewal`, { body: { quantity }, version: 1 });
    expect(codeOf((await renew(ids[0], 3)).body)).toBe('SEATS_BELOW_ASSIGNED');
    expect(codeOf((await renew(ids[1], 10)).body)).toBe('RENEWAL_NOT_OPEN');
    const late = await renew(ids[2], 11);
    expect(late.status).toBe(422);
    expect(codeOf(late.body)).toBe('LATE_RENEWAL_ABOVE_PREVIOUS');
    expect((await renew(ids[2], 10)).status).toBe(201);
    expect(codeOf((await renew(ids[3], 10)).body)).toBe('RENEWAL_CLOSED');
  });

  it('answers 403 to a sales rep, 428 without If-Match and 409 with a stale version', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 5 }]);
    const path = `${pathOf(customerId, ids[0] ?? '')}/renewal`;
    const body = { quantity: 10 };
    expect((await call('POST', path, { body, version: 1, as: 'mem-erik' })).status).toBe(403);
    expect((await call('POST', path, { body })).status).toBe(428);
    const stale = await call('POST', path, { body, version: 7 });
    expect(stale.status).toBe(409);
    expect(codeOf(stale.body)).toBe('CONFLICT');
    expect((await call('POST', path, { body: { quantity: -1 }, version: 1 })).status).toBe(400);
  });

  it('prices a renewal without changing anything', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 40, quantity: 10 }]);
    const { status, body } = await call(
      'POST',
      `${pathOf(customerId, ids[0] ?? '')}/renewal-quotes`,
      { body: { quantity: 9 }, as: 'mem-erik' },
    );
    expect(status).toBe(200);
    const quote = SubscriptionQuoteSchema.parse(body);
    expect(quote.volumeLevel).toBe(1);
    expect(quote.decision).toEqual({ ok: false, reason: 'RENEWAL_NOT_OPEN' });
    expect((await getOne(customerId, ids[0] ?? '')).version).toBe(1);
  });
});

describe('auto-renewal', () => {
  it('changes until day −4 and refuses from day −3', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 4, used: 3 }, { daysLeft: 3 }]);
    const patch = (id: string | undefined, body: unknown) =>
      call('PATCH', `${pathOf(customerId, id ?? '')}/auto-renewal`, { body, version: 1 });
    const below = await patch(ids[0], { enabled: true, renewalQuantity: 2 });
    expect(codeOf(below.body)).toBe('SEATS_BELOW_ASSIGNED');
    const ok = await patch(ids[0], { enabled: true, renewalQuantity: 3 });
    expect(ok.status).toBe(200);
    expect(SubscriptionSchema.parse(ok.body).autoRenewal).toEqual({
      enabled: true,
      renewalQuantity: 3,
    });
    const late = await patch(ids[1], { enabled: true });
    expect(late.status).toBe(422);
    expect(codeOf(late.body)).toBe('AUTO_RENEW_CUTOFF_PASSED');
    expect((await patch(ids[1], { enabled: true, extra: 1 })).status).toBe(400);
  });
});

describe('adding seats', () => {
  it('adds prorated, co-termed seats with a NEW order; a quote changes nothing', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 45, quantity: 8 }]);
    const path = pathOf(customerId, ids[0] ?? '');
    const quote = SubscriptionQuoteSchema.parse(
      (await call('POST', `${path}/seat-quotes`, { body: { quantity: 2 } })).body,
    );
    expect(quote).toMatchObject({ volumeLevel: 2, prorationUnits: 2, decision: { ok: true } });
    const { status, body } = await call('POST', `${path}/seats`, {
      body: { quantity: 2 },
      version: 1,
    });
    expect(status).toBe(201);
    const result = SubscriptionOrderResultSchema.parse(body);
    expect(result.order.orderType).toBe('NEW');
    expect(result.order.total).toEqual(quote.total);
    expect(result.subscription).toMatchObject({
      currentQuantity: 10,
      autoRenewal: { renewalQuantity: 10 },
      version: 2,
    });
  });

  it('sends GOV, NON_PROFIT and add-on customers to sales; a sales rep gets 403', async () => {
    const gov = await makeCustomer([{ daysLeft: 45 }], { segment: 'GOV' });
    const nonProfit = await makeCustomer([{ daysLeft: 45 }], { subSegments: ['NON_PROFIT'] });
    const withAddOn = await makeCustomer([{ daysLeft: 45 }, { daysLeft: 45, addOn: true }]);
    const add = (fixture: { customerId: string; ids: string[] }, as?: string) =>
      call('POST', `${pathOf(fixture.customerId, fixture.ids[0] ?? '')}/seats`, {
        body: { quantity: 1 },
        version: 1,
        ...(as ? { as } : {}),
      });
    expect(codeOf((await add(gov)).body)).toBe('CONTACT_SALES_GOV');
    expect(codeOf((await add(nonProfit)).body)).toBe('CONTACT_SALES_NON_PROFIT');
    expect(codeOf((await add(withAddOn)).body)).toBe('CONTACT_SALES_ADD_ON');
    expect((await add(gov, 'mem-erik')).status).toBe(403);
    const quote = await call('POST', `${pathOf(gov.customerId, gov.ids[0] ?? '')}/seat-quotes`, {
      body: { quantity: 1 },
      as: 'mem-erik',
    });
    expect(SubscriptionQuoteSchema.parse(quote.body).decision).toEqual({
      ok: false,
      reason: 'FORBIDDEN',
    });
  });
});

describe('scheduled changes', () => {
  it('reduces at the next term and undoes it', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 60, quantity: 10, used: 4 }]);
    const path = `${pathOf(customerId, ids[0] ?? '')}/scheduled-change`;
    const below = await call('PUT', path, {
      body: { type: 'REDUCTION', renewalQuantity: 3 },
      version: 1,
    });
    expect(codeOf(below.body)).toBe('SEATS_BELOW_ASSIGNED');
    const reduced = SubscriptionSchema.parse(
      (await call('PUT', path, { body: { type: 'REDUCTION', renewalQuantity: 4 }, version: 1 }))
        .body,
    );
    expect(reduced.scheduledChange).toMatchObject({ type: 'REDUCTION', renewalQuantity: 4 });
    expect(reduced.scheduledChange?.effectiveDate).toBe(reduced.renewalDate);
    const undone = await call('DELETE', path, { version: 2 });
    expect(undone.status).toBe(200);
    expect(SubscriptionSchema.parse(undone.body)).toMatchObject({
      scheduledChange: null,
      version: 3,
    });
    expect(codeOf((await call('DELETE', path, { version: 3 })).body)).toBe('NO_SCHEDULED_CHANGE');
    expect((await call('DELETE', path, { version: 3, as: 'mem-erik' })).status).toBe(403);
  });

  it('cancels at term end, replaces a reduction, and undoes it', async () => {
    const { customerId, ids } = await makeCustomer([{ daysLeft: 60, change: 'REDUCTION' }]);
    const path = `${pathOf(customerId, ids[0] ?? '')}/scheduled-change`;
    const cancelled = SubscriptionSchema.parse(
      (await call('PUT', path, { body: { type: 'CANCELLATION' }, version: 1 })).body,
    );
    expect(cancelled.scheduledChange?.type).toBe('CANCELLATION');
    expect(cancelled.state).toBe('ACTIVE');
    const undone = SubscriptionSchema.parse((await call('DELETE', path, { version: 2 })).body);
    expect(undone.scheduledChange).toBeNull();
  });
});

describe('when the business date moves', () => {
  it('refuses to undo once the term ended, and the cancelled subscription ends', async () => {
    const { customerId, ids, today } = await makeCustomer([
      { daysLeft: 3, change: 'CANCELLATION', autoRenew: true },
    ]);
    try {
      await moveClock(addDays(today, 3));
      const path = pathOf(customerId, ids[0] ?? '');
      const undo = await call('DELETE', `${path}/scheduled-change`, { version: 1 });
      expect(undo.status).toBe(422);
      expect(codeOf(undo.body)).toBe('TERM_ENDED');
      expect(await getOne(customerId, ids[0] ?? '')).toMatchObject({
        state: 'CANCELLED',
        renewalDate: addDays(today, 3),
        version: 1,
      });
    } finally {
      await moveClock(today);
    }
  });

  it('auto-renews on the anniversary at the planned quantity, also across years', async () => {
    const { customerId, ids, today } = await makeCustomer([
      { daysLeft: 2, quantity: 10, used: 4, autoRenew: true, change: 'REDUCTION', reduceTo: 6 },
      { daysLeft: 2, quantity: 5, used: 1, autoRenew: false },
      { daysLeft: 2, quantity: 10, used: 7, autoRenew: true, renewalQuantity: 5 },
    ]);
    const anniversary = addDays(today, 2);
    try {
      await moveClock(addDays(today, 5));
      const [reduced, manual, used] = await Promise.all(ids.map((id) => getOne(customerId, id)));
      expect(reduced).toMatchObject({
        renewalDate: addYears(anniversary, 1),
        currentQuantity: 6,
        scheduledChange: null,
        version: 2,
      });
      expect(manual).toMatchObject({ renewalDate: anniversary, renewalStage: 'GRACE' });
      expect(used).toMatchObject({ renewalDate: addYears(anniversary, 1), currentQuantity: 7 });
      const orders = await backend.store.read((tx) => tx.orders.byCustomer(customerId));
      expect(orders).toHaveLength(2);
      expect(orders.every((o) => o.orderType === 'RENEWAL')).toBe(true);
      expect(orders.every((o) => o.creationDate === anniversary && o.createdBy === 'system')).toBe(
        true,
      );

      // Moving back does nothing; a jump of three years renews every year on its day.
      await moveClock(today);
      expect((await getOne(customerId, ids[0] ?? '')).version).toBe(2);
      await moveClock(addYears(today, 3));
      const later = await getOne(customerId, ids[0] ?? '');
      expect(later.renewalDate).toBe(addYears(anniversary, 3));
      expect(later.version).toBe(4);
      const after = await backend.store.read((tx) => tx.orders.byCustomer(customerId));
      expect(after).toHaveLength(6);
    } finally {
      await moveClock(today);
    }
  });
});
