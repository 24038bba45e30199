import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_STAGES,
  RENEWAL_SORTS,
  RenewalListQuerySchema,
  type RenewalItem,
  type RenewalListQuery,
  type RenewalPage,
} from '@/api/renewals/schemas';
import { memberName } from '@/api/team/schemas';
import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { can, isCustomerInScope } from '@/domain/permissions';
import { priceRenewal } from '@/domain/pricing';
import { renewalStage } from '@/domain/renewal-stage';
import { daysLeftOf, licencesAfterRenewal, suggestedRenewalQuantity } from '@/domain/renewals';
import { DEFAULT_RULES, type Rules } from '@/domain/rules';
import { licencesHeld, subscriptionState } from '@/domain/subscription-term';
import type {
  CustomerRecord,
  MemberRecord,
  OfferRecord,
  ScheduledChangeRecord,
  SubscriptionRecord,
} from '../db/records';
import { DexieStore } from '../db/dexie-store';
import { MemoryStore } from '../db/memory-store';
import type { Store } from '../db/store';
import { seedOffers } from '../seed/offers';
import { seedTeam } from '../seed/team';
import { ApiHarness } from '../testing/harness';
import { listRenewals } from './renewals';

/**
 * GET /renewals answers from the store's renewal index (filter, sort, count and page without a
 * scan). Here it must give exactly what the plain reading of SPEC §5.6 gives, written out below
 * over every subscription with the same domain rules: same items in the same order, same total,
 * for random queries, business dates, members, and edits the index has to follow (renames to
 * names that compare equal, reassignments, new anniversaries, quantities, scheduled changes,
 * new and deleted subscriptions).
 */
const RUNS = Number(process.env.RENEWALS_RUNS ?? 40);

const MEMBERS = ['mem-alva', 'mem-jonas', 'mem-camille', 'mem-erik', 'mem-sophie', 'mem-grace'];
/** Names the collator holds equal (case and accents aside), and some that differ. */
const NAMES = ['Acme', 'ACME', 'Ācme', 'acme', 'Acme AB', 'Zeta', 'zeta', 'Älg', 'Alg', 'Bravo'];

interface State {
  today: CalendarDate;
  customers: readonly CustomerRecord[];
  subscriptions: readonly SubscriptionRecord[];
  offers: readonly OfferRecord[];
}

/** The overview as SPEC §5.6 reads: every subscription, filtered, sorted, paged. */
function reference(
  state: State,
  members: readonly MemberRecord[],
  actor: MemberRecord,
  rules: Rules,
  query: RenewalListQuery,
): RenewalPage {
  const { today } = state;
  const customers = new Map(state.customers.map((c) => [c.id, c]));
  const offers = new Map(state.offers.map((o) => [o.id, o]));
  const stages: readonly string[] = OVERVIEW_STAGES;
  const rows: {
    record: SubscriptionRecord;
    customer: CustomerRecord;
    stage: RenewalItem['stage'];
    daysLeft: number;
  }[] = [];
  for (const record of state.subscriptions) {
    const customer = customers.get(record.customerId);
    if (!customer || !isCustomerInScope(actor, customer)) continue;
    const mine = customer.accountManagerId === actor.id || customer.salesRepId === actor.id;
    if (query.managedByMe === true && !mine) continue;
    if (
      query.accountManagerId !== undefined &&
      customer.accountManagerId !== query.accountManagerId
    )
      continue;
    if (query.customerId !== undefined && customer.id !== query.customerId) continue;
    if (query.offerId !== undefined && record.offerId !== query.offerId) continue;
    if (record.currentQuantity < 1) continue;
    if (subscriptionState(record, today, rules) !== 'ACTIVE') continue;
    const stage = renewalStage(record.renewalDate, today, rules);
    if (!stages.includes(stage)) continue;
    const overviewStage = stage as RenewalItem['stage'];
    const daysLeft = daysLeftOf(record, today);
    if (query.stage && query.stage.length > 0 && !query.stage.includes(overviewStage)) continue;
    if (query.inGrace !== undefined && (stage === 'GRACE') !== query.inGrace) continue;
    if (query.window !== undefined && (daysLeft < 0 || daysLeft > query.window)) continue;
    rows.push({ record, customer, stage: overviewStage, daysLeft });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    collator.compare(a.customer.companyName, b.customer.companyName) ||
    a.record.id.localeCompare(b.record.id);
  rows.sort((a, b) => {
    if (query.sort === 'customerName') return byName(a, b) || a.daysLeft - b.daysLeft;
    const days = query.sort === '-daysLeft' ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft;
    return days || byName(a, b);
  });
  const items = rows
    .slice(query.offset, query.offset + query.limit)
    .map(({ record, customer, stage, daysLeft }): RenewalItem => {
      const offer = offers.get(record.offerId);
      if (!offer) throw new Error(`No offer ${record.offerId}`);
      const live = licencesHeld(
        state.subscriptions.filter((s) => s.customerId === customer.id),
        today,
        rules,
      );
      const suggested = suggestedRenewalQuantity(record);
      const quote = priceRenewal({
        lines: [{ offerId: offer.id, quantity: suggested }],
        offers,
        currency: customer.currencyCode,
        licencesAfter: licencesAfterRenewal(live, record, suggested),
        rules,
      });
      const manager = members.find((m) => m.id === customer.accountManagerId);
      return {
        subscriptionId: record.id,
        customerId: customer.id,
        companyName: customer.companyName,
        vipId: customer.vipId,
        offerId: offer.id,
        offerName: offer.name,
        currentQuantity: record.currentQuantity,
        usedQuantity: record.usedQuantity,
        renewalDate: record.renewalDate,
        daysLeft,
        stage,
        suggestedQuantity: suggested,
        suggestedVolumeLevel: quote.volumeLevel,
        estimatedPrice: quote.total,
        autoRenewal: record.autoRenewal,
        scheduledChange: record.scheduledChange,
        accountManager: {
          id: customer.accountManagerId,
          name: manager ? memberName(manager) : customer.accountManagerId,
        },
        currencyCode: customer.currencyCode,
        subscriptionVersion: record.version,
      };
    });
  return { items, totalCount: rows.length, limit: query.limit, offset: query.offset };
}

type ValueOf<A> = A extends fc.Arbitrary<infer Value> ? Value : never;

const pick = fc.nat({ max: 10_000 });
/** Mostly absent: filters combined at random would otherwise leave almost every page empty. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const queryArbitrary = fc.record({
  as: fc.constantFrom(...MEMBERS),
  window: maybe(fc.constantFrom('30', '60', '90')),
  inGrace: maybe(fc.constantFrom('true', 'false')),
  stage: maybe(fc.subarray([...OVERVIEW_STAGES]).map((stages) => stages.join(','))),
  accountManagerId: maybe(fc.constantFrom(...MEMBERS, 'mem-nobody')),
  /** An offer some subscription has; -1: one nobody has. */
  offer: maybe(fc.integer({ min: -1, max: 10_000 })),
  managedByMe: maybe(fc.constantFrom('true', 'false')),
  /** A customer with subscriptions; -1: one that does not exist. */
  customer: maybe(fc.integer({ min: -1, max: 10_000 })),
  sort: fc.constantFrom(undefined, ...RENEWAL_SORTS),
  limit: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(1000)),
  offset: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) },
  ),
});
type QueryStep = ValueOf<typeof queryArbitrary>;

type Edit =
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'assign'; pick: number; manager: string; rep: string }
  | { kind: 'redate'; pick: number; days: number }
  | { kind: 'quantity'; pick: number; zero: boolean }
  | { kind: 'change'; pick: number; type: ScheduledChangeRecord['type'] | null }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; offer: number; days: number };

/** Days from today: mostly on the stage boundaries, so that many share an anniversary. */
const days = fc.oneof(
  fc.constantFrom(-31, -30, -29, -1, 0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 91),
  fc.integer({ min: -45, max: 100 }),
);

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), pick, name: fc.constantFrom(...NAMES) }),
  fc.record({
    kind: fc.constant('assign' as const),
    pick,
    manager: fc.constantFrom(...MEMBERS),
    rep: fc.constantFrom(...MEMBERS),
  }),
  fc.record({
    kind: fc.constant('redate' as const),
    pick,
    days,
  }),
  fc.record({ kind: fc.constant('quantity' as const), pick, zero: fc.boolean() }),
  fc.record({
    kind: fc.constant('change' as const),
    pick,
    type: fc.constantFrom('REDUCTION' as const, 'CANCELLATION' as const, null),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({
    kind: fc.constant('add' as const),
    pick,
    offer: pick,
    days,
  }),
);

type Step =
  | { kind: 'query'; query: QueryStep }
  | { kind: 'clock'; days: number }
  | { kind: 'edit'; edit: Edit };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: queryArbitrary.map((query) => ({ kind: 'query' as const, query })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -200, max: 400 })
      .map((days) => ({ kind: 'clock' as const, days })),
  },
  { weight: 3, arbitrary: editArbitrary.map((edit) => ({ kind: 'edit' as const, edit })) },
);

const at = <T>(rows: readonly T[], index: number): T | undefined =>
  rows.length === 0 ? undefined : rows[index % rows.length];

let added = 0;
async function applyEdit(harness: ApiHarness, edit: Edit): Promise<void> {
  const today = await harness.backend.today();
  await harness.write(async (tx) => {
    const customers = await tx.customers.all();
    const subscriptions = await tx.subscriptions.all();
    const offers = await tx.offers.all();
    // Edits of customers aim at those the overview shows, where a stale index would show.
    const shown = new Set(
      subscriptions
        .filter((s) => s.renewalDate >= addDays(today, -30) && s.renewalDate <= addDays(today, 90))
        .map((s) => s.customerId),
    );
    const customer =
      at(
        customers.filter((c) => shown.has(c.id)),
        edit.pick,
      ) ?? at(customers, edit.pick);
    const subscription = at(subscriptions, edit.pick);
    switch (edit.kind) {
      case 'rename':
        if (customer) await tx.customers.put({ ...customer, companyName: edit.name });
        return;
      case 'assign':
        if (customer) {
          await tx.customers.put({
            ...customer,
            accountManagerId: edit.manager,
            salesRepId: edit.rep,
          });
        }
        return;
      case 'redate':
        if (subscription) {
          await tx.subscriptions.put({
            ...subscription,
            renewalDate: addDays(today, edit.days),
          });
        }
        return;
      case 'quantity':
        if (subscription) {
          const quantity = edit.zero ? 0 : subscription.usedQuantity + 3;
          await tx.subscriptions.put({
            ...subscription,
            currentQuantity: quantity,
            usedQuantity: Math.min(subscription.usedQuantity, quantity),
          });
        }
        return;
      case 'change':
        if (subscription) {
          const effectiveDate = subscription.renewalDate;
          await tx.subscriptions.put({
            ...subscription,
            scheduledChange:
              edit.type === null
                ? null
                : edit.type === 'CANCELLATION'
                  ? { type: 'CANCELLATION', effectiveDate }
                  : {
                      type: 'REDUCTION',
                      effectiveDate,
                      renewalQuantity: Math.max(1, subscription.usedQuantity),
                    },
          });
        }
        return;
      case 'delete':
        if (subscription) await tx.subscriptions.delete(subscription.id);
        return;
      case 'add': {
        const offer = at(offers, edit.offer);
        if (!customer || !offer) return;
        added += 1;
        const renewalDate = addDays(today, edit.days);
        await tx.subscriptions.put({
          id: `sub-prop-${String(added)}`,
          customerId: customer.id,
          offerId: offer.id,
          currentQuantity: 5,
          usedQuantity: 0,
          creationDate: addDays(renewalDate, -365),
          renewalDate,
          autoRenewal: { enabled: true, renewalQuantity: 5 },
          status: 'ACTIVE',
          scheduledChange: null,
          version: 1,
        });
        return;
      }
    }
  });
}

function toQuery(step: QueryStep, state: State): Record<string, string> {
  const query: Record<string, string> = {
    limit: String(step.limit),
    offset: String(step.offset),
  };
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) query[key] = value;
  };
  set('window', step.window);
  set('inGrace', step.inGrace);
  set('stage', step.stage);
  set('accountManagerId', step.accountManagerId);
  set('managedByMe', step.managedByMe);
  set('sort', step.sort);
  if (step.offer !== undefined) {
    const offerIds = [...new Set(state.subscriptions.map((s) => s.offerId))].sort();
    set('offerId', step.offer < 0 ? 'off-nobody' : at(offerIds, step.offer));
  }
  if (step.customer !== undefined) {
    const customerIds = [...new Set(state.subscriptions.map((s) => s.customerId))].sort();
    set('customerId', step.customer < 0 ? 'cus-nobody' : at(customerIds, step.customer));
  }
  return query;
}

const seeded = await ApiHarness.create();
const tokens = new Map<string, string>();
for (const id of MEMBERS) tokens.set(id, await seeded.signIn(id));
const members = await seeded.read((tx) => tx.members.all());
const start = await seeded.backend.today();

const tally = { queries: 0, nonEmpty: 0, rows: 0 };

describe('GET /renewals answers as the plain reading of SPEC §5.6', () => {
  it(`agrees with the reference over ${String(RUNS)} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 4, maxLength: 16 }), async (steps) => {
        const harness = await ApiHarness.create({ from: seeded });
        for (const step of steps) {
          if (step.kind === 'clock') {
            await harness.setBusinessDate(addDays(start, step.days));
            continue;
          }
          if (step.kind === 'edit') {
            await applyEdit(harness, step.edit);
            continue;
          }
          const before = await harness.snapshot();
          const query = toQuery(step.query, before);
          const actor = members.find((m) => m.id === step.query.as);
          if (!actor) throw new Error(step.query.as);
          const answer = await harness.request('GET', '/renewals', {
            token: tokens.get(actor.id) ?? null,
            query,
          });
          if (!can(actor.role, 'renewals.view').ok) {
            expect(answer.status).toBe(403);
            continue;
          }
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          // Read after the request: scheduled work it ran is what it answered from.
          const state = await harness.snapshot();
          const expected = reference(
            state,
            members,
            actor,
            harness.backend.rules,
            RenewalListQuerySchema.parse(query),
          );
          tally.queries += 1;
          tally.rows += expected.items.length;
          if (expected.totalCount > 0) tally.nonEmpty += 1;
          expect(answer.body, `${actor.id} ${JSON.stringify(query)} on ${state.today}`).toEqual(
            JSON.parse(JSON.stringify(expected)),
          );
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `renewals query: ${String(tally.queries)} queries compared, ${String(tally.nonEmpty)} ` +
        `with rows, ${String(tally.rows)} rows in all`,
    );
    // A comparison of empty pages only would prove little.
    expect(tally.nonEmpty).toBeGreaterThan(tally.queries / 4);
  }, 300_000);
});

/**
 * The same comparison on dense data straight through the service: a few customers whose names
 * mostly compare equal, many subscriptions on a few anniversaries (one customer often several on
 * one date), cancellations and zero quantities among them, queried, edited, queried again.
 */
const DENSE_TODAY = '2026-11-23';
const denseOffers = seedOffers()
  .filter((o) => o.licenseType === 'TEAM' && !o.educationDevice && !o.addOn)
  .slice(0, 4);
const team = seedTeam();

const denseCustomer = fc.record({
  name: fc.constantFrom(...NAMES),
  manager: fc.constantFrom(...MEMBERS),
  rep: fc.constantFrom(...MEMBERS),
});
const denseSubscription = fc.record({
  customer: pick,
  offer: pick,
  days,
  quantity: fc.constantFrom(0, 1, 5, 12),
  change: fc.constantFrom(null, 'REDUCTION' as const, 'CANCELLATION' as const),
});

function denseRecords(
  customers: ValueOf<typeof denseCustomer>[],
  subscriptions: ValueOf<typeof denseSubscription>[],
) {
  const customerRows = customers.map((c, i): CustomerRecord => ({
    id: `cus-dense-${String(i)}`,
    vipId: String(4_000_000_000 + i),
    companyName: c.name,
    marketSegment: 'COM',
    marketSubSegments: [],
    countryCode: 'SE',
    currencyCode: 'SEK',
    contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann@dense.example' },
    accountManagerId: c.manager,
    salesRepId: c.rep,
    creationDate: '2024-01-01',
    cotermDate: null,
    invitationAccepted: true,
    oldestPendingPaCreationDate: null,
    renewingSubscriptionCount: 0,
    subscriptionCount: 0,
    totalLicences: 0,
    poNumbers: [],
    version: 1,
  }));
  const subscriptionRows = subscriptions.map((s, i): SubscriptionRecord => {
    const renewalDate = addDays(DENSE_TODAY, s.days);
    const offer = at(denseOffers, s.offer) as OfferRecord;
    return {
      // IDs out of step with the order they are stored in.
      id: `sub-dense-${String((i * 7919) % 10_007)}`,
      customerId: `cus-dense-${String(s.customer % customers.length)}`,
      offerId: offer.id,
      currentQuantity: s.quantity,
      usedQuantity: 0,
      creationDate: addDays(renewalDate, -365),
      renewalDate,
      autoRenewal: { enabled: true, renewalQuantity: Math.max(1, s.quantity) },
      status: 'ACTIVE',
      scheduledChange:
        s.change === 'CANCELLATION'
          ? { type: 'CANCELLATION', effectiveDate: renewalDate }
          : s.change === 'REDUCTION'
            ? { type: 'REDUCTION', renewalQuantity: 1, effectiveDate: renewalDate }
            : null,
      version: 1,
    };
  });
  return { customerRows, subscriptionRows };
}

/** Small pages near the start, so that page edges often cut through rows of equal names. */
const denseQuery = fc
  .tuple(queryArbitrary, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }))
  .map(([query, offset, limit]) => ({ ...query, offset, limit }));

const denseTally = { daysLeft: 0, '-daysLeft': 0, customerName: 0 };

/**
 * The stores to compare on: memory, and IndexedDB, where a second connection (another tab)
 * makes some of the edits, so the first one has to notice and reload its index.
 */
const STORES = {
  memory: () => {
    const store = new MemoryStore();
    return Promise.resolve({ store, other: store, close: () => undefined });
  },
  indexeddb: async () => {
    dexieCount += 1;
    const name = `renewals-dense-${String(dexieCount)}`;
    const store = new DexieStore(name);
    const other = new DexieStore(name);
    await store.clear();
    return {
      store,
      other,
      close: () => {
        store.close();
        other.close();
      },
    };
  },
} satisfies Record<string, () => Promise<{ store: Store; other: Store; close: () => void }>>;
let dexieCount = 0;

describe.each(Object.keys(STORES) as (keyof typeof STORES)[])(
  'the renewal index on dense data (%s)',
  (kind) => {
    it('agrees with the reference before and after edits', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(denseCustomer, { minLength: 1, maxLength: 8 }),
          fc.array(denseSubscription, { minLength: 10, maxLength: 80, size: 'medium' }),
          fc.array(fc.tuple(denseQuery, fc.integer({ min: -40, max: 40 })), {
            minLength: 1,
            maxLength: 4,
          }),
          fc.array(fc.tuple(editArbitrary, fc.boolean()), { maxLength: 6 }),
          async (customers, subscriptions, queries, edits) => {
            const { store, other, close } = await STORES[kind]();
            const { customerRows, subscriptionRows } = denseRecords(customers, subscriptions);
            await store.write(async (tx) => {
              await tx.members.bulkPut(team);
              await tx.offers.bulkPut(denseOffers);
              await tx.customers.bulkPut(customerRows);
              await tx.subscriptions.bulkPut(subscriptionRows);
            });
            const compare = async () => {
              for (const [step, shift] of queries) {
                const today = addDays(DENSE_TODAY, shift);
                const actor = team.find((m) => m.id === step.as) as MemberRecord;
                if (!can(actor.role, 'renewals.view').ok) continue;
                const [customerRows, subscriptionRows] = await store.read((tx) =>
                  Promise.all([tx.customers.all(), tx.subscriptions.all()]),
                );
                const state: State = {
                  today,
                  customers: customerRows,
                  subscriptions: subscriptionRows,
                  offers: denseOffers,
                };
                const query = RenewalListQuerySchema.parse(toQuery(step, state));
                const answer = await store.read((tx) =>
                  listRenewals({ tx, actor, today, rules: DEFAULT_RULES, now: 0 }, query),
                );
                denseTally[query.sort] += answer.items.length > 1 ? 1 : 0;
                expect(answer, `${actor.id} ${JSON.stringify(query)} on ${today}`).toEqual(
                  reference(state, team, actor, DEFAULT_RULES, query),
                );
              }
            };
            try {
              await compare();
              for (const [edit, elsewhere] of edits) {
                await applyDenseEdit(elsewhere ? other : store, edit);
              }
              await compare();
            } finally {
              close();
            }
          },
        ),
        { numRuns: kind === 'memory' ? RUNS * 5 : RUNS, endOnFailure: true },
      );
      console.log('dense: pages of two rows or more by sort', denseTally);
    }, 300_000);
  },
);

async function applyDenseEdit(store: Store, edit: Edit): Promise<void> {
  await store.write(async (tx) => {
    const customers = await tx.customers.all();
    const subscriptions = await tx.subscriptions.all();
    const customer = at(customers, edit.pick);
    const subscription = at(subscriptions, edit.pick);
    switch (edit.kind) {
      case 'rename':
        if (customer) await tx.customers.put({ ...customer, companyName: edit.name });
        return;
      case 'assign':
        if (customer) {
          await tx.customers.put({
            ...customer,
            accountManagerId: edit.manager,
            salesRepId: edit.rep,
          });
        }
        return;
      case 'redate':
        if (subscription) {
          await tx.subscriptions.put({
            ...subscription,
            renewalDate: addDays(DENSE_TODAY, edit.days),
          });
        }
        return;
      case 'quantity':
        if (subscription) {
          await tx.subscriptions.put({ ...subscription, currentQuantity: edit.zero ? 0 : 7 });
        }
        return;
      case 'change':
        if (subscription) {
          const effectiveDate = subscription.renewalDate;
          await tx.subscriptions.put({
            ...subscription,
            scheduledChange:
              edit.type === null
                ? null
                : edit.type === 'CANCELLATION'
                  ? { type: 'CANCELLATION', effectiveDate }
                  : { type: 'REDUCTION', effectiveDate, renewalQuantity: 1 },
          });
        }
        return;
      case 'delete':
        if (subscription) await tx.subscriptions.delete(subscription.id);
        return;
      case 'add': {
        if (!customer) return;
        added += 1;
        const renewalDate = addDays(DENSE_TODAY, edit.days);
        await tx.subscriptions.put({
          id: `sub-dense-added-${String(added)}`,
          customerId: customer.id,
          offerId: (at(denseOffers, edit.offer) as OfferRecord).id,
          currentQuantity: 3,
          usedQuantity: 0,
          creationDate: addDays(renewalDate, -365),
          renewalDate,
          autoRenewal: { enabled: true, renewalQuantity: 3 },
          status: 'ACTIVE',
          scheduledChange: null,
          version: 1,
        });
        return;
      }
    }
  });
}
