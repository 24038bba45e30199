import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PurchaseAuthorizationPageSchema,
  PurchaseAuthorizationSchema,
} from '@/api/authorizations/schemas';
import { CustomerPageSchema, CustomerSchema } from '@/api/customers/schemas';
import { OfferListSchema, type Offer } from '@/api/offers/schemas';
import { OrderPageSchema, OrderSchema, type Order } from '@/api/orders/schemas';
import { addDays } from '@/domain/calendar-date';
import { divideRoundHalfUp } from '@/domain/money';
import { createTestBackend } from './node';
import {
  codeIn as codeOf,
  createApiClient,
  type CallOptions,
  type Method,
} from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';
const { backend, server } = createTestBackend({ dbName: 'orders-api-test', now: () => now });

// Content-Type on every mutation (with a body or not); a new session per sign-in (no cache).
const api = createApiClient(undefined, { contentType: 'mutations' });
const signInAs = api.newSession;

/** `{ status, json }`: the answer's body under the name these tests use. */
async function call(
  method: Method,
  path: string,
  { token, ...options }: Omit<CallOptions, 'key'> & { token: string },
) {
  const { status, body } = await api.request(token, method, path, options);
  return { status, json: body };
}

async function setBusinessDate(businessDate: string) {
  expect(await api.setBusinessDate(businessDate)).toBe(200);
}

let admin = '';
let manager = '';
let rep = '';
let otherRep = '';
let customerId = '';
let teamOffers: Offer[] = [];

const orders = (id = customerId) => `/customers/${id}/orders`;

async function createPa(quantities: number[]) {
  const { status, json } = await call('POST', `/customers/${customerId}/purchase-authorizations`, {
    token: rep,
    body: {
      licenseType: 'TEAM',
      deploymentDate: TODAY,
      lineItems: quantities.map((quantity, i) => ({
        offerId: (teamOffers[i] as Offer).id,
        quantity,
      })),
    },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  return PurchaseAuthorizationSchema.parse(json);
}

async function placeOrderOf(quantities: number[]) {
  const pa = await createPa(quantities);
  const { status, json } = await call(
    'POST',
    `/customers/${customerId}/purchase-authorizations/${pa.id}/order`,
    { token: manager, ifMatch: pa.version },
  );
  expect(status, JSON.stringify(json)).toBe(201);
  return { pa, order: OrderSchema.parse(json) };
}

const returnOf = (order: Order, lineItems: unknown, ifMatch: number | null = order.version) =>
  call('POST', `${orders()}/${order.id}/returns`, {
    token: manager,
    body: { lineItems },
    ...(ifMatch === null ? {} : { ifMatch }),
  });

const getOrder = async (id: string) =>
  OrderSchema.parse((await call('GET', `${orders()}/${id}`, { token: admin })).json);

const subscription = (id: string) => backend.store.read((tx) => tx.subscriptions.get(id));

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  [admin, manager, rep, otherRep] = await Promise.all([
    signInAs('mem-alva'),
    signInAs('mem-jonas'),
    signInAs('mem-erik'),
    signInAs('mem-sophie'),
  ]);
  const invited = await call('POST', '/customers', {
    token: admin,
    body: {
      companyName: 'Orders Test GmbH',
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: 'DE',
      contact: { firstName: 'Eva', lastName: 'Lind', email: 'eva@orders-test.example' },
      accountManagerId: 'mem-jonas',
      salesRepId: 'mem-erik',
    },
  });
  customerId = CustomerSchema.parse(invited.json).id;
  const offers = OfferListSchema.parse((await call('GET', '/offers', { token: admin })).json).items;
  teamOffers = offers.filter(
    (o) =>
      o.marketSegments.includes('COM') &&
      !o.educationDevice &&
      !o.addOn &&
      o.licenseType === 'TEAM',
  );
});
afterAll(async () => {
  await setBusinessDate(TODAY);
  server.close();
});

describe('placing the order of a PA', () => {
  it('places a NEW order with its invoice; the PA becomes ORDERED', async () => {
    const pa = await createPa([5, 3, 2]);
    const url = `/customers/${customerId}/purchase-authorizations/${pa.id}/order`;
    expect((await call('POST', url, { token: rep, ifMatch: pa.version })).status).toBe(403);
    expect((await call('POST', url, { token: manager })).status).toBe(428);
    expect((await call('POST', url, { token: manager, ifMatch: pa.version + 1 })).status).toBe(409);
    const placed = await call('POST', url, { token: manager, ifMatch: pa.version });
    expect(placed.status).toBe(201);
    const order = OrderSchema.parse(placed.json);
    expect(order.orderType).toBe('NEW');
    expect(order.purchaseAuthorizationId).toBe(pa.id);
    expect(order.currencyCode).toBe('EUR');
    expect(order.returnWindowEnds).toBe(addDays(TODAY, 14));
    expect(order.lineItems.map((l) => l.quantity)).toEqual([5, 3, 2]);
    // 10 licences: level 2; the first term is a whole year.
    expect(order.lineItems.every((l) => l.volumeLevel === 2 && l.prorationUnits === 12)).toBe(true);
    for (const line of order.lineItems) {
      expect(line.amount.amountMinor).toBe(line.unitPrice.amountMinor * line.quantity);
      expect((await subscription(line.subscriptionId))?.offerId).toBe(line.offerId);
    }
    expect(order.total.amountMinor).toBe(
      order.lineItems.reduce((sum, l) => sum + l.amount.amountMinor, 0),
    );
    const invoices = await backend.store.read((tx) => tx.invoices.byCustomer(customerId));
    const invoice = invoices.find((i) => i.orderId === order.id);
    expect(invoice?.kind).toBe('INVOICE');
    expect(invoice?.totalMinor).toBe(order.total.amountMinor);

    const after = PurchaseAuthorizationSchema.parse(
      (
        await call('GET', `/customers/${customerId}/purchase-authorizations/${pa.id}`, {
          token: admin,
        })
      ).json,
    );
    expect(after.status).toBe('ORDERED');
    expect(after.orderId).toBe(order.id);
    const again = await call('POST', url, { token: manager, ifMatch: after.version });
    expect(codeOf(again.json)).toBe('PA_NOT_PENDING');
  });

  it('lets a DELAYED customer recover by ordering its overdue PA', async () => {
    const page = CustomerPageSchema.parse(
      (await call('GET', '/customers?status=DELAYED&limit=100', { token: admin })).json,
    );
    const delayed = page.items[0];
    if (!delayed) throw new Error('the seed has no DELAYED customer');
    const pas = PurchaseAuthorizationPageSchema.parse(
      (
        await call('GET', `/customers/${delayed.id}/purchase-authorizations?status=PENDING`, {
          token: admin,
        })
      ).json,
    );
    expect(pas.totalCount).toBeGreaterThan(0);
    for (const pa of pas.items) {
      expect(pa.orderDeadline < TODAY).toBe(true);
      const placed = await call(
        'POST',
        `/customers/${delayed.id}/purchase-authorizations/${pa.id}/order`,
        { token: admin, ifMatch: pa.version },
      );
      expect(placed.status, JSON.stringify(placed.json)).toBe(201);
    }
    const after = CustomerSchema.parse(
      (await call('GET', `/customers/${delayed.id}`, { token: admin })).json,
    );
    expect(after.status).not.toBe('DELAYED');
  });

  it('lists orders newest first, by type, and 404 outside a sales rep scope', async () => {
    const page = OrderPageSchema.parse((await call('GET', orders(), { token: rep })).json);
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    const byType = OrderPageSchema.parse(
      (await call('GET', `${orders()}?orderType=RETURN`, { token: admin })).json,
    );
    expect(byType.items.every((o) => o.orderType === 'RETURN')).toBe(true);
    expect((await call('GET', orders(), { token: otherRep })).status).toBe(404);
    expect((await call('GET', `${orders()}/ord-nope`, { token: admin })).status).toBe(404);
  });
});

describe('returns', () => {
  it('returns part of a line, then refuses more than is left', async () => {
    const { order } = await placeOrderOf([5, 3]);
    const line = order.lineItems[0];
    if (!line) throw new Error('no line');
    const seats = (await subscription(line.subscriptionId))?.currentQuantity ?? 0;
    expect((await returnOf(order, [{ lineNumber: 1, quantity: 2 }], null)).status).toBe(428);
    const response = await returnOf(order, [{ lineNumber: 1, quantity: 2 }]);
    expect(response.status).toBe(201);
    const credit = OrderSchema.parse(response.json);
    expect(credit.orderType).toBe('RETURN');
    expect(credit.referenceOrderId).toBe(order.id);
    expect(credit.returnWindowEnds).toBeNull();
    expect(credit.lineItems[0]?.quantity).toBe(2);
    expect(credit.total.amountMinor).toBe(-divideRoundHalfUp(line.amount.amountMinor * 2, 5));
    const creditNote = (await backend.store.read((tx) => tx.invoices.byCustomer(customerId))).find(
      (i) => i.orderId === credit.id,
    );
    expect(creditNote?.kind).toBe('CREDIT_NOTE');

    const original = await getOrder(order.id);
    expect(original.lineItems[0]?.returnedQuantity).toBe(2);
    expect(original.version).toBe(order.version + 1);
    const sub = await subscription(line.subscriptionId);
    expect(sub?.currentQuantity).toBe(seats - 2);
    expect(sub?.autoRenewal.renewalQuantity).toBeLessThanOrEqual(seats - 2);

    expect((await returnOf(order, [{ lineNumber: 1, quantity: 1 }])).status).toBe(409);
    const tooMany = await returnOf(original, [{ lineNumber: 1, quantity: 4 }]);
    expect(tooMany.status).toBe(422);
    expect(codeOf(tooMany.json)).toBe('RETURN_QUANTITY_EXCEEDED');
    expect((await returnOf(original, [{ lineNumber: 9, quantity: 1 }])).status).toBe(400);
    const duplicate = await returnOf(original, [
      { lineNumber: 1, quantity: 1 },
      { lineNumber: 1, quantity: 1 },
    ]);
    expect(duplicate.status).toBe(400);

    // The last seats credit the exact remainder: credits add up to the charge.
    const rest = OrderSchema.parse(
      (await returnOf(original, [{ lineNumber: 1, quantity: 3 }])).json,
    );
    expect(credit.total.amountMinor + rest.total.amountMinor).toBe(-line.amount.amountMinor);
    const notReturnable = await returnOf(rest, [{ lineNumber: 1, quantity: 1 }]);
    expect(codeOf(notReturnable.json)).toBe('NOT_RETURNABLE');
  });

  it('never returns seats users hold, and a sales rep may not return', async () => {
    const { order } = await placeOrderOf([2]);
    const line = order.lineItems[0];
    if (!line) throw new Error('no line');
    expect(
      (
        await call('POST', `${orders()}/${order.id}/returns`, {
          token: rep,
          ifMatch: order.version,
          body: { lineItems: [{ lineNumber: 1, quantity: 1 }] },
        })
      ).status,
    ).toBe(403);
    await backend.store.write(async (tx) => {
      const sub = await tx.subscriptions.get(line.subscriptionId);
      if (sub) await tx.subscriptions.put({ ...sub, usedQuantity: sub.currentQuantity });
    });
    const refused = await returnOf(order, [{ lineNumber: 1, quantity: 1 }]);
    expect(refused.status).toBe(422);
    expect(codeOf(refused.json)).toBe('RETURN_BELOW_ASSIGNED');
    await backend.store.write(async (tx) => {
      const sub = await tx.subscriptions.get(line.subscriptionId);
      if (sub) await tx.subscriptions.put({ ...sub, usedQuantity: 0 });
    });
  });

  it('accepts a return on day 14 and refuses it on day 15', async () => {
    const { order } = await placeOrderOf([4]);
    await setBusinessDate(addDays(TODAY, 14));
    const day14 = await returnOf(order, [{ lineNumber: 1, quantity: 1 }]);
    expect(day14.status).toBe(201);
    await setBusinessDate(addDays(TODAY, 15));
    const day15 = await returnOf(await getOrder(order.id), [{ lineNumber: 1, quantity: 1 }]);
    expect(day15.status).toBe(422);
    expect(codeOf(day15.json)).toBe('RETURN_WINDOW_CLOSED');
    await setBusinessDate(TODAY);
  });
});
