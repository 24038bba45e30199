import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween } from '@/domain/calendar-date';
import { licencesAssignedFrom, validatePaLines } from '@/domain/authorizations';
import { currencyOfCountry } from '@/domain/customer-profile';
import { CUSTOMER_STATUSES, deriveCustomerStatus } from '@/domain/customer-status';
import { lineAmountMinor, unitPriceAt } from '@/domain/pricing';
import { renewalStage, type RenewalStage } from '@/domain/renewal-stage';
import { isSubscriptionLive } from '@/domain/subscription-term';
import type { InvoiceRecord } from '../db/records';
import { seedOffers } from './offers';
import { DEFAULT_SEED, generateCustomers, type SeedOptions } from './index';
import { LICENCES_SEEDED_BELOW } from './licences';
import { META_ACTIVITY_SEQUENCE, numberActivity } from './activity';
import { MemoryStore } from '../db/memory-store';
import { sequenceKey } from '../services/sequences';
import { META_DATASET, seedStore } from './index';

const TODAY = '2026-11-23';
const options = (overrides: Partial<SeedOptions> = {}): SeedOptions => ({
  customerCount: 300,
  seed: DEFAULT_SEED,
  today: TODAY,
  ...overrides,
});
const generate = (overrides: Partial<SeedOptions> = {}) => [
  ...generateCustomers(options(overrides)),
];
type Seeded = ReturnType<typeof generate>;

/** The brief's invoice status, derived inline. */
function invoiceStatus(invoice: InvoiceRecord): string {
  if (compareDates(invoice.issueDate, TODAY) > 0) return 'UPCOMING';
  if (invoice.paidDate !== null) return 'PAID';
  if (compareDates(invoice.dueDate, TODAY) < 0) return 'OVERDUE';
  return 'UNPAID';
}

const offers = new Map(seedOffers().map((offer) => [offer.id, offer]));
const all = <T>(seeded: Seeded, pick: (s: Seeded[number]) => T[]) => seeded.flatMap(pick);

describe('seeded customers', () => {
  const seeded = generate();

  it('generates the requested number of customers with unique ids and VIP IDs', () => {
    expect(seeded).toHaveLength(300);
    expect(new Set(seeded.map((s) => s.customer.id)).size).toBe(300);
    expect(new Set(seeded.map((s) => s.customer.vipId)).size).toBe(300);
  });

  it('the same seed and day give identical data, everything included', () => {
    expect(generate()).toEqual(seeded);
  });

  it('a different seed gives different data', () => {
    const other = generate({ seed: DEFAULT_SEED + 1 });
    expect(other).toHaveLength(300);
    expect(other).not.toEqual(seeded);
    const names = (rows: typeof seeded) => rows.map((s) => s.customer.companyName);
    expect(names(other)).not.toEqual(names(seeded));
  });

  it('the first 12 customers cover every status on the seed day', () => {
    const statuses = new Set(
      seeded.slice(0, 12).map((s) => deriveCustomerStatus(s.customer, TODAY).status),
    );
    for (const status of CUSTOMER_STATUSES) expect(statuses, status).toContain(status);
  });

  it('every customer is billed in the currency of its country', () => {
    for (const { customer, orders, invoices } of seeded) {
      expect(customer.currencyCode, customer.id).toBe(currencyOfCountry(customer.countryCode));
      for (const row of [...orders, ...invoices]) {
        expect(row.currencyCode, row.id).toBe(customer.currencyCode);
      }
    }
  });

  it('totalLicences is the sum of the seats of the live subscriptions', () => {
    for (const { customer, subscriptions } of seeded) {
      const sum = subscriptions
        .filter((sub) => isSubscriptionLive(sub, TODAY))
        .reduce((total, sub) => total + sub.currentQuantity, 0);
      expect(customer.totalLicences, customer.id).toBe(sum);
    }
  });

  it('the status facts agree with the subscriptions and PAs', () => {
    for (const { customer, subscriptions, purchaseAuthorizations } of seeded) {
      expect(customer.subscriptionCount, customer.id).toBe(subscriptions.length);
      const renewing = subscriptions.filter((s) => s.scheduledChange?.type !== 'CANCELLATION');
      expect(customer.renewingSubscriptionCount, customer.id).toBe(renewing.length);
      const pending = purchaseAuthorizations
        .filter((pa) => pa.status === 'PENDING')
        .map((pa) => pa.creationDate)
        .sort();
      expect(customer.oldestPendingPaCreationDate, customer.id).toBe(pending[0] ?? null);
      for (const sub of subscriptions) {
        expect(sub.renewalDate, sub.id).toBe(customer.cotermDate);
        expect(sub.currentQuantity, sub.id).toBeGreaterThan(0);
      }
    }
  });

  it('stamps each PA and order with the instant of its activity entry, on its own day', () => {
    for (const { purchaseAuthorizations, orders, activity } of seeded) {
      const at = new Map(
        activity
          .filter((e) => e.action === 'authorization.created' || e.subject.type === 'order')
          .map((e) => [e.subject.id, e.at]),
      );
      for (const record of [...purchaseAuthorizations, ...orders]) {
        expect(record.createdAt, record.id).toBe(at.get(record.id));
        expect(record.createdAt.slice(0, 10), record.id).toBe(record.creationDate);
      }
    }
  });

  it('no customer gets more than six activity entries', () => {
    for (const { customer, activity } of seeded) {
      expect(activity.length, customer.id).toBeLessThanOrEqual(6);
    }
  });
});

/** Seed days around the edges of the calendar: month ends, a leap day, a year's turn. */
const SEED_DAYS = [
  '2026-11-23',
  '2027-01-31',
  '2027-02-28',
  '2027-03-03',
  '2027-12-31',
  '2028-02-29',
];

describe('a customer is the same whatever day the seed is built on', () => {
  const identity = (today: string) =>
    generate({ today, customerCount: 200 }).map(({ customer }) => ({
      id: customer.id,
      companyName: customer.companyName,
      accountManagerId: customer.accountManagerId,
      salesRepId: customer.salesRepId,
      marketSegment: customer.marketSegment,
      status: deriveCustomerStatus(customer, today).status,
    }));

  it('keeps its company, its people and its status relative to the seed day', () => {
    const first = identity(SEED_DAYS[0] as string);
    for (const today of SEED_DAYS.slice(1)) expect(identity(today), today).toEqual(first);
  });

  // The browser tests open these customers by id; the facts they rely on hold on any day.
  it.each(SEED_DAYS)('holds the facts the browser tests rely on, seeded on %s', (today) => {
    const byId = new Map(generate({ today, customerCount: 40 }).map((s) => [s.customer.id, s]));
    const fact = (id: string) => {
      const seededCustomer = byId.get(id);
      if (!seededCustomer) throw new Error(`${id} is not seeded`);
      const { customer, purchaseAuthorizations } = seededCustomer;
      const pending = purchaseAuthorizations.filter((pa) => pa.status === 'PENDING');
      return {
        status: deriveCustomerStatus(customer, today).status,
        accountManagerId: customer.accountManagerId,
        salesRepId: customer.salesRepId,
        pendingDays: pending.map((pa) => daysBetween(pa.creationDate, today)),
      };
    };
    // Another sales rep's customer, which Erik may not open.
    expect(fact('cus-000002').salesRepId).not.toBe('mem-erik');
    // A young pending PA, Camille's (History's undo; day 31 makes the customer DELAYED).
    expect(fact('cus-000008')).toMatchObject({ status: 'ACTIVE', accountManagerId: 'mem-camille' });
    expect(fact('cus-000008').pendingDays).toEqual([expect.any(Number)]);
    expect(fact('cus-000008').pendingDays[0]).toBeLessThanOrEqual(20);
    // A pending PA near its order deadline (day 27–30).
    expect(fact('cus-000009').pendingDays.some((d) => d >= 27 && d <= 30)).toBe(true);
    // Active, so an Administrator may create a PA for it.
    expect(fact('cus-000013').status).toBe('ACTIVE');
    // Active, Camille's, no pending PA: PAs are created, ordered, returned and undone.
    expect(fact('cus-000014')).toMatchObject({
      status: 'ACTIVE',
      accountManagerId: 'mem-camille',
      pendingDays: [],
    });
    // The same, with Erik as its sales rep: he creates a PA that Camille undoes.
    expect(fact('cus-000035')).toMatchObject({
      status: 'ACTIVE',
      accountManagerId: 'mem-camille',
      salesRepId: 'mem-erik',
      pendingDays: [],
    });
  });
});

describe.each([50, 2000])('the dataset of %i customers', (count) => {
  const seeded = generate({ customerCount: count });
  const orders = all(seeded, (s) => s.orders);
  const invoices = all(seeded, (s) => s.invoices);
  const pas = all(seeded, (s) => s.purchaseAuthorizations);
  const subscriptions = all(seeded, (s) => s.subscriptions);
  const ordersById = new Map(orders.map((o) => [o.id, o]));

  it('has unique ids and numbers in every table', () => {
    for (const rows of [orders, invoices, pas, subscriptions, all(seeded, (s) => s.supportCases)]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    for (const rows of [orders, invoices, pas]) {
      expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
      for (const row of rows) expect(row.id).toBe(row.number.toLowerCase());
    }
    const licences = all(seeded, (s) => s.licenceAssignments);
    expect(new Set(licences.map((l) => l.id)).size).toBe(licences.length);
  });

  it('every PA passes the rules for its lines; every order line names a subscription', () => {
    const customers = new Map(seeded.map((s) => [s.customer.id, s.customer]));
    for (const pa of pas) {
      const customer = customers.get(pa.customerId);
      if (!customer) throw new Error(`no customer for ${pa.id}`);
      const context = { licenseType: pa.licenseType, marketSegment: customer.marketSegment };
      expect(validatePaLines(pa.lineItems, [...offers.values()], context), pa.id).toEqual({
        ok: true,
      });
    }
    const subs = new Map(subscriptions.map((s) => [s.id, s]));
    for (const order of orders) {
      for (const line of order.lineItems) {
        expect(subs.get(line.subscriptionId)?.customerId, order.id).toBe(order.customerId);
        expect(subs.get(line.subscriptionId)?.offerId, order.id).toBe(line.offerId);
      }
    }
  });

  it('every ORDERED PA has its NEW order, and only those', () => {
    for (const pa of pas) {
      const order = pa.orderId ? ordersById.get(pa.orderId) : undefined;
      if (pa.status === 'ORDERED') {
        expect(order?.orderType, pa.id).toBe('NEW');
        expect(order?.purchaseAuthorizationId, pa.id).toBe(pa.id);
        expect(order?.customerId, pa.id).toBe(pa.customerId);
        expect(
          compareDates(order?.creationDate ?? '', pa.creationDate),
          pa.id,
        ).toBeGreaterThanOrEqual(0);
      } else {
        expect(pa.orderId ?? null, pa.id).toBeNull();
      }
    }
    for (const order of orders.filter((o) => o.orderType === 'NEW')) {
      const pa = pas.find((p) => p.id === order.purchaseAuthorizationId);
      expect(pa?.orderId, order.id).toBe(order.id);
    }
  });

  it('every order has exactly one invoice (a credit note for a return) with the same total', () => {
    const byOrder = new Map<string | null, InvoiceRecord[]>();
    for (const invoice of invoices) {
      byOrder.set(invoice.orderId, [...(byOrder.get(invoice.orderId) ?? []), invoice]);
    }
    for (const order of orders) {
      const mine = byOrder.get(order.id) ?? [];
      expect(mine, order.id).toHaveLength(1);
      const [invoice] = mine;
      expect(invoice?.totalMinor, order.id).toBe(order.totalMinor);
      expect(invoice?.kind, order.id).toBe(
        order.orderType === 'RETURN' ? 'CREDIT_NOTE' : 'INVOICE',
      );
      expect(invoice?.issueDate, order.id).toBe(order.creationDate);
      const sum = order.lineItems.reduce((total, line) => total + line.amountMinor, 0);
      expect(order.totalMinor, order.id).toBe(sum);
    }
    for (const invoice of invoices.filter((i) => i.orderId === null)) {
      expect(invoiceStatus(invoice), invoice.id).toBe('UPCOMING');
    }
  });

  it('prices every line by the rules: level price × seats × months ÷ 12', () => {
    for (const order of orders.filter((o) => o.orderType !== 'RETURN')) {
      for (const line of order.lineItems) {
        const offer = offers.get(line.offerId);
        if (!offer) throw new Error(`unknown offer ${line.offerId}`);
        expect(line.unitPriceMinor).toBe(unitPriceAt(offer, order.currencyCode, line.volumeLevel));
        const proration = { units: line.prorationUnits, perYear: 12 };
        expect(line.amountMinor).toBe(
          lineAmountMinor(line.unitPriceMinor, line.quantity, proration),
        );
        if (order.orderType === 'RENEWAL') expect(line.prorationUnits).toBe(12);
      }
    }
  });

  it('returns refer to a NEW or RENEWAL order of the customer, within its window, and add up', () => {
    const returned = new Map<string, number>();
    for (const order of orders.filter((o) => o.orderType === 'RETURN')) {
      const original = ordersById.get(order.referenceOrderId ?? '');
      expect(['NEW', 'RENEWAL'], order.id).toContain(original?.orderType);
      expect(original?.customerId, order.id).toBe(order.customerId);
      expect(order.totalMinor, order.id).toBeLessThanOrEqual(0);
      const last = addDays(original?.creationDate ?? '', 14);
      expect(compareDates(order.creationDate, last), order.id).toBeLessThanOrEqual(0);
      for (const line of order.lineItems) {
        const key = `${original?.id ?? ''}/${line.subscriptionId}`;
        returned.set(key, (returned.get(key) ?? 0) + line.quantity);
      }
    }
    for (const order of orders) {
      for (const line of order.lineItems) {
        const key = `${order.id}/${line.subscriptionId}`;
        expect(line.returnedQuantity, key).toBe(returned.get(key) ?? 0);
        expect(line.returnedQuantity, key).toBeLessThan(line.quantity);
      }
    }
  });

  it('seats in use are the active assignments (first 1,000 customers), within the seats', () => {
    for (const { customer, subscriptions: subs, licenceAssignments } of seeded) {
      const seededUsers = Number(customer.id.slice(4)) - 1 < LICENCES_SEEDED_BELOW;
      const active = new Map<string, number>();
      for (const licence of licenceAssignments.filter((l) => l.active)) {
        active.set(licence.subscriptionId, (active.get(licence.subscriptionId) ?? 0) + 1);
      }
      for (const sub of subs) {
        expect(sub.usedQuantity, sub.id).toBe(seededUsers ? (active.get(sub.id) ?? 0) : 0);
        expect(sub.usedQuantity, sub.id).toBeLessThanOrEqual(sub.currentQuantity);
      }
      // Plain checks (tens of thousands of rows): expect only what fails.
      const broken = licenceAssignments.filter((licence) => {
        const used = licence.history.filter((h) => h.event === 'USED').at(-1);
        const dates = licence.history.map((h) => h.date);
        return (
          licence.history[0]?.event !== 'ASSIGNED' ||
          licence.active !== (licence.unassignedDate === null) ||
          licence.lastVersionUsed !== (used?.productVersion ?? null) ||
          dates.some((date, i) => i > 0 && compareDates(date, dates[i - 1] ?? '') < 0) ||
          compareDates(dates.at(-1) ?? '', TODAY) > 0
        );
      });
      expect(broken.map((l) => l.id)).toEqual([]);
    }
  });

  it('a pending PA’s seats are in its subscriptions', () => {
    for (const pa of pas.filter((p) => p.status === 'PENDING')) {
      for (const line of pa.lineItems) {
        const sub = subscriptions.find(
          (s) => s.customerId === pa.customerId && s.offerId === line.offerId,
        );
        expect(sub?.currentQuantity ?? 0, pa.id).toBeGreaterThanOrEqual(line.quantity);
      }
    }
  });

  it('cards: about half of the customers, one default each, never a full number', () => {
    const withCards = seeded.filter((s) => s.paymentMethods.length > 0);
    for (const { paymentMethods } of withCards) {
      expect(paymentMethods.filter((p) => p.isDefault)).toHaveLength(1);
      for (const method of paymentMethods) expect(method.card.last4).toMatch(/^\d{4}$/);
    }
    if (count >= 2000) {
      expect(withCards.length / count).toBeGreaterThan(0.35);
      expect(withCards.length / count).toBeLessThan(0.65);
      const casesShare = seeded.filter((s) => s.supportCases.length > 0).length / count;
      expect(casesShare).toBeGreaterThan(0.08);
      expect(casesShare).toBeLessThan(0.22);
    }
    for (const { customer, invoices: mine, paymentMethods } of seeded) {
      for (const invoice of mine.filter((i) => i.paymentMethodId !== null)) {
        expect(
          paymentMethods.map((p) => p.id),
          customer.id,
        ).toContain(invoice.paymentMethodId);
      }
    }
  });

  it('cases carry instants before the seed day, comments in order', () => {
    for (const supportCase of all(seeded, (s) => s.supportCases)) {
      const instants = [supportCase.createdAt, ...supportCase.comments.map((c) => c.createdAt)];
      expect(instants).toEqual([...instants].sort());
      expect(supportCase.updatedAt).toBe(instants.at(-1));
      expect(supportCase.createdAt < `${TODAY}T00:00:00.000Z`).toBe(true);
      expect(supportCase.comments.length).toBeLessThanOrEqual(4);
    }
  });

  it('logs one entry per order (its money) and per PA created, numbered in time order', () => {
    const entries = numberActivity(all(seeded, (s) => s.activity));
    const placed = entries.filter(
      (e) => e.action === 'order.placed' || e.action === 'order.returned',
    );
    expect(placed).toHaveLength(orders.length);
    for (const entry of placed) {
      expect(entry.moneyEffect?.amountMinor).toBe(ordersById.get(entry.subject.id)?.totalMinor);
      expect(entry.businessDate).toBe(ordersById.get(entry.subject.id)?.creationDate);
    }
    expect(entries.filter((e) => e.action === 'authorization.created')).toHaveLength(pas.length);
    entries.forEach((entry, index) => {
      expect(entry.sequence).toBe(index + 1);
      expect(entry.id).toBe(`act-${String(index + 1).padStart(9, '0')}`);
      expect(entry.at.slice(0, 10)).toBe(entry.businessDate);
      if (index > 0) expect(entry.at >= (entries[index - 1]?.at ?? '')).toBe(true);
    });
    expect(entries.length / count).toBeLessThanOrEqual(6);
  });
});

describe('the small dataset shows every state', () => {
  const seeded = generate({ customerCount: 50 });
  const subscriptions = all(seeded, (s) => s.subscriptions);
  const pas = all(seeded, (s) => s.purchaseAuthorizations);
  const orders = all(seeded, (s) => s.orders);

  it('subscriptions at every renewal stage, with reductions and cancellations scheduled', () => {
    const stages = new Set(subscriptions.map((s) => renewalStage(s.renewalDate, TODAY)));
    const expected: RenewalStage[] = [
      'NOT_SHOWN',
      'UPCOMING',
      'WINDOW_OPEN',
      'DUE',
      'GRACE',
      'REMOVED',
    ];
    for (const stage of expected) expect(stages, stage).toContain(stage);
    const changes = new Set(subscriptions.map((s) => s.scheduledChange?.type));
    expect(changes).toContain('REDUCTION');
    expect(changes).toContain('CANCELLATION');
  });

  it('invoices upcoming, unpaid, paid and overdue, and credit notes', () => {
    const invoices = all(seeded, (s) => s.invoices);
    const statuses = new Set(invoices.map(invoiceStatus));
    for (const status of ['UPCOMING', 'UNPAID', 'PAID', 'OVERDUE']) {
      expect(statuses, status).toContain(status);
    }
    expect(invoices.some((i) => i.kind === 'CREDIT_NOTE')).toBe(true);
    expect(invoices.some((i) => i.paymentMethodId !== null)).toBe(true);
  });

  it('PAs pending (young, near the deadline, overdue, very overdue), ordered and withdrawn', () => {
    const days = pas
      .filter((pa) => pa.status === 'PENDING')
      .map((pa) => (Date.parse(TODAY) - Date.parse(pa.creationDate)) / 86_400_000);
    expect(days.some((d) => d <= 20)).toBe(true);
    expect(days.some((d) => d >= 27 && d <= 30)).toBe(true);
    expect(days.some((d) => d >= 31 && d <= 60)).toBe(true);
    expect(days.some((d) => d >= 61)).toBe(true);
    const statuses = new Set(pas.map((pa) => pa.status));
    expect(statuses).toContain('ORDERED');
    expect(statuses).toContain('WITHDRAWN');
    const pending = seeded.flatMap((s) =>
      s.purchaseAuthorizations
        .filter((pa) => pa.status === 'PENDING')
        .map((pa) => licencesAssignedFrom(pa, s.subscriptions)),
    );
    expect(pending).toContain(true);
    expect(pending).toContain(false);
    // The showcase customers the screens' tests may lean on.
    const paOf = (index: number) =>
      seeded[index]?.purchaseAuthorizations.find((pa) => pa.status === 'PENDING');
    const assigned = (index: number) => {
      const pa = paOf(index);
      return pa ? licencesAssignedFrom(pa, seeded[index]?.subscriptions ?? []) : null;
    };
    expect(assigned(7)).toBe(false);
    expect(assigned(8)).toBe(true);
  });

  it('orders inside and outside the return window, and partial returns', () => {
    const returnable = orders.filter((o) => o.orderType !== 'RETURN');
    const inside = (date: string) => compareDates(TODAY, addDays(date, 14)) <= 0;
    expect(returnable.some((o) => inside(o.creationDate))).toBe(true);
    expect(returnable.some((o) => !inside(o.creationDate))).toBe(true);
    expect(orders.some((o) => o.orderType === 'RENEWAL')).toBe(true);
    expect(returnable.some((o) => o.lineItems.some((l) => l.returnedQuantity > 0))).toBe(true);
    const first = seeded[0];
    expect(first?.orders.some((o) => o.orderType === 'RETURN' && inside(o.creationDate))).toBe(
      true,
    );
  });

  it('licence assignments with their history, cards and cases', () => {
    const licences = all(seeded, (s) => s.licenceAssignments);
    const events = new Set(licences.flatMap((l) => l.history.map((h) => h.event)));
    for (const event of ['ASSIGNED', 'REGISTERED', 'USED', 'UNASSIGNED']) {
      expect(events, event).toContain(event);
    }
    expect(seeded.some((s) => s.paymentMethods.length > 0)).toBe(true);
    const cases = all(seeded, (s) => s.supportCases);
    expect(cases.some((c) => c.comments.length > 0)).toBe(true);
    expect(new Set(cases.map((c) => c.type)).size).toBe(2);
  });
});

describe('seeding a store', () => {
  async function seededStore() {
    const store = new MemoryStore();
    await seedStore(store, { customerCount: 50, seed: DEFAULT_SEED, today: TODAY, chunkSize: 20 });
    return store.read(async (tx) => ({
      customers: await tx.customers.all(),
      subscriptions: await tx.subscriptions.all(),
      purchaseAuthorizations: await tx.purchaseAuthorizations.all(),
      orders: await tx.orders.all(),
      invoices: await tx.invoices.all(),
      paymentMethods: await tx.paymentMethods.all(),
      licenceAssignments: await tx.licenceAssignments.all(),
      supportCases: await tx.supportCases.all(),
      activity: (await tx.activity.page({ customerIds: null, limit: 100_000, offset: 0 })).rows,
      meta: {
        dataset: await tx.meta.get(META_DATASET),
        activity: await tx.meta.get<number>(META_ACTIVITY_SEQUENCE),
        pa: await tx.meta.get<number>(sequenceKey('purchaseAuthorization')),
        order: await tx.meta.get<number>(sequenceKey('order')),
        invoice: await tx.meta.get<number>(sequenceKey('invoice')),
        supportCase: await tx.meta.get<number>(sequenceKey('supportCase')),
      },
    }));
  }

  it('writes the same rows for the same seed and day', async () => {
    const first = await seededStore();
    expect(await seededStore()).toEqual(first);
  });

  it('leaves every number series and the activity sequence at the last number used', async () => {
    const data = await seededStore();
    const highest = (rows: { number: string }[]) =>
      Math.max(0, ...rows.map((row) => Number(row.number.replace(/^[A-Z]+/, ''))));
    expect(data.meta.pa).toBe(highest(data.purchaseAuthorizations));
    expect(data.meta.order).toBe(highest(data.orders));
    expect(data.meta.invoice).toBe(highest(data.invoices));
    expect(data.meta.supportCase).toBe(highest(data.supportCases));
    expect(data.meta.activity).toBe(data.activity.length);
    expect(data.activity[0]?.sequence).toBe(data.activity.length);
    expect(data.customers).toHaveLength(50);
  });
});
