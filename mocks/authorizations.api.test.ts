import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PriceQuoteSchema,
  PurchaseAuthorizationPageSchema,
  PurchaseAuthorizationSchema,
  type PurchaseAuthorization,
} from '@/api/authorizations/schemas';
import { CustomerPageSchema, CustomerSchema } from '@/api/customers/schemas';
import { OfferListSchema, type Offer } from '@/api/offers/schemas';
import { addDays, addMonths } from '@/domain/calendar-date';
import { createTestBackend } from './node';
import {
  codeIn as codeOf,
  createApiClient,
  pathsIn as fieldsOf,
  type CallOptions,
  type Method,
} from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';
const { backend, server } = createTestBackend({
  dbName: 'authorizations-api-test',
  now: () => now,
});

// Content-Type on every mutation (with a body or not); a new session per sign-in (no cache).
const api = createApiClient(undefined, { contentType: 'mutations' });
const signInAs = api.newSession;

/** `{ status, json }`: the answer's body under the name these tests use. */
async function call(
  method: Method,
  path: string,
  { token, ...options }: CallOptions & { token: string },
) {
  const { status, body } = await api.request(token, method, path, options);
  return { status, json: body };
}

let admin = '';
let manager = '';
let rep = '';
let otherRep = '';
let viewer = '';
let customerId = '';
let teamOffers: Offer[] = [];
let enterpriseOffer: Offer | undefined;

const paths = (id = customerId) => `/customers/${id}/purchase-authorizations`;

function lines(...quantities: number[]) {
  return quantities.map((quantity, index) => ({
    offerId: (teamOffers[index] as Offer).id,
    quantity,
  }));
}

async function createPa(token: string, quantities = [5, 3, 2], extra: object = {}) {
  const { status, json } = await call('POST', paths(), {
    token,
    body: { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(...quantities), ...extra },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  return PurchaseAuthorizationSchema.parse(json);
}

const subscriptionsOf = (id: string) => backend.store.read((tx) => tx.subscriptions.byCustomer(id));
const seatsOf = async (offerId: string) =>
  (await subscriptionsOf(customerId)).find((s) => s.offerId === offerId)?.currentQuantity ?? 0;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  [admin, manager, rep, otherRep, viewer] = await Promise.all([
    signInAs('mem-alva'),
    signInAs('mem-jonas'),
    signInAs('mem-erik'),
    signInAs('mem-sophie'),
    signInAs('mem-grace'),
  ]);
  const invited = await call('POST', '/customers', {
    token: admin,
    body: {
      companyName: 'Authorizations Test Inc',
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: 'US',
      contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@pa-test.example' },
      accountManagerId: 'mem-jonas',
      salesRepId: 'mem-erik',
    },
  });
  customerId = CustomerSchema.parse(invited.json).id;
  const offers = OfferListSchema.parse((await call('GET', '/offers', { token: admin })).json).items;
  const sellable = offers.filter(
    (o) => o.marketSegments.includes('COM') && !o.educationDevice && !o.addOn,
  );
  teamOffers = sellable.filter((o) => o.licenseType === 'TEAM');
  enterpriseOffer = sellable.find((o) => o.licenseType === 'ENTERPRISE');
  expect(teamOffers.length).toBeGreaterThanOrEqual(4);
});
afterAll(() => server.close());

describe('creating purchase authorizations', () => {
  it('creates a pending PA with its deadline, seats and anniversary', async () => {
    const pa = await createPa(rep, [5, 3, 2], { poNumber: '  PO-2026/Örebro 7  ' });
    expect(pa.status).toBe('PENDING');
    expect(pa.creationDate).toBe(TODAY);
    expect(pa.orderDeadline).toBe(addDays(TODAY, 30));
    expect(pa.poNumber).toBe('PO-2026/Örebro 7');
    expect(pa.createdBy).toEqual({ id: 'mem-erik', name: expect.any(String) as string });
    expect(pa.lineItems.map((l) => l.quantity)).toEqual([5, 3, 2]);
    expect(pa.lineItems[0]?.offerName).toBe(teamOffers[0]?.name);
    expect(pa.licencesAssigned).toBe(false);
    expect(pa.orderId).toBeNull();
    expect(await seatsOf((teamOffers[0] as Offer).id)).toBe(5);
    const customer = CustomerSchema.parse(
      (await call('GET', `/customers/${customerId}`, { token: admin })).json,
    );
    expect(customer.cotermDate).toBe(addMonths(TODAY, 12));
    expect(customer.totalLicences).toBeGreaterThanOrEqual(10);
    const activity = await backend.store.read((tx) =>
      tx.activity.page({ customerIds: new Set([customerId]), limit: 50, offset: 0 }),
    );
    expect(activity.rows.some((a) => a.action === 'authorization.created')).toBe(true);
  });

  it('creates one PA for the same Idempotency-Key sent twice', async () => {
    const before = (
      await backend.store.read((tx) => tx.purchaseAuthorizations.byCustomer(customerId))
    ).length;
    const key = crypto.randomUUID();
    const body = { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(1) };
    const first = await call('POST', paths(), { token: manager, body, key });
    const second = await call('POST', paths(), { token: manager, body, key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(PurchaseAuthorizationSchema.parse(second.json).id).toBe(
      PurchaseAuthorizationSchema.parse(first.json).id,
    );
    const after = (
      await backend.store.read((tx) => tx.purchaseAuthorizations.byCustomer(customerId))
    ).length;
    expect(after).toBe(before + 1);
  });

  it('refuses a DELAYED or SUSPENDED customer', async () => {
    for (const status of ['DELAYED', 'SUSPENDED']) {
      const page = CustomerPageSchema.parse(
        (await call('GET', `/customers?status=${status}&limit=1`, { token: admin })).json,
      );
      const customer = page.items[0];
      if (!customer) throw new Error(`the seed has no ${status} customer`);
      const response = await call('POST', paths(customer.id), {
        token: admin,
        body: { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(1) },
      });
      expect(response.status).toBe(422);
      expect(codeOf(response.json)).toBe(`CUSTOMER_${status}`);
    }
  });

  it('refuses bad lines with the rule that says why', async () => {
    const post = (lineItems: unknown, licenseType = 'TEAM') =>
      call('POST', paths(), {
        token: manager,
        body: { licenseType, deploymentDate: TODAY, lineItems },
      });
    const duplicate = await post([...lines(1, 1), { offerId: teamOffers[0]?.id, quantity: 2 }]);
    expect(codeOf(duplicate.json)).toBe('DUPLICATE_OFFER');
    expect((duplicate.json as { details: unknown }).details).toMatchObject({ lineIndex: 2 });
    expect(codeOf((await post(lines(10_001))).json)).toBe('QUANTITY_OUT_OF_RANGE');
    expect(codeOf((await post([{ offerId: 'no-such-offer', quantity: 1 }])).json)).toBe(
      'OFFER_NOT_AVAILABLE',
    );
    expect(codeOf((await post(lines(1), 'ENTERPRISE')).json)).toBe('LICENSE_TYPE_MISMATCH');
    // Above every licence type's range the schema already refuses it.
    const big = await post([{ offerId: enterpriseOffer?.id, quantity: 200_001 }], 'ENTERPRISE');
    expect(fieldsOf(big.json)).toEqual(['lineItems.0.quantity']);
  });

  it('refuses bad input with VALIDATION naming the field', async () => {
    const post = (body: object) =>
      call('POST', paths(), {
        token: manager,
        body: { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(1), ...body },
      });
    const yesterday = await post({ deploymentDate: addDays(TODAY, -1) });
    expect(yesterday.status).toBe(400);
    expect(fieldsOf(yesterday.json)).toEqual(['deploymentDate']);
    expect(fieldsOf((await post({ poNumber: 'x'.repeat(36) })).json)).toEqual(['poNumber']);
    expect(fieldsOf((await post({ poNumber: 'PO\u0007' })).json)).toEqual(['poNumber']);
    expect(fieldsOf((await post({ extra: 1 })).json)).toEqual(['extra']);
    expect(fieldsOf((await post({ lineItems: [] })).json)).toEqual(['lineItems']);
    const many = Array.from({ length: 500 }, (_, i) => ({ offerId: `o${i}`, quantity: 1 }));
    expect(fieldsOf((await post({ lineItems: many })).json)).toEqual(['lineItems']);
    expect(fieldsOf((await post({ lineItems: [{ offerId: 'x', quantity: 0 }] })).json)).toEqual([
      'lineItems.0.quantity',
    ]);
    expect((await post({ poNumber: 'x'.repeat(35) })).status).toBe(201);
  });

  it('answers 403 to a viewer and 404 outside a sales rep scope', async () => {
    const body = { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(1) };
    expect((await call('POST', paths(), { token: viewer, body })).status).toBe(403);
    expect((await call('POST', paths(), { token: otherRep, body })).status).toBe(404);
    expect((await call('GET', paths(), { token: otherRep })).status).toBe(404);
  });
});

describe('withdrawing and editing', () => {
  it('lets a sales rep create but not withdraw', async () => {
    const pa = await createPa(rep, [1]);
    const response = await call('POST', `${paths()}/${pa.id}/withdraw`, {
      token: rep,
      ifMatch: pa.version,
    });
    expect(response.status).toBe(403);
  });

  it('needs If-Match (428) with the current version (409)', async () => {
    const pa = await createPa(manager, [2]);
    const url = `${paths()}/${pa.id}/withdraw`;
    expect((await call('POST', url, { token: manager })).status).toBe(428);
    const stale = await call('POST', url, { token: manager, ifMatch: pa.version + 1 });
    expect(stale.status).toBe(409);
    expect(codeOf(stale.json)).toBe('CONFLICT');
  });

  it('refuses to withdraw once a licence of it is assigned, then withdraws', async () => {
    const pa = await createPa(manager, [4, 2]);
    const offerId = (teamOffers[1] as Offer).id;
    const seats = await seatsOf(offerId);
    const setUsed = (usedQuantity: number) =>
      backend.store.write(async (tx) => {
        const sub = (await tx.subscriptions.byCustomer(customerId)).find(
          (s) => s.offerId === offerId,
        );
        if (sub) await tx.subscriptions.put({ ...sub, usedQuantity });
      });
    await setUsed(seats - 1); // one of the PA's 2 seats is in use
    const got = PurchaseAuthorizationSchema.parse(
      (await call('GET', `${paths()}/${pa.id}`, { token: viewer })).json,
    );
    expect(got.licencesAssigned).toBe(true);
    const refused = await call('POST', `${paths()}/${pa.id}/withdraw`, {
      token: manager,
      ifMatch: pa.version,
    });
    expect(refused.status).toBe(422);
    expect(codeOf(refused.json)).toBe('LICENSES_ASSIGNED');
    await setUsed(seats - 2);
    const withdrawn = await call('POST', `${paths()}/${pa.id}/withdraw`, {
      token: manager,
      ifMatch: pa.version,
    });
    expect(withdrawn.status).toBe(200);
    const result = PurchaseAuthorizationSchema.parse(withdrawn.json);
    expect(result.status).toBe('WITHDRAWN');
    expect(result.version).toBe(pa.version + 1);
    expect(await seatsOf(offerId)).toBe(seats - 2);
    await setUsed(0);
    const again = await call('POST', `${paths()}/${pa.id}/withdraw`, {
      token: manager,
      ifMatch: result.version,
    });
    expect(codeOf(again.json)).toBe('PA_NOT_PENDING');
  });

  it('edits by removing lines and lowering quantities only', async () => {
    const pa = await createPa(manager, [6, 3]);
    const url = `${paths()}/${pa.id}`;
    const first = (teamOffers[0] as Offer).id;
    const seats = await seatsOf(first);
    const edit = (lineItems: unknown, version = pa.version) =>
      call('PATCH', url, { token: manager, ifMatch: version, body: { lineItems } });
    expect(
      (await call('PATCH', url, { token: rep, ifMatch: 1, body: { lineItems: lines(1) } })).status,
    ).toBe(403);
    expect(
      (await call('PATCH', url, { token: manager, body: { lineItems: lines(1) } })).status,
    ).toBe(428);
    expect(codeOf((await edit(lines(7, 3))).json)).toBe('QUANTITY_OUT_OF_RANGE');
    expect(codeOf((await edit(lines(6, 3, 1))).json)).toBe('OFFER_NOT_AVAILABLE');
    expect((await edit([])).status).toBe(400);
    const edited = await edit(lines(4));
    expect(edited.status).toBe(200);
    const result = PurchaseAuthorizationSchema.parse(edited.json);
    expect(result.lineItems.map((l) => [l.offerId, l.quantity])).toEqual([[first, 4]]);
    expect(result.version).toBe(pa.version + 1);
    expect(await seatsOf(first)).toBe(seats - 2);
    expect((await edit(lines(3))).status).toBe(409);
    const activity = await backend.store.read((tx) =>
      tx.activity.page({ customerIds: new Set([customerId]), limit: 1, offset: 0 }),
    );
    expect(activity.rows[0]).toMatchObject({
      action: 'authorization.edited',
      actorId: 'mem-jonas',
      changes: [
        {
          field: 'lineItems',
          from: pa.lineItems.map(({ offerId, quantity }) => ({ offerId, quantity })),
        },
        { field: `seats.${first}`, from: seats, to: seats - 2 },
        { field: `seats.${(teamOffers[1] as Offer).id}` },
      ],
    });
  });
});

describe('listing and quoting', () => {
  it('lists newest first, filters by status, pages', async () => {
    const all = PurchaseAuthorizationPageSchema.parse(
      (await call('GET', `${paths()}?limit=100`, { token: viewer })).json,
    );
    expect(all.totalCount).toBeGreaterThan(3);
    const numbers = all.items.map((p: PurchaseAuthorization) => p.number);
    expect([...numbers].sort().reverse()).toEqual(numbers);
    const withdrawn = PurchaseAuthorizationPageSchema.parse(
      (await call('GET', `${paths()}?status=WITHDRAWN`, { token: admin })).json,
    );
    expect(withdrawn.items.every((p) => p.status === 'WITHDRAWN')).toBe(true);
    expect(withdrawn.totalCount).toBe(1);
    const page = PurchaseAuthorizationPageSchema.parse(
      (await call('GET', `${paths()}?limit=2&offset=1`, { token: admin })).json,
    );
    expect(page.items.map((p) => p.id)).toEqual(all.items.slice(1, 3).map((p) => p.id));
    expect((await call('GET', `${paths()}/pa-nope`, { token: admin })).status).toBe(404);
  });

  it('quotes a price and changes nothing', async () => {
    const before = await subscriptionsOf(customerId);
    const response = await call('POST', `/customers/${customerId}/price-quotes`, {
      token: viewer,
      body: { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(2, 1) },
    });
    expect(response.status).toBe(200);
    const quote = PriceQuoteSchema.parse(response.json);
    expect(quote.prorationMode).toBe('MONTHS');
    // The anniversary is 12 months ahead: a whole year.
    expect(quote.prorationUnits).toBe(12);
    expect(quote.total.currency).toBe('USD');
    expect(quote.total.amountMinor).toBe(
      quote.lineItems.reduce((sum, line) => sum + line.amount.amountMinor, 0),
    );
    expect(await subscriptionsOf(customerId)).toEqual(before);
    const bad = await call('POST', `/customers/${customerId}/price-quotes`, {
      token: viewer,
      body: { licenseType: 'TEAM', deploymentDate: TODAY, lineItems: lines(10_001) },
    });
    expect(codeOf(bad.json)).toBe('QUANTITY_OUT_OF_RANGE');
  });
});
