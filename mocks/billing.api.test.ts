import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvoicePageSchema, InvoiceSchema, type Invoice } from '@/api/invoices/schemas';
import {
  PaymentMethodListSchema,
  PaymentMethodSchema,
  type PaymentMethod,
} from '@/api/payment-methods/schemas';
import type { CustomerRecord, InvoiceRecord, PaymentMethodRecord } from './db/records';
import { createTestBackend } from './node';
import { codeOf, createApiClient, fieldsOf } from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12); // business date 2026-11-23
const { backend, server } = createTestBackend({ dbName: 'billing-api-test', now: () => now });

/** Two customers of their own (cloned from seeded ones, so no seeded invoice or card is theirs). */
let mine: CustomerRecord; // managed by the account manager below
let other: CustomerRecord; // managed by someone else
let manager = '';

const { call } = createApiClient();

function invoiceRecord(
  customer: CustomerRecord,
  id: string,
  overrides: Partial<InvoiceRecord>,
): InvoiceRecord {
  return {
    id,
    number: id.toUpperCase(),
    customerId: customer.id,
    orderId: null,
    kind: 'INVOICE',
    currencyCode: customer.currencyCode,
    lines: [{ description: 'Seats', offerId: null, quantity: 5, amountMinor: 50_000 }],
    totalMinor: 50_000,
    issueDate: '2026-11-10',
    dueDate: '2026-12-10',
    paidDate: null,
    paymentMethodId: null,
    version: 1,
    ...overrides,
  };
}

const VALID_VISA = {
  number: '4111 1111 1111 1111',
  expiryMonth: 11,
  expiryYear: 2026,
  cvc: '123',
  holderName: '  Ann Berg  ',
};
const VALID_AMEX = {
  number: '3782-822463-10005',
  expiryMonth: 4,
  expiryYear: 2029,
  cvc: '7319',
  holderName: 'Bo Ek',
};
const VALID_MASTERCARD = {
  number: '2221000000000009',
  expiryMonth: 1,
  expiryYear: 2030,
  cvc: '456',
  holderName: 'Cy Lund',
};

const invoicesOf = (customer: CustomerRecord) => `/customers/${customer.id}/invoices`;
const methodsOf = (customer: CustomerRecord) => `/customers/${customer.id}/payment-methods`;

async function listMethods(customer: CustomerRecord) {
  const answer = await call('mem-alva', 'GET', methodsOf(customer));
  expect(answer.status).toBe(200);
  return PaymentMethodListSchema.parse(answer.body);
}

async function addCard(customer: CustomerRecord, card: object, key?: string) {
  const answer = await call(manager, 'POST', methodsOf(customer), {
    body: card,
    ...(key ? { key } : {}),
  });
  return answer;
}

async function activityActions(customerId: string) {
  const { rows } = await backend.store.read((tx) =>
    tx.activity.page({ customerIds: new Set([customerId]), limit: 1000, offset: 0 }),
  );
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  await backend.store.write(async (tx) => {
    const customers = await tx.customers.all();
    const seeded = customers.find((c) => c.accountManagerId === 'mem-jonas') ?? customers[0];
    const foreign = customers.find(
      (c) => c.accountManagerId !== seeded?.accountManagerId && c.currencyCode !== 'SEK',
    );
    if (!seeded || !foreign) throw new Error('the seed has no customers to clone');
    manager = seeded.accountManagerId;
    mine = { ...seeded, id: 'cus-billing-1', vipId: '9990000001', currencyCode: 'SEK' };
    other = { ...foreign, id: 'cus-billing-2', vipId: '9990000002' };
    await tx.customers.bulkPut([mine, other]);
    await tx.invoices.bulkPut([
      invoiceRecord(mine, 'inv-b-upcoming', { issueDate: '2026-11-24', dueDate: '2026-12-24' }),
      invoiceRecord(mine, 'inv-b-unpaid', { issueDate: '2026-11-10', dueDate: '2026-12-10' }),
      invoiceRecord(mine, 'inv-b-due-today', {
        issueDate: '2026-10-24',
        dueDate: '2026-11-23',
        totalMinor: 9_000,
      }),
      invoiceRecord(mine, 'inv-b-overdue', { issueDate: '2026-10-01', dueDate: '2026-11-22' }),
      invoiceRecord(mine, 'inv-b-paid', {
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        paidDate: '2026-09-20',
      }),
      invoiceRecord(mine, 'inv-b-credit', {
        kind: 'CREDIT_NOTE',
        issueDate: '2026-11-15',
        dueDate: '2026-12-15',
        paidDate: '2026-11-15',
        lines: [
          { description: 'Seats returned', offerId: null, quantity: 2, amountMinor: -20_000 },
        ],
        totalMinor: -20_000,
      }),
      invoiceRecord(other, 'inv-b-foreign', {}),
    ]);
  });
});
afterAll(() => server.close());

describe('invoices: views and detail', () => {
  it('lists each view with its counts, newest issue date first', async () => {
    const all = await call('mem-alva', 'GET', invoicesOf(mine));
    expect(all.status).toBe(200);
    const page = InvoicePageSchema.parse(all.body);
    expect(page.totalCount).toBe(6);
    expect(page.viewCounts).toEqual({ UPCOMING: 1, UNPAID: 2, PAID: 2, OVERDUE: 1 });
    expect(page.items.map((i) => i.issueDate)).toEqual(
      [...page.items.map((i) => i.issueDate)].sort().reverse(),
    );

    const views: [string, string[]][] = [
      ['UPCOMING', ['inv-b-upcoming']],
      ['UNPAID', ['inv-b-unpaid', 'inv-b-due-today']],
      ['PAID', ['inv-b-credit', 'inv-b-paid']],
      ['OVERDUE', ['inv-b-overdue']],
    ];
    for (const [view, ids] of views) {
      const answer = await call('mem-alva', 'GET', `${invoicesOf(mine)}?view=${view}`);
      const viewPage = InvoicePageSchema.parse(answer.body);
      expect(viewPage.items.map((i) => i.id)).toEqual(ids);
      expect(viewPage.items.every((i) => i.status === view)).toBe(true);
    }
  });

  it('pages and sorts, and refuses an unknown view', async () => {
    const answer = await call('mem-alva', 'GET', `${invoicesOf(mine)}?sort=total&limit=2&offset=0`);
    const page = InvoicePageSchema.parse(answer.body);
    expect(page.items.map((i) => i.id)).toEqual(['inv-b-credit', 'inv-b-due-today']);
    expect(page).toMatchObject({ totalCount: 6, limit: 2, offset: 0 });
    const bad = await call('mem-alva', 'GET', `${invoicesOf(mine)}?view=LATE`);
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad).map((f) => f.path)).toEqual(['query.view']);
  });

  it('answers one invoice with its lines as money, 404 for another customer’s', async () => {
    const answer = await call('mem-grace', 'GET', `${invoicesOf(mine)}/inv-b-credit`);
    expect(answer.status).toBe(200);
    const invoice = InvoiceSchema.parse(answer.body);
    expect(invoice).toMatchObject({ kind: 'CREDIT_NOTE', status: 'PAID' });
    expect(invoice.total).toEqual({ amountMinor: -20_000, currency: 'SEK' });
    expect(invoice.lines[0]?.amount).toEqual({ amountMinor: -20_000, currency: 'SEK' });
    expect((await call('mem-alva', 'GET', `${invoicesOf(mine)}/inv-b-foreign`)).status).toBe(404);
    expect((await call('mem-alva', 'GET', `${invoicesOf(mine)}/inv-nope`)).status).toBe(404);
  });
});

describe('billing permissions (permission first, then scope)', () => {
  it('refuses a sales rep invoices and cards with 403, in scope or not', async () => {
    const rep = mine.salesRepId;
    for (const customer of [mine, other]) {
      for (const path of [invoicesOf(customer), methodsOf(customer)]) {
        const answer = await call(rep, 'GET', path);
        expect(answer.status).toBe(403);
        expect(codeOf(answer)).toBe('FORBIDDEN');
      }
    }
  });

  it('lets a viewer list invoices and cards but not pay or change them', async () => {
    expect((await call('mem-grace', 'GET', invoicesOf(mine))).status).toBe(200);
    expect((await call('mem-grace', 'GET', methodsOf(mine))).status).toBe(200);
    const pay = await call('mem-grace', 'POST', `${invoicesOf(mine)}/inv-b-unpaid/payment`, {
      body: { paymentMethodId: 'pm-x' },
      ifMatch: 1,
    });
    expect(pay.status).toBe(403);
    expect((await call('mem-grace', 'POST', methodsOf(mine), { body: VALID_VISA })).status).toBe(
      403,
    );
  });

  it('answers 404 to an account manager for a customer outside their scope', async () => {
    expect((await call(manager, 'GET', invoicesOf(other))).status).toBe(404);
    expect((await call(manager, 'GET', methodsOf(other))).status).toBe(404);
    const pay = await call(manager, 'POST', `${invoicesOf(other)}/inv-b-foreign/payment`, {
      body: { paymentMethodId: 'pm-x' },
      ifMatch: 1,
    });
    expect(pay.status).toBe(404);
  });
});

describe('payment methods', () => {
  let visa: PaymentMethod;
  let amex: PaymentMethod;

  it('refuses each bad field with 400 naming it, and stores nothing', async () => {
    const bad: [object, string, string][] = [
      [{ ...VALID_VISA, number: '4111 1111 1111 1112' }, 'number', 'CARD_NUMBER_INVALID'],
      [{ ...VALID_VISA, number: '6011 1111 1111 1117' }, 'number', 'CARD_BRAND_UNSUPPORTED'],
      [{ ...VALID_VISA, number: '4111 1111 1111 11' }, 'number', 'CARD_NUMBER_LENGTH'],
      [{ ...VALID_VISA, number: '4111 1111 1111 111x' }, 'number', 'invalid_format'],
      [{ ...VALID_VISA, expiryMonth: 10 }, 'expiryMonth', 'CARD_EXPIRED'],
      [{ ...VALID_VISA, expiryMonth: 13 }, 'expiryMonth', 'too_big'],
      [{ ...VALID_AMEX, cvc: '731' }, 'cvc', 'CVC_LENGTH'],
      [{ ...VALID_VISA, cvc: '7319' }, 'cvc', 'CVC_LENGTH'],
      [{ ...VALID_VISA, holderName: '   ' }, 'holderName', 'too_small'],
      [{ ...VALID_VISA, holderName: 'A'.repeat(81) }, 'holderName', 'too_big'],
      [{ ...VALID_VISA, pin: '0000' }, 'pin', 'unrecognized_keys'],
    ];
    for (const [body, path, code] of bad) {
      const answer = await addCard(mine, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(codeOf(answer)).toBe('VALIDATION');
      expect(fieldsOf(answer).map((f) => [f.path, f.code])).toEqual([[path, code]]);
    }
    expect((await listMethods(mine)).items).toEqual([]);
    expect(await activityActions(mine.id)).not.toContain('paymentMethod.added');
  });

  it('adds a valid card: the first becomes the default; a replay creates nothing new', async () => {
    const key = crypto.randomUUID();
    const answer = await addCard(mine, VALID_VISA, key);
    expect(answer.status).toBe(201);
    visa = PaymentMethodSchema.parse(answer.body);
    expect(visa).toMatchObject({
      customerId: mine.id,
      type: 'CARD',
      card: { brand: 'VISA', last4: '1111', expiryMonth: 11, expiryYear: 2026 },
      isDefault: true,
      expired: false,
      version: 1,
    });
    expect(visa.card.holderName).toBe('Ann Berg');
    const replay = await addCard(mine, VALID_VISA, key);
    expect(replay).toEqual({ status: 201, body: answer.body });
    expect((await listMethods(mine)).items).toHaveLength(1);

    amex = PaymentMethodSchema.parse((await addCard(mine, VALID_AMEX)).body);
    expect(amex).toMatchObject({ card: { brand: 'AMEX', last4: '0005' }, isDefault: false });
    const list = await listMethods(mine);
    expect(list.items.map((m) => [m.id, m.isDefault])).toEqual([
      [visa.id, true],
      [amex.id, false],
    ]);
    expect(
      (await activityActions(mine.id)).filter((a) => a === 'paymentMethod.added'),
    ).toHaveLength(2);
  });

  it('never stores the card number or the CVC', async () => {
    const dump = await backend.store.read(async (tx) =>
      JSON.stringify([
        await tx.paymentMethods.all(),
        await tx.idempotency.all(),
        (await tx.activity.page({ customerIds: null, limit: 100_000, offset: 0 })).rows,
      ]),
    );
    for (const secret of ['4111 1111 1111 1111', '4111111111111111', '3782-822463-10005']) {
      expect(dump).not.toContain(secret);
    }
    expect(dump).not.toContain('"cvc"');
    expect(dump).not.toContain('7319');
  });

  it('lists bank transfer and check instructions in the customer’s currency', async () => {
    const { offline } = await listMethods(mine);
    expect(offline.map((o) => o.type)).toEqual(['BANK_TRANSFER', 'CHECK']);
    for (const option of offline) {
      expect(option.instructions).toMatchObject({
        currencyCode: 'SEK',
        reference: 'INVOICE_NUMBER',
      });
    }
    const bank = offline.find((o) => o.type === 'BANK_TRANSFER');
    expect(bank?.type === 'BANK_TRANSFER' && bank.instructions.iban).toMatch(/^SE/);
  });

  it('makes another card the default, moving both versions', async () => {
    const path = `${methodsOf(mine)}/${amex.id}/default`;
    expect((await call(manager, 'POST', path)).status).toBe(428);
    const stale = await call(manager, 'POST', path, { ifMatch: 7 });
    expect(stale.status).toBe(409);
    expect(codeOf(stale)).toBe('CONFLICT');
    const answer = await call(manager, 'POST', path, { ifMatch: amex.version });
    expect(answer.status).toBe(200);
    amex = PaymentMethodSchema.parse(answer.body);
    expect(amex).toMatchObject({ isDefault: true, version: 2 });
    const list = await listMethods(mine);
    visa = list.items.find((m) => m.id === visa.id) ?? visa;
    expect(visa).toMatchObject({ isDefault: false, version: 2 });
    expect(list.items[0]?.id).toBe(amex.id);
    expect(await activityActions(mine.id)).toContain('paymentMethod.defaultChanged');
  });

  it('adds a card with makeDefault, taking the default over', async () => {
    const answer = await addCard(mine, { ...VALID_MASTERCARD, makeDefault: true });
    const mastercard = PaymentMethodSchema.parse(answer.body);
    expect(mastercard).toMatchObject({ card: { brand: 'MASTERCARD' }, isDefault: true });
    const list = await listMethods(mine);
    expect(list.items.filter((m) => m.isDefault).map((m) => m.id)).toEqual([mastercard.id]);
    amex = list.items.find((m) => m.id === amex.id) ?? amex;
    expect(amex).toMatchObject({ isDefault: false, version: 3 });
    // Back to the Amex as default for what follows.
    const back = await call(manager, 'POST', `${methodsOf(mine)}/${amex.id}/default`, {
      ifMatch: amex.version,
    });
    amex = PaymentMethodSchema.parse(back.body);
  });

  it('refuses to remove the default card, removes another (204)', async () => {
    const defaultPath = `${methodsOf(mine)}/${amex.id}`;
    const refused = await call(manager, 'DELETE', defaultPath, { ifMatch: amex.version });
    expect(refused.status).toBe(422);
    expect(codeOf(refused)).toBe('DEFAULT_PAYMENT_METHOD');

    const visaPath = `${methodsOf(mine)}/${visa.id}`;
    expect((await call(manager, 'DELETE', visaPath)).status).toBe(428);
    expect((await call(manager, 'DELETE', visaPath, { ifMatch: 1 })).status).toBe(409);
    const removed = await call(manager, 'DELETE', visaPath, { ifMatch: visa.version });
    expect(removed).toEqual({ status: 204, body: null });
    expect((await listMethods(mine)).items.map((m) => m.id)).not.toContain(visa.id);
    expect((await call(manager, 'DELETE', visaPath, { ifMatch: visa.version })).status).toBe(404);
    expect(await activityActions(mine.id)).toContain('paymentMethod.removed');
  });

  it('refuses a card of another customer for the default with 404', async () => {
    const answer = await call('mem-alva', 'POST', `${methodsOf(other)}/${amex.id}/default`, {
      ifMatch: amex.version,
    });
    expect(answer.status).toBe(404);
  });
});

describe('paying invoices', () => {
  let card: PaymentMethod;
  const pay = (invoiceId: string, body: object, options: { ifMatch?: number; key?: string }) =>
    call(manager, 'POST', `${invoicesOf(mine)}/${invoiceId}/payment`, { body, ...options });

  beforeAll(async () => {
    const list = await listMethods(mine);
    const found = list.items.find((m) => m.isDefault);
    if (!found) throw new Error('the card tests left no default card');
    card = found;
  });

  it('pays an overdue invoice once, however often the same request is retried', async () => {
    const before = (await activityActions(mine.id)).filter((a) => a === 'invoice.paid').length;
    expect((await pay('inv-b-overdue', { paymentMethodId: card.id }, {})).status).toBe(428);
    const key = crypto.randomUUID();
    const first = await pay('inv-b-overdue', { paymentMethodId: card.id }, { ifMatch: 1, key });
    expect(first.status).toBe(200);
    const paid: Invoice = InvoiceSchema.parse(first.body);
    expect(paid).toMatchObject({
      status: 'PAID',
      paidDate: '2026-11-23',
      paymentMethodId: card.id,
      version: 2,
    });
    const again = await pay('inv-b-overdue', { paymentMethodId: card.id }, { ifMatch: 1, key });
    expect(again).toEqual(first);
    const otherBody = await pay('inv-b-overdue', { paymentMethodId: 'pm-x' }, { ifMatch: 1, key });
    expect(otherBody.status).toBe(422);
    expect(codeOf(otherBody)).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = (await activityActions(mine.id)).filter((a) => a === 'invoice.paid').length;
    expect(after - before).toBe(1);

    const twice = await pay('inv-b-overdue', { paymentMethodId: card.id }, { ifMatch: 2 });
    expect(twice.status).toBe(422);
    expect(codeOf(twice)).toBe('INVOICE_ALREADY_PAID');
    const stale = await pay('inv-b-overdue', { paymentMethodId: card.id }, { ifMatch: 1 });
    expect(stale.status).toBe(409);

    const view = InvoicePageSchema.parse(
      (await call('mem-alva', 'GET', `${invoicesOf(mine)}?view=OVERDUE`)).body,
    );
    expect(view.totalCount).toBe(0);
    expect(view.viewCounts).toMatchObject({ OVERDUE: 0, PAID: 3 });
  });

  it('pays an invoice due today', async () => {
    const answer = await pay('inv-b-due-today', { paymentMethodId: card.id }, { ifMatch: 1 });
    expect(answer.status).toBe(200);
    expect(InvoiceSchema.parse(answer.body).status).toBe('PAID');
  });

  it('refuses a credit note and an upcoming invoice with INVOICE_NOT_PAYABLE', async () => {
    for (const id of ['inv-b-credit', 'inv-b-upcoming']) {
      const answer = await pay(id, { paymentMethodId: card.id }, { ifMatch: 1 });
      expect(answer.status).toBe(422);
      expect(codeOf(answer)).toBe('INVOICE_NOT_PAYABLE');
    }
  });

  it('refuses an unknown or foreign card (400) and an expired one (PAYMENT_METHOD_EXPIRED)', async () => {
    const expired: PaymentMethodRecord = {
      id: 'pm-b-expired',
      customerId: mine.id,
      type: 'CARD',
      card: { brand: 'VISA', last4: '1111', expiryMonth: 10, expiryYear: 2026, holderName: 'Old' },
      isDefault: false,
      createdDate: '2024-01-01',
      version: 1,
    };
    const foreign: PaymentMethodRecord = { ...expired, id: 'pm-b-foreign', customerId: other.id };
    await backend.store.write((tx) => tx.paymentMethods.bulkPut([expired, foreign]));

    for (const paymentMethodId of ['pm-nope', foreign.id]) {
      const answer = await pay('inv-b-unpaid', { paymentMethodId }, { ifMatch: 1 });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer).map((f) => f.path)).toEqual(['paymentMethodId']);
    }
    const refused = await pay('inv-b-unpaid', { paymentMethodId: expired.id }, { ifMatch: 1 });
    expect(refused.status).toBe(422);
    expect(codeOf(refused)).toBe('PAYMENT_METHOD_EXPIRED');
    const listed = (await listMethods(mine)).items.find((m) => m.id === expired.id);
    expect(listed?.expired).toBe(true);
    const makeDefault = await call(manager, 'POST', `${methodsOf(mine)}/${expired.id}/default`, {
      ifMatch: 1,
    });
    expect(codeOf(makeDefault)).toBe('PAYMENT_METHOD_EXPIRED');

    const unknownField = await pay(
      'inv-b-unpaid',
      { paymentMethodId: card.id, amount: 1 },
      {
        ifMatch: 1,
      },
    );
    expect(unknownField.status).toBe(400);
    const still = InvoiceSchema.parse(
      (await call('mem-alva', 'GET', `${invoicesOf(mine)}/inv-b-unpaid`)).body,
    );
    expect(still).toMatchObject({ status: 'UNPAID', version: 1, paidDate: null });
  });
});
