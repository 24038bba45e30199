import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityPageSchema, type ActivityPage } from '@/api/activity/schemas';
import { CustomerSchema } from '@/api/customers/schemas';
import type { CustomerRecord } from './db/records';
import { createTestBackend } from './node';
import { codeOf, createApiClient, pathsOf } from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12); // business date 2026-11-23
const { backend, server } = createTestBackend({ dbName: 'activity-api-test', now: () => now });

const MANAGER = 'mem-jonas';
/** Customers of their own: one managed by MANAGER, one by another account manager. */
let mine: CustomerRecord;
let other: CustomerRecord;

const { call } = createApiClient();

const pageOf = async (memberId: string, path: string): Promise<ActivityPage> => {
  const answer = await call(memberId, 'GET', path);
  expect(answer.status).toBe(200);
  return ActivityPageSchema.parse(answer.body);
};

async function edit(memberId: string, customer: CustomerRecord, body: unknown, ifMatch?: number) {
  return call(memberId, 'PATCH', `/customers/${customer.id}`, {
    body,
    ...(ifMatch === undefined ? {} : { ifMatch }),
  });
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  await backend.store.write(async (tx) => {
    const template = (await tx.customers.all()).find((c) => c.marketSegment === 'COM');
    if (!template) throw new Error('no COM customer');
    const base = { ...template, marketSubSegments: [], version: 1 };
    mine = {
      ...base,
      id: 'cus-act-mine',
      vipId: '1009999301',
      companyName: 'Mine AB',
      accountManagerId: MANAGER,
      salesRepId: 'mem-erik',
    };
    other = {
      ...base,
      id: 'cus-act-other',
      vipId: '1009999302',
      companyName: 'Other AB',
      accountManagerId: 'mem-camille',
      salesRepId: 'mem-sophie',
    };
    await tx.customers.bulkPut([mine, other]);
    // An entry of the console's own scheduled work.
    await tx.activity.add({
      id: 'act-system-test',
      at: new Date(now).toISOString(),
      businessDate: '2026-11-23',
      actorId: 'system',
      customerId: other.id,
      action: 'subscription.autoRenewed',
      subject: { type: 'subscription', id: 'sub-x', label: 'Seats' },
      changes: [{ field: 'renewalDate', from: '2026-11-23', to: '2027-11-23' }],
      moneyEffect: { amountMinor: 12_000, currency: 'EUR' },
      sequence: 0,
    });
  });
});
afterAll(() => server.close());

describe('editing a customer', () => {
  it('edits name, contact and sub-segments with If-Match, logging old → new', async () => {
    const body = {
      companyName: '<script>alert(1)</script> AB',
      contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@mine.example' },
      marketSubSegments: ['NON_PROFIT'],
    };
    expect((await edit(MANAGER, mine, body)).status).toBe(428);
    expect((await edit(MANAGER, mine, body, 2)).status).toBe(409);
    const answer = await edit(MANAGER, mine, body, 1);
    expect(answer.status).toBe(200);
    const customer = CustomerSchema.parse(answer.body);
    expect(customer).toMatchObject({ ...body, version: 2 });
    const page = await pageOf(MANAGER, `/customers/${mine.id}/activity`);
    expect(page.items[0]).toMatchObject({
      action: 'customer.edited',
      actor: { id: MANAGER, name: 'Jonas Becker' },
      businessDate: '2026-11-23',
      customerId: mine.id,
      moneyEffect: null,
    });
    const changes = page.items[0]?.changes ?? [];
    expect(changes).toContainEqual({
      field: 'companyName',
      from: 'Mine AB',
      to: '<script>alert(1)</script> AB',
    });
    expect(changes).toContainEqual({
      field: 'contact.email',
      from: mine.contact.email,
      to: 'ann@mine.example',
    });
    expect(changes).toContainEqual({ field: 'marketSubSegments', from: [], to: ['NON_PROFIT'] });
  });

  it('names each bad field, and checks sub-segments against the segment', async () => {
    const cases: [unknown, string][] = [
      [{ companyName: 'Abc' }, 'companyName'],
      [{ companyName: 'x'.repeat(81) }, 'companyName'],
      [{ contact: { firstName: 'A', lastName: 'B', email: 'nope' } }, 'contact.email'],
      [
        { contact: { firstName: 'f'.repeat(36), lastName: 'B', email: 'a@b.example' } },
        'contact.firstName',
      ],
      [{ marketSubSegments: ['K_12'] }, 'marketSubSegments.0'],
      [{ marketSubSegments: ['NON_PROFIT', 'NON_PROFIT'] }, 'marketSubSegments'],
      [{ companyName: 'Fine AB', marketSegment: 'EDU' }, 'marketSegment'],
      [{}, '(root)'],
    ];
    for (const [body, path] of cases) {
      const answer = await edit(MANAGER, mine, body, 2);
      expect(answer.status, path).toBe(400);
      expect(pathsOf(answer), path).toEqual([path]);
    }
  });

  it('is refused to sales reps and viewers (403) and outside the scope (404)', async () => {
    const body = { companyName: 'Renamed AB' };
    expect((await edit('mem-erik', mine, body, 2)).status).toBe(403);
    expect((await edit('mem-grace', mine, body, 2)).status).toBe(403);
    expect((await edit(MANAGER, other, body, 1)).status).toBe(404);
  });
});

describe('the activity log', () => {
  it('shows administrators and viewers everything, team changes included', async () => {
    const invited = await call('mem-alva', 'POST', '/team-members', {
      body: { firstName: 'Tea', lastName: 'Mate', email: 'tea@x.example', role: 'VIEWER' },
    });
    expect(invited.status).toBe(201);
    for (const member of ['mem-alva', 'mem-grace']) {
      const page = await pageOf(member, '/activity?limit=1000');
      expect(page.items[0]).toMatchObject({ action: 'member.invited', customerId: null });
      expect(page.items.some((e) => e.customerId === mine.id)).toBe(true);
      expect(page.items.some((e) => e.customerId === other.id)).toBe(true);
    }
  });

  it('names the console itself and keeps the money effect', async () => {
    const page = await pageOf('mem-alva', `/customers/${other.id}/activity`);
    expect(page.items.at(-1)).toMatchObject({
      id: 'act-system-test',
      actor: { id: 'system', name: 'Reseller Console' },
      moneyEffect: { amountMinor: 12_000, currency: 'EUR' },
    });
  });

  it("shows an account manager their customers' entries only", async () => {
    const page = await pageOf(MANAGER, '/activity?limit=1000');
    expect(page.items.length).toBeGreaterThan(0);
    // Only customers assigned to them (the seed logs history of its own for many customers).
    const scope = new Set(
      (await backend.store.read((tx) => tx.customers.all()))
        .filter((c) => c.accountManagerId === MANAGER || c.salesRepId === MANAGER)
        .map((c) => c.id),
    );
    expect(page.items.every((e) => e.customerId !== null && scope.has(e.customerId))).toBe(true);
    expect(page.items.some((e) => e.customerId === mine.id)).toBe(true);
    expect(page.items.some((e) => e.customerId === other.id)).toBe(false);
    expect((await call(MANAGER, 'GET', `/activity?customerId=${other.id}`)).status).toBe(404);
    expect((await call(MANAGER, 'GET', `/customers/${other.id}/activity`)).status).toBe(404);
    expect((await call('mem-camille', 'GET', `/customers/${other.id}/activity`)).status).toBe(200);
  });

  it('is closed to sales reps', async () => {
    const answer = await call('mem-erik', 'GET', '/activity');
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect((await call('mem-erik', 'GET', `/customers/${mine.id}/activity`)).status).toBe(403);
  });

  it('pages newest first', async () => {
    const all = await pageOf('mem-alva', '/activity?limit=1000');
    const second = await pageOf('mem-alva', '/activity?limit=1&offset=1');
    expect(second).toMatchObject({ limit: 1, offset: 1, totalCount: all.totalCount });
    expect(second.items[0]?.id).toBe(all.items[1]?.id);
    const sequence = all.items.map((e) => e.id).filter((id) => id.startsWith('act-0'));
    expect([...sequence].sort().reverse()).toEqual(sequence);
    expect((await call('mem-alva', 'GET', '/activity?limit=0')).status).toBe(400);
  });
});
