import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action, type Role } from '@/domain/permissions';
import { ApiHarness } from '../testing/harness';
import type { RouteDoc } from '../handlers/route';
import { exampleFor, jsonSchemaOf } from './json-schema-cases';
import { VALID_BODIES } from './valid-bodies';

/**
 * SPEC §2 through the API: every role against every action, table-driven. A forbidden action
 * answers 403 and changes nothing; an allowed one never answers 403 (it may still answer 404
 * or a rule's refusal for the placeholder resource ids used here).
 */
const harness = await ApiHarness.create();
const MEMBERS: Record<Role, string> = {
  ADMINISTRATOR: 'mem-alva',
  ACCOUNT_MANAGER: 'mem-jonas',
  SALES_REP: 'mem-erik',
  VIEWER: 'mem-grace',
};
const tokens = Object.fromEntries(
  await Promise.all(
    (Object.entries(MEMBERS) as [Role, string][]).map(
      async ([role, id]) => [role, await harness.signIn(id)] as const,
    ),
  ),
) as Record<Role, string>;

// A customer every one of the four may see: managed by Jonas with Erik as its sales rep.
const customerId = await harness.write(async (tx) => {
  const customer = (await tx.customers.all())[0];
  if (!customer) throw new Error('No seeded customer');
  await tx.customers.put({ ...customer, accountManagerId: 'mem-jonas', salesRepId: 'mem-erik' });
  return customer.id;
});

/** The requests that exercise each action (SPEC §2 rows), `METHOD /path` as registered. */
const ACTION_ROUTES: Record<Action, string[]> = {
  'customers.view': ['GET /customers', 'GET /customers/:customerId'],
  'customers.invite': ['POST /customers'],
  'customers.edit': ['PATCH /customers/:customerId'],
  'customers.changeManager': ['PUT /customers/:customerId/managers'],
  'authorizations.create': ['POST /customers/:customerId/purchase-authorizations'],
  'authorizations.change': [
    'PATCH /customers/:customerId/purchase-authorizations/:paId',
    'POST /customers/:customerId/purchase-authorizations/:paId/withdraw',
  ],
  'orders.place': [
    'POST /customers/:customerId/purchase-authorizations/:paId/order',
    'POST /customers/:customerId/orders/:orderId/returns',
  ],
  'renewals.view': ['GET /renewals'],
  'renewals.change': [
    'POST /customers/:customerId/subscriptions/:subscriptionId/renewal',
    'PATCH /customers/:customerId/subscriptions/:subscriptionId/auto-renewal',
    'POST /customers/:customerId/subscriptions/:subscriptionId/seats',
    'PUT /customers/:customerId/subscriptions/:subscriptionId/scheduled-change',
    'DELETE /customers/:customerId/subscriptions/:subscriptionId/scheduled-change',
  ],
  'licences.assign': [
    'POST /customers/:customerId/licence-assignments',
    'DELETE /customers/:customerId/licence-assignments/:assignmentId',
  ],
  'invoices.view': [
    'GET /customers/:customerId/invoices',
    'GET /customers/:customerId/payment-methods',
  ],
  'invoices.pay': [
    'POST /customers/:customerId/invoices/:invoiceId/payment',
    'POST /customers/:customerId/payment-methods',
    'POST /customers/:customerId/payment-methods/:paymentMethodId/default',
    'DELETE /customers/:customerId/payment-methods/:paymentMethodId',
  ],
  'cases.view': ['GET /cases', 'GET /customers/:customerId/cases'],
  'cases.change': [
    'POST /customers/:customerId/cases',
    'PATCH /customers/:customerId/cases/:caseId',
    'POST /customers/:customerId/cases/:caseId/comments',
  ],
  'team.manage': [
    'POST /team-members',
    'PATCH /team-members/:memberId',
    'POST /team-members/:memberId/deactivate',
  ],
  'activity.view': ['GET /activity', 'GET /customers/:customerId/activity'],
};

const routes = new Map(
  harness.backend.routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]),
);

function requestFor(key: string, route: RouteDoc) {
  const path = route.path
    .replace(':customerId', customerId)
    .replace(':memberId', 'mem-priya')
    .replace(/:(\w+)/g, 'placeholder-1');
  const body =
    route.body === undefined
      ? undefined
      : (VALID_BODIES[key] ?? exampleFor('', jsonSchemaOf(route.body)));
  return { path, body };
}

describe('every role against every action of SPEC §2, through the API', () => {
  it('the table names every action and every route it names exists', () => {
    expect(Object.keys(ACTION_ROUTES).sort()).toEqual([...ACTIONS].sort());
    const missing = Object.values(ACTION_ROUTES)
      .flat()
      .filter((key) => !routes.has(key));
    expect(missing).toEqual([]);
  });

  const rows = ACTIONS.flatMap((action) =>
    ACTION_ROUTES[action].flatMap((key) =>
      (Object.keys(MEMBERS) as Role[]).map((role) => ({
        action,
        key,
        role,
        allowed: can(role, action).ok,
      })),
    ),
  );

  it.each(rows)('$role → $action ($key): allowed $allowed', async ({ key, role, allowed }) => {
    const route = routes.get(key);
    if (!route) return; // reported by the coverage test above
    const { path, body } = requestFor(key, route);
    const before = await harness.counts();
    const answer = await harness.request(route.method, path, {
      token: tokens[role],
      body,
      version: 1,
    });
    if (allowed) {
      expect(answer.status, JSON.stringify(answer.body)).not.toBe(403);
    } else {
      expect(answer.status, JSON.stringify(answer.body)).toBe(403);
      expect((answer.body as { code: string }).code).toBe('FORBIDDEN');
      expect(await harness.counts()).toEqual(before);
    }
  });
});
