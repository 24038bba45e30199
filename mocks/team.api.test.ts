import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityPageSchema } from '@/api/activity/schemas';
import { CustomerSchema } from '@/api/customers/schemas';
import {
  AssignedCustomersSchema,
  TeamMemberListSchema,
  TeamMemberSchema,
  type TeamMember,
} from '@/api/team/schemas';
import type { CustomerRecord } from './db/records';
import { createTestBackend } from './node';
import { codeOf, createApiClient, pathsOf } from './testing/http-client';

const now = Date.UTC(2026, 10, 23, 12); // business date 2026-11-23
const { backend, server } = createTestBackend({ dbName: 'team-api-test', now: () => now });

const ADMIN = 'mem-alva';
/** Three customers of their own, managed by Jonas and Erik. */
let customers: CustomerRecord[] = [];

const { call, signIn, signInAs } = createApiClient();

let serial = 0;
async function invite(role: string, overrides: Record<string, string> = {}) {
  serial += 1;
  const answer = await call(ADMIN, 'POST', '/team-members', {
    body: {
      firstName: 'New',
      lastName: `Member${serial}`,
      email: `new${serial}@x.example`,
      role,
      ...overrides,
    },
  });
  expect(answer.status).toBe(201);
  return TeamMemberSchema.parse(answer.body);
}

async function customer(id: string) {
  return CustomerSchema.parse((await call(ADMIN, 'GET', `/customers/${id}`)).body);
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await backend.ready;
  await backend.store.write(async (tx) => {
    const template = (await tx.customers.all())[0];
    if (!template) throw new Error('seed empty');
    customers = [1, 2, 3].map((n) => ({
      ...template,
      id: `cus-team-${n}`,
      vipId: `100999920${n}`,
      companyName: `Team Customer ${n}`,
      accountManagerId: 'mem-jonas',
      salesRepId: 'mem-erik',
    }));
    await tx.customers.bulkPut(customers);
  });
});
afterAll(() => server.close());

describe('inviting members', () => {
  it('invites with a role, answers version 1, and replays a retried request', async () => {
    const key = crypto.randomUUID();
    const body = {
      firstName: '<b>Nils</b>',
      lastName: 'Ek',
      email: 'nils@x.example',
      role: 'VIEWER',
    };
    const first = await call(ADMIN, 'POST', '/team-members', { body, key });
    expect(first.status).toBe(201);
    const member = TeamMemberSchema.parse(first.body);
    expect(member).toMatchObject({ ...body, active: true, version: 1 });
    const again = await call(ADMIN, 'POST', '/team-members', { body, key });
    expect(TeamMemberSchema.parse(again.body).id).toBe(member.id);
    const list = TeamMemberListSchema.parse((await call(ADMIN, 'GET', '/team-members')).body);
    expect(list.items.filter((m) => m.email === 'nils@x.example')).toHaveLength(1);
    const activity = ActivityPageSchema.parse((await call(ADMIN, 'GET', '/activity?limit=1')).body);
    expect(activity.items[0]).toMatchObject({
      action: 'member.invited',
      customerId: null,
      subject: { type: 'member', id: member.id },
    });
  });

  it('refuses an e-mail a member has, whatever its case', async () => {
    const answer = await call(ADMIN, 'POST', '/team-members', {
      body: {
        firstName: 'A',
        lastName: 'B',
        email: 'Alva.Lindqvist@Northwind-Licensing.example',
        role: 'VIEWER',
      },
    });
    expect(answer.status).toBe(422);
    expect(codeOf(answer)).toBe('EMAIL_TAKEN');
  });

  it('names each bad field', async () => {
    const good = { firstName: 'A', lastName: 'B', email: 'ab@x.example', role: 'VIEWER' };
    const cases: [unknown, string][] = [
      [{ ...good, firstName: 'f'.repeat(36) }, 'firstName'],
      [{ ...good, lastName: '' }, 'lastName'],
      [{ ...good, email: 'nope' }, 'email'],
      [{ ...good, email: `${'e'.repeat(235)}@x.example` }, 'email'],
      [{ ...good, role: 'OWNER' }, 'role'],
    ];
    for (const [body, path] of cases) {
      const answer = await call(ADMIN, 'POST', '/team-members', { body });
      expect(answer.status, path).toBe(400);
      expect(pathsOf(answer), path).toEqual([path]);
    }
  });

  it('lets only an administrator manage the team', async () => {
    const body = { firstName: 'A', lastName: 'B', email: 'am@x.example', role: 'VIEWER' };
    const answer = await call('mem-jonas', 'POST', '/team-members', { body });
    expect(answer.status).toBe(403);
    expect((await call('mem-grace', 'POST', '/team-members', { body })).status).toBe(403);
    const patch = await call('mem-jonas', 'PATCH', '/team-members/mem-grace', {
      body: { role: 'SALES_REP' },
      ifMatch: 1,
    });
    expect(patch.status).toBe(403);
  });
});

describe('changing roles', () => {
  it('changes a role with If-Match (members without a version are at 1)', async () => {
    const path = '/team-members/mem-grace';
    expect((await call(ADMIN, 'PATCH', path, { body: { role: 'SALES_REP' } })).status).toBe(428);
    const stale = await call(ADMIN, 'PATCH', path, { body: { role: 'SALES_REP' }, ifMatch: 2 });
    expect(stale.status).toBe(409);
    const member = await invite('VIEWER');
    const answer = await call(ADMIN, 'PATCH', `/team-members/${member.id}`, {
      body: { role: 'SALES_REP' },
      ifMatch: 1,
    });
    expect(answer.status).toBe(200);
    expect(TeamMemberSchema.parse(answer.body)).toMatchObject({ role: 'SALES_REP', version: 2 });
    expect(
      (
        await call(ADMIN, 'PATCH', '/team-members/mem-nobody', {
          body: { role: 'VIEWER' },
          ifMatch: 1,
        })
      ).status,
    ).toBe(404);
  });

  it('keeps one active administrator', async () => {
    const answer = await call(ADMIN, 'PATCH', `/team-members/${ADMIN}`, {
      body: { role: 'VIEWER' },
      ifMatch: 1,
    });
    expect(answer.status).toBe(422);
    expect(codeOf(answer)).toBe('LAST_ADMINISTRATOR');
    const second = await invite('ADMINISTRATOR');
    const demoted = await call(ADMIN, 'PATCH', `/team-members/${second.id}`, {
      body: { role: 'VIEWER' },
      ifMatch: 1,
    });
    expect(demoted.status).toBe(200);
  });

  it('refuses while an account manager or sales rep still has customers', async () => {
    const answer = await call(ADMIN, 'PATCH', '/team-members/mem-jonas', {
      body: { role: 'SALES_REP' },
      ifMatch: 1,
    });
    expect(answer.status).toBe(422);
    expect(codeOf(answer)).toBe('MEMBER_HAS_CUSTOMERS');
  });
});

describe('assigning customers', () => {
  let rep: TeamMember;

  it('makes a sales rep the rep of the customers given, and logs it', async () => {
    rep = await invite('SALES_REP');
    const path = `/team-members/${rep.id}/customers`;
    const body = { customerIds: [customers[0]?.id, customers[1]?.id, customers[0]?.id] };
    expect((await call(ADMIN, 'PUT', path, { body })).status).toBe(428);
    expect((await call(ADMIN, 'PUT', path, { body, ifMatch: 5 })).status).toBe(409);
    const answer = await call(ADMIN, 'PUT', path, { body, ifMatch: 1 });
    expect(answer.status).toBe(200);
    expect(AssignedCustomersSchema.parse(answer.body)).toEqual({
      memberId: rep.id,
      customerCount: 2,
    });
    const first = await customer(customers[0]?.id ?? '');
    expect(first.salesRep.id).toBe(rep.id);
    expect(first.accountManager.id).toBe('mem-jonas');
    expect(first.version).toBe(2);
    const activity = ActivityPageSchema.parse(
      (await call(ADMIN, 'GET', `/customers/${first.id}/activity`)).body,
    );
    expect(activity.items[0]).toMatchObject({
      action: 'customer.managersChanged',
      changes: [{ field: 'salesRepId', from: 'mem-erik', to: rep.id }],
    });
    // Their scope follows at once.
    expect((await call(rep.id, 'GET', `/customers/${first.id}`)).status).toBe(200);
    const more = await call(ADMIN, 'PUT', path, {
      body: { customerIds: [customers[2]?.id] },
      ifMatch: 2,
    });
    expect(AssignedCustomersSchema.parse(more.body).customerCount).toBe(3);
  });

  it('refuses roles without customers, unknown customers and oversized lists', async () => {
    const viewer = await invite('VIEWER');
    const notAssignable = await call(ADMIN, 'PUT', `/team-members/${viewer.id}/customers`, {
      body: { customerIds: [customers[0]?.id] },
      ifMatch: 1,
    });
    expect(notAssignable.status).toBe(400);
    expect(pathsOf(notAssignable)).toEqual(['role']);
    const other = await invite('ACCOUNT_MANAGER');
    const unknown = await call(ADMIN, 'PUT', `/team-members/${other.id}/customers`, {
      body: { customerIds: [customers[0]?.id, 'cus-nobody'] },
      ifMatch: 1,
    });
    expect(pathsOf(unknown)).toEqual(['customerIds.1']);
    expect((await customer(customers[0]?.id ?? '')).accountManager.id).toBe('mem-jonas');
    const tooMany = await call(ADMIN, 'PUT', `/team-members/${other.id}/customers`, {
      body: { customerIds: Array.from({ length: 10_001 }, (_, i) => `cus-${i}`) },
      ifMatch: 1,
    });
    expect(pathsOf(tooMany)).toEqual(['customerIds']);
  });

  it('refuses role changes and deactivation of a rep with customers', async () => {
    const change = await call(ADMIN, 'PATCH', `/team-members/${rep.id}`, {
      body: { role: 'VIEWER' },
      ifMatch: 3,
    });
    expect(codeOf(change)).toBe('MEMBER_HAS_CUSTOMERS');
    const deactivate = await call(ADMIN, 'POST', `/team-members/${rep.id}/deactivate`, {
      ifMatch: 3,
    });
    expect(deactivate.status).toBe(422);
    expect(codeOf(deactivate)).toBe('MEMBER_HAS_CUSTOMERS');
  });
});

describe('deactivating members', () => {
  it('deactivates, ends their sessions, and refuses a second time', async () => {
    const member = await invite('VIEWER', { email: 'leaving@x.example' });
    await signInAs(member.id);
    const path = `/team-members/${member.id}/deactivate`;
    expect((await call(ADMIN, 'POST', path)).status).toBe(428);
    expect((await call(ADMIN, 'POST', path, { ifMatch: 7 })).status).toBe(409);
    const answer = await call(ADMIN, 'POST', path, { ifMatch: 1 });
    expect(answer.status).toBe(200);
    expect(TeamMemberSchema.parse(answer.body)).toMatchObject({ active: false, version: 2 });
    expect((await call(member.id, 'GET', '/session')).status).toBe(401);
    expect((await signIn(member.id)).status).toBe(400);
    const again = await call(ADMIN, 'POST', path, { ifMatch: 2 });
    expect(codeOf(again)).toBe('MEMBER_INACTIVE');
    // An inactive member's e-mail stays taken.
    const reuse = await call(ADMIN, 'POST', '/team-members', {
      body: { firstName: 'A', lastName: 'B', email: 'LEAVING@x.example', role: 'VIEWER' },
    });
    expect(codeOf(reuse)).toBe('EMAIL_TAKEN');
  });

  it('keeps the last administrator, and is for administrators only', async () => {
    const answer = await call(ADMIN, 'POST', `/team-members/${ADMIN}/deactivate`, { ifMatch: 1 });
    expect(codeOf(answer)).toBe('LAST_ADMINISTRATOR');
    expect(
      (await call('mem-jonas', 'POST', '/team-members/mem-grace/deactivate', { ifMatch: 1 }))
        .status,
    ).toBe(403);
  });
});

describe("changing a customer's managers", () => {
  const path = () => `/customers/${customers[2]?.id ?? ''}/managers`;

  it('is for administrators, with If-Match, and logs old → new', async () => {
    const current = await customer(customers[2]?.id ?? '');
    const body = { accountManagerId: 'mem-priya', salesRepId: 'mem-lukas' };
    expect(
      (await call('mem-jonas', 'PUT', path(), { body, ifMatch: current.version })).status,
    ).toBe(403);
    expect((await call(ADMIN, 'PUT', path(), { body })).status).toBe(428);
    expect((await call(ADMIN, 'PUT', path(), { body, ifMatch: current.version + 1 })).status).toBe(
      409,
    );
    const answer = await call(ADMIN, 'PUT', path(), { body, ifMatch: current.version });
    expect(answer.status).toBe(200);
    const changed = CustomerSchema.parse(answer.body);
    expect(changed).toMatchObject({
      accountManager: { id: 'mem-priya', name: 'Priya Nair' },
      salesRep: { id: 'mem-lukas' },
      version: current.version + 1,
    });
    const activity = ActivityPageSchema.parse(
      (await call(ADMIN, 'GET', `/customers/${changed.id}/activity?limit=1`)).body,
    );
    expect(activity.items[0]?.changes).toEqual([
      { field: 'accountManagerId', from: 'mem-jonas', to: 'mem-priya' },
      { field: 'salesRepId', from: current.salesRep.id, to: 'mem-lukas' },
    ]);
  });

  it('takes active members of the right roles only', async () => {
    const current = await customer(customers[2]?.id ?? '');
    const answer = await call(ADMIN, 'PUT', path(), {
      body: { accountManagerId: 'mem-erik', salesRepId: 'mem-nobody' },
      ifMatch: current.version,
    });
    expect(answer.status).toBe(400);
    expect(pathsOf(answer)).toEqual(['accountManagerId', 'salesRepId']);
  });
});
