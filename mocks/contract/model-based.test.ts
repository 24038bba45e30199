import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, compareDates } from '@/domain/calendar-date';
import { deriveCustomerStatus } from '@/domain/customer-status';
import { ApiHarness, type HarnessResponse } from '../testing/harness';
import { businessDate } from '../services/clock';
import { planRequest, type PlannedRequest } from './model-plan';
import { stepArbitrary, type Step } from './model-ops';

/**
 * SPEC §11: random sequences of operations (with clock moves and injected failures) through
 * the backend, checking the invariants after every step: money adds up, seats never below
 * assigned, no PA for a DELAYED or SUSPENDED customer, no duplicate from a retried request,
 * every change logged, statuses match the clock.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 200);
const STEPS = Number(process.env.MODEL_STEPS ?? 50);
const tally = { sequences: 0, operations: 0, succeeded: 0, refused: 0, faults: 0, clockMoves: 0 };
/** Per operation kind: how often it succeeded and was refused. */
const byKind = new Map<string, { succeeded: number; refused: number }>();

afterAll(() => {
  console.log(
    `model-based: ${tally.sequences} sequences, ${tally.operations} operations ` +
      `(${tally.succeeded} succeeded, ${tally.refused} refused, ${tally.faults} with an injected ` +
      `failure, ${tally.clockMoves} clock moves)`,
  );
  console.log(
    [...byKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `${kind} ${n.succeeded}/${n.succeeded + n.refused}`)
      .join(', '),
  );
});

type Counts = Record<string, number>;

async function send(harness: ApiHarness, token: string, plan: PlannedRequest, key: string) {
  return harness.request(plan.method, plan.path, {
    token,
    key,
    ...(plan.body === undefined ? {} : { body: plan.body }),
    ...(plan.version === undefined ? {} : { version: plan.version }),
  });
}

/** What the current sequence did, to explain a broken invariant. */
const history: string[] = [];

async function checkInvariants(harness: ApiHarness, adminToken: string) {
  const state = await harness.snapshot();
  // Plain checks collected as messages: thousands of expect() calls per step would dominate.
  const broken: string[] = [];
  // Money adds up: lines to orders, orders to invoices, and every charge or credit is logged.
  const invoiceByOrder = new Map(state.invoices.map((invoice) => [invoice.orderId, invoice]));
  const totals = new Map<string, number>();
  for (const order of state.orders) {
    const lines = order.lineItems.reduce((sum, line) => sum + line.amountMinor, 0);
    if (lines !== order.totalMinor) broken.push(`${order.number}: lines ${lines} ≠ total`);
    if (invoiceByOrder.get(order.id)?.totalMinor !== order.totalMinor) {
      broken.push(`${order.number}: invoice total differs`);
    }
    totals.set(order.currencyCode, (totals.get(order.currencyCode) ?? 0) + order.totalMinor);
    for (const line of order.lineItems) {
      if (line.returnedQuantity > line.quantity) broken.push(`${order.number}: over-returned`);
    }
  }
  // An invoice without an order only projects a renewal still to come.
  for (const invoice of state.invoices) {
    if (invoice.orderId === null && compareDates(invoice.issueDate, state.today) <= 0) {
      broken.push(`${invoice.number}: upcoming invoice outlived its renewal date`);
    }
  }
  const logged = new Map<string, number>();
  for (const entry of state.activity) {
    if (entry.moneyEffect) {
      const { currency, amountMinor } = entry.moneyEffect;
      logged.set(currency, (logged.get(currency) ?? 0) + amountMinor);
    }
  }
  for (const currency of new Set([...totals.keys(), ...logged.keys()])) {
    if ((totals.get(currency) ?? 0) !== (logged.get(currency) ?? 0)) {
      broken.push(`${currency}: orders ${totals.get(currency)} ≠ logged ${logged.get(currency)}`);
    }
  }
  // Seats never below assigned; seats in use are the active assignments.
  const active = new Map<string, number>();
  for (const assignment of state.assignments) {
    if (assignment.active) {
      active.set(assignment.subscriptionId, (active.get(assignment.subscriptionId) ?? 0) + 1);
    }
  }
  for (const sub of state.subscriptions) {
    if (sub.usedQuantity < 0 || sub.usedQuantity > sub.currentQuantity) {
      broken.push(`${sub.id}: ${sub.usedQuantity} used of ${sub.currentQuantity}`);
    }
    if (sub.usedQuantity !== (active.get(sub.id) ?? 0)) {
      broken.push(`${sub.id}: used ${sub.usedQuantity} ≠ ${active.get(sub.id) ?? 0} assigned`);
    }
  }
  // Statuses match the clock: the facts are current, and the API derives from them.
  const pendingSince = new Map<string, string>();
  for (const pa of state.authorizations) {
    if (pa.status !== 'PENDING') continue;
    const earlier = pendingSince.get(pa.customerId);
    if (earlier === undefined || compareDates(pa.creationDate, earlier) < 0) {
      pendingSince.set(pa.customerId, pa.creationDate);
    }
  }
  const expected = new Map<string, string>();
  for (const customer of state.customers) {
    if (customer.oldestPendingPaCreationDate !== (pendingSince.get(customer.id) ?? null)) {
      broken.push(`${customer.id}: stale oldest pending PA date`);
    }
    expected.set(customer.id, deriveCustomerStatus(customer, state.today).status);
  }
  const page = await harness.request('GET', '/customers', {
    token: adminToken,
    query: { limit: '1000' },
  });
  for (const item of (page.body as { items: { id: string; status: string }[] }).items) {
    if (item.status !== expected.get(item.id)) broken.push(`${item.id}: status ${item.status}`);
  }
  expect(broken, history.slice(-6).join('\n')).toEqual([]);
}

async function runStep(
  harness: ApiHarness,
  tokens: Record<string, string>,
  step: Step,
): Promise<void> {
  tally.operations++;
  if (step.op.kind === 'moveClock') {
    tally.clockMoves++;
    const today = await harness.read((tx) => businessDate(tx, harness.backend.now()));
    await harness.setBusinessDate(addDays(today, step.op.days));
    history.push(`clock → ${addDays(today, step.op.days)}`);
    return;
  }
  const plan = await planRequest(harness, step);
  if (!plan) return;
  const token = tokens[plan.actor ?? step.actor] as string;
  const key = crypto.randomUUID();
  const before: Counts = await harness.counts();
  if (step.fault === 'network' || step.fault === 'unavailable') {
    tally.faults++;
    const settings = harness.backend.settings;
    harness.backend.settings = {
      ...settings,
      ...(step.fault === 'network' ? { networkErrorRate: 1 } : { failureRate: 1 }),
    };
    const failed = await send(harness, token, plan, key);
    harness.backend.settings = settings;
    expect(failed.status).toBe(step.fault === 'network' ? 0 : 503);
    expect(await harness.counts()).toEqual(before);
  }
  const first: HarnessResponse = await send(harness, token, plan, key);
  const after = await harness.counts();
  if (step.fault === 'lost') {
    // The answer was lost: the client retries with the same key and must get the same answer,
    // with nothing created twice.
    tally.faults++;
    const retried = await send(harness, token, plan, key);
    expect(retried).toEqual(first);
    expect(await harness.counts()).toEqual(after);
  }
  history.push(
    `${step.actor} ${plan.method} ${plan.path} ${JSON.stringify(plan.body ?? null)} ` +
      `[${step.fault}] → ${first.status} ${JSON.stringify(first.body).slice(0, 160)}`,
  );
  const ok = first.status >= 200 && first.status < 300;
  if (ok) tally.succeeded++;
  else tally.refused++;
  const kind = byKind.get(step.op.kind) ?? { succeeded: 0, refused: 0 };
  if (ok) kind.succeeded++;
  else kind.refused++;
  byKind.set(step.op.kind, kind);
  expect(first.status, JSON.stringify(first.body)).not.toBe(500);
  if (plan.expectStatus !== undefined) {
    expect(first.status, `${plan.method} ${plan.path} ${JSON.stringify(first.body)}`).toBe(
      plan.expectStatus,
    );
  }
  if (plan.mustRefuse) expect(ok, `${plan.mustRefuse}: ${JSON.stringify(first.body)}`).toBe(false);
  if (ok) {
    // Every change is logged.
    expect(after.activity ?? 0).toBeGreaterThan(before.activity ?? 0);
    if (plan.creates) expect(after[plan.creates]).toBe((before[plan.creates] ?? 0) + 1);
  } else {
    expect(after).toEqual(before);
  }
}

const seeded = await ApiHarness.create();
const tokens: Record<string, string> = {};
for (const id of ['mem-alva', 'mem-jonas', 'mem-erik', 'mem-grace']) {
  tokens[id] = await seeded.signIn(id);
}

describe('model-based: random operations keep every invariant', () => {
  it(`runs ${RUNS} sequences of ${STEPS} operations`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary, { minLength: STEPS, maxLength: STEPS }),
        async (steps) => {
          tally.sequences++;
          history.length = 0;
          // Each sequence starts from a fresh copy of the seeded data, sessions included.
          const harness = await ApiHarness.create({ from: seeded });
          const admin = tokens['mem-alva'] as string;
          for (const step of steps) {
            await runStep(harness, tokens, step);
            await checkInvariants(harness, admin);
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    // A model that never gets an operation through tests nothing about it.
    if (RUNS >= 50) {
      const never = [...byKind.entries()].filter(([, n]) => n.succeeded === 0).map(([k]) => k);
      expect(never.filter((kind) => kind !== 'stale')).toEqual([]);
    }
  }, 600_000);
});
