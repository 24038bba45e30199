import fc from 'fast-check';

/** Who acts: the operation is tried by this role's demo member (forbidden ones must change nothing). */
export const ACTORS = ['mem-alva', 'mem-jonas', 'mem-erik', 'mem-grace'] as const;

/** An injected failure around one request (SPEC §11 "fault injection"). */
export type Fault = 'none' | 'lost' | 'network' | 'unavailable';

export type Op =
  | { kind: 'createPa'; pick: number; offers: number[]; quantity: number; enterprise: boolean }
  | { kind: 'editPa'; pick: number }
  | { kind: 'withdrawPa'; pick: number }
  | { kind: 'placeOrder'; pick: number }
  | { kind: 'returnOrder'; pick: number; quantity: number }
  | { kind: 'renew'; pick: number; delta: number }
  | { kind: 'autoRenew'; pick: number; enabled: boolean }
  | { kind: 'addSeats'; pick: number; quantity: number }
  | { kind: 'reduce'; pick: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'undoChange'; pick: number }
  | { kind: 'assign'; pick: number }
  | { kind: 'unassign'; pick: number }
  | { kind: 'pay'; pick: number }
  | { kind: 'stale'; pick: number }
  | { kind: 'moveClock'; days: number };

export interface Step {
  op: Op;
  actor: (typeof ACTORS)[number];
  fault: Fault;
}

const pick = fc.nat({ max: 10_000 });

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('createPa' as const),
      pick,
      offers: fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 3 }),
      quantity: fc.integer({ min: 1, max: 60 }),
      enterprise: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editPa' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdrawPa' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('placeOrder' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('returnOrder' as const),
      pick,
      quantity: fc.integer({ min: 1, max: 30 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('renew' as const),
      pick,
      delta: fc.integer({ min: -5, max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('autoRenew' as const), pick, enabled: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addSeats' as const),
      pick,
      quantity: fc.integer({ min: 1, max: 40 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reduce' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undoChange' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('assign' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unassign' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('moveClock' as const),
      days: fc.integer({ min: 1, max: 45 }),
    }),
  },
);

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  op: opArbitrary,
  // Mostly the administrator, so that most operations get as far as the rules; the others
  // check that roles and scope refuse without changing anything.
  actor: fc.oneof(
    { weight: 10, arbitrary: fc.constant(ACTORS[0]) },
    { weight: 4, arbitrary: fc.constant(ACTORS[1]) },
    { weight: 3, arbitrary: fc.constant(ACTORS[2]) },
    { weight: 2, arbitrary: fc.constant(ACTORS[3]) },
  ),
  fault: fc.oneof(
    { weight: 12, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constant('lost' as const) },
    { weight: 1, arbitrary: fc.constant('network' as const) },
    { weight: 1, arbitrary: fc.constant('unavailable' as const) },
  ),
});
