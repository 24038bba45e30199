import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityPageSchema } from '@/api/activity/schemas';
import {
  LicenceAssignmentPageSchema,
  LicenceAssignmentSchema,
  type LicenceAssignment,
} from '@/api/licences/schemas';
import { SubscriptionListSchema } from '@/api/subscriptions/schemas';
import type { CustomerRecord, SubscriptionRecord } from './db/records';
import { createTestBackend } from './node';
import { codeOf, createApiClient, pathsOf } from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12); // business date 2026-11-23
const { backend, server } = createTestBackend({ dbName: 'licences-api-test', now: () => now });

const MANAGER = 'mem-jonas';
const REP = 'mem-erik';
/** A customer of their own, managed by MANAGER and REP, with one live subscription of 3 seats. */
let mine: CustomerRecord;
let seats: SubscriptionRecord;
/** A subscription that ended (cancelled at its anniversary, which has passed). */
let ended: SubscriptionRecord;
let foreign: CustomerRecord;

const { call } = createApiClient();

const user = (email: string, firstName = 'Ann') => ({ firstName, lastName: 'Berg', email });
const assign = (memberId: string, body: unknown, key?: string) =>
  call(memberId, 'POST', `/customers/${mine.id}/licence-assignments`, {
    body,
    ...(key ? { key } : {}),
  });

async function subscriptionNow(id: string) {
  const answer = await call('mem-alva', 'GET', `/customers/${mine.id}/subscriptions`);
  const found = SubscriptionListSchema.parse(answer.body).items.find((s) => s.id === id);
  if (!found) throw new Error(`subscription ${id} missing`);
  return found;
}

async function setUsed(usedQuantity: number) {
  await backend.store.write(async (tx) => {
    const current = await tx.subscriptions.get(seats.id);
    if (current) await tx.subscriptions.put({ ...current, usedQuantity });
  });
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  await backend.store.write(async (tx) => {
    const customers = await tx.customers.all();
    const template = customers[0];
    const outside = customers.find((c) => c.accountManagerId !== MANAGER && c.salesRepId !== REP);
    const offers = await tx.offers.all();
    if (!template || !outside || offers.length < 2) throw new Error('seed too small');
    foreign = outside;
    mine = {
      ...template,
      id: 'cus-lic-mine',
      vipId: '1009999001',
      accountManagerId: MANAGER,
      salesRepId: REP,
      cotermDate: '2027-06-01',
    };
    const subscription = (id: string, offerId: string): SubscriptionRecord => ({
      id,
      customerId: mine.id,
      offerId,
      currentQuantity: 3,
      usedQuantity: 0,
      creationDate: '2026-06-01',
      renewalDate: '2027-06-01',
      autoRenewal: { enabled: true, renewalQuantity: 3 },
      status: 'ACTIVE',
      scheduledChange: null,
      version: 1,
    });
    seats = subscription('sub-lic-seats', offers[0]?.id ?? '');
    ended = {
      ...subscription('sub-lic-ended', offers[1]?.id ?? ''),
      renewalDate: '2026-11-01',
      scheduledChange: { type: 'CANCELLATION', effectiveDate: '2026-11-01' },
    };
    await tx.customers.put(mine);
    await tx.subscriptions.bulkPut([seats, ended]);
  });
});
afterAll(() => server.close());

describe('assigning a licence', () => {
  it('gives a seat to a user, counts it, logs it, and replays a retried request', async () => {
    const key = crypto.randomUUID();
    const body = { subscriptionId: seats.id, user: user('ann@acme.example') };
    const created = await assign(MANAGER, body, key);
    expect(created.status).toBe(201);
    const assignment = LicenceAssignmentSchema.parse(created.body);
    expect(assignment).toMatchObject({
      customerId: mine.id,
      subscriptionId: seats.id,
      offerId: seats.offerId,
      active: true,
      assignedDate: '2026-11-23',
      unassignedDate: null,
      lastVersionUsed: null,
      version: 1,
    });
    expect(assignment.offerName).not.toBe('');
    expect(assignment.history).toEqual([
      { date: '2026-11-23', event: 'ASSIGNED', productVersion: null },
    ]);

    const again = await assign(MANAGER, body, key);
    expect(again.status).toBe(201);
    expect(LicenceAssignmentSchema.parse(again.body).id).toBe(assignment.id);
    const subscription = await subscriptionNow(seats.id);
    expect(subscription.usedQuantity).toBe(1);
    expect(subscription.version).toBe(2);
    const list = LicenceAssignmentPageSchema.parse(
      (await call(REP, 'GET', `/customers/${mine.id}/licence-assignments`)).body,
    );
    expect(list.items.map((a) => a.id)).toEqual([assignment.id]);

    const activity = ActivityPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/activity`)).body,
    );
    expect(activity.items[0]).toMatchObject({
      action: 'licence.assigned',
      actor: { id: MANAGER, name: 'Jonas Becker' },
      subject: { type: 'licenceAssignment', id: assignment.id },
      changes: [
        { field: 'user', from: null, to: 'ann@acme.example' },
        { field: 'usedQuantity', from: 0, to: 1 },
      ],
    });
  });

  it('refuses the same e-mail twice on one subscription, whatever its case', async () => {
    const answer = await assign('mem-alva', {
      subscriptionId: seats.id,
      user: user(' ANN@Acme.example'),
    });
    expect(answer.status).toBe(422);
    expect(codeOf(answer)).toBe('ALREADY_ASSIGNED');
  });

  it('refuses when every seat is in use, and a subscription that ended', async () => {
    await setUsed(3);
    const full = await assign(MANAGER, { subscriptionId: seats.id, user: user('bo@acme.example') });
    expect(full.status).toBe(422);
    expect(codeOf(full)).toBe('NO_SEATS_AVAILABLE');
    await setUsed(1);
    const gone = await assign(MANAGER, { subscriptionId: ended.id, user: user('bo@acme.example') });
    expect(gone.status).toBe(422);
    expect(codeOf(gone)).toBe('SUBSCRIPTION_NOT_LIVE');
  });

  it('stores HTML-ish names as text', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const answer = await assign(MANAGER, {
      subscriptionId: seats.id,
      user: user('cy@acme.example', html),
    });
    expect(answer.status).toBe(201);
    expect(LicenceAssignmentSchema.parse(answer.body).user.firstName).toBe(html);
  });

  it('names each bad field with 400 VALIDATION', async () => {
    const cases: [unknown, string][] = [
      [
        { subscriptionId: seats.id, user: user('dy@acme.example', 'x'.repeat(36)) },
        'user.firstName',
      ],
      [
        { subscriptionId: seats.id, user: { ...user('dy@acme.example'), lastName: '' } },
        'user.lastName',
      ],
      [{ subscriptionId: seats.id, user: user(`${'d'.repeat(230)}@acme.example`) }, 'user.email'],
      [{ subscriptionId: seats.id, user: user('not an e-mail') }, 'user.email'],
      [{ subscriptionId: seats.id, user: user('dy@acme.example', 'A\u0000') }, 'user.firstName'],
      [{ subscriptionId: 'sub-of-nobody', user: user('dy@acme.example') }, 'subscriptionId'],
      [{ subscriptionId: seats.id, user: user('dy@acme.example'), admin: true }, 'admin'],
    ];
    for (const [body, path] of cases) {
      const answer = await assign(MANAGER, body);
      expect(answer.status, path).toBe(400);
      expect(codeOf(answer)).toBe('VALIDATION');
      expect(pathsOf(answer), path).toEqual([path]);
    }
    expect((await subscriptionNow(seats.id)).usedQuantity).toBe(2);
  });

  it('refuses roles that may not (403) and customers outside the scope (404)', async () => {
    const body = { subscriptionId: seats.id, user: user('ed@acme.example') };
    const rep = await assign(REP, body);
    expect(rep.status).toBe(403);
    expect(codeOf(rep)).toBe('FORBIDDEN');
    expect((await assign('mem-grace', body)).status).toBe(403);
    expect(
      (await call('mem-camille', 'GET', `/customers/${mine.id}/licence-assignments`)).status,
    ).toBe(404);
    expect((await assign('mem-camille', body)).status).toBe(404);
    expect((await call(REP, 'GET', `/customers/${foreign.id}/licence-assignments`)).status).toBe(
      404,
    );
  });
});

describe('listing assignments', () => {
  it('filters by subscription and active flag, and pages', async () => {
    const all = LicenceAssignmentPageSchema.parse(
      (await call('mem-grace', 'GET', `/customers/${mine.id}/licence-assignments?limit=1`)).body,
    );
    expect(all.totalCount).toBe(2);
    expect(all.items).toHaveLength(1);
    const bySub = LicenceAssignmentPageSchema.parse(
      (
        await call(
          'mem-alva',
          'GET',
          `/customers/${mine.id}/licence-assignments?subscriptionId=${ended.id}`,
        )
      ).body,
    );
    expect(bySub.totalCount).toBe(0);
    const inactive = LicenceAssignmentPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/licence-assignments?active=false`))
        .body,
    );
    expect(inactive.totalCount).toBe(0);
    const bad = await call('mem-alva', 'GET', `/customers/${mine.id}/licence-assignments?active=1`);
    expect(pathsOf(bad)).toEqual(['query.active']);
  });
});

describe('unassigning a licence', () => {
  let target: LicenceAssignment;

  it('needs If-Match and the current version', async () => {
    const list = LicenceAssignmentPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/licence-assignments`)).body,
    );
    const found = list.items.find((a) => a.user.email === 'ann@acme.example');
    if (!found) throw new Error('assignment missing');
    target = found;
    const path = `/customers/${mine.id}/licence-assignments/${target.id}`;
    expect((await call(MANAGER, 'DELETE', path)).status).toBe(428);
    const stale = await call(MANAGER, 'DELETE', path, { ifMatch: target.version + 1 });
    expect(stale.status).toBe(409);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await call(REP, 'DELETE', path, { ifMatch: target.version })).status).toBe(403);
    expect((await call('mem-camille', 'DELETE', path, { ifMatch: target.version })).status).toBe(
      404,
    );
  });

  it('frees the seat, keeps the history, and refuses a second time', async () => {
    const path = `/customers/${mine.id}/licence-assignments/${target.id}`;
    const before = await subscriptionNow(seats.id);
    const answer = await call(MANAGER, 'DELETE', path, { ifMatch: target.version });
    expect(answer.status).toBe(204);
    const after = await subscriptionNow(seats.id);
    expect(after.usedQuantity).toBe(before.usedQuantity - 1);
    expect(after.version).toBe(before.version + 1);
    const list = LicenceAssignmentPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/licence-assignments?active=false`))
        .body,
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: target.id,
      active: false,
      unassignedDate: '2026-11-23',
      version: target.version + 1,
    });
    expect(list.items[0]?.history.map((h) => h.event)).toEqual(['ASSIGNED', 'UNASSIGNED']);
    const again = await call(MANAGER, 'DELETE', path, { ifMatch: target.version + 1 });
    expect(again.status).toBe(422);
    expect(codeOf(again)).toBe('ASSIGNMENT_NOT_ACTIVE');
    const activity = ActivityPageSchema.parse(
      (await call('mem-alva', 'GET', `/customers/${mine.id}/activity?limit=1`)).body,
    );
    expect(activity.items[0]?.action).toBe('licence.unassigned');
    // The user may get a seat again once theirs was taken back.
    const reassigned = await assign(MANAGER, {
      subscriptionId: seats.id,
      user: user('ann@acme.example'),
    });
    expect(reassigned.status).toBe(201);
  });

  it('answers 404 for an assignment of another customer', async () => {
    const path = `/customers/${foreign.id}/licence-assignments/${target.id}`;
    expect((await call('mem-alva', 'DELETE', path, { ifMatch: 1 })).status).toBe(404);
  });
});
