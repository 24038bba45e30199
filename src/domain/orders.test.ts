import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/common/errors';
import { addDays } from './calendar-date';
import {
  canReturn,
  canReturnLine,
  returnableQuantity,
  returnCredit,
  returnWindowEnds,
  type OrderFacts,
  type OrderLineFacts,
  type ReturnLineReason,
  type ReturnReason,
} from './orders';
import { DEFAULT_RULES, type Rules } from './rules';

const ORDERED = '2026-03-10';

function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderType: 'NEW',
    creationDate: ORDERED,
    lineItems: [{ quantity: 3, returnedQuantity: 0, amountMinor: 1000 }],
    ...overrides,
  };
}

describe('every reason is a stable error code', () => {
  it('belongs to ERROR_CODES', () => {
    const reasons: (ReturnReason | ReturnLineReason)[] = [
      'NOT_RETURNABLE',
      'RETURN_WINDOW_CLOSED',
      'QUANTITY_OUT_OF_RANGE',
      'RETURN_QUANTITY_EXCEEDED',
      'RETURN_BELOW_ASSIGNED',
    ];
    for (const reason of reasons) expect(ERROR_CODES).toContain(reason);
  });
});

describe('canReturn', () => {
  it('accepts a return on day 14 and refuses it on day 15', () => {
    expect(returnWindowEnds(order())).toBe('2026-03-24');
    expect(canReturn(order(), ORDERED)).toEqual({ ok: true });
    expect(canReturn(order(), addDays(ORDERED, 14))).toEqual({ ok: true });
    expect(canReturn(order(), addDays(ORDERED, 15))).toEqual({
      ok: false,
      reason: 'RETURN_WINDOW_CLOSED',
    });
  });

  it('returns NEW and RENEWAL orders, never a RETURN', () => {
    expect(canReturn(order({ orderType: 'RENEWAL' }), ORDERED)).toEqual({ ok: true });
    expect(canReturn(order({ orderType: 'RETURN' }), ORDERED)).toEqual({
      ok: false,
      reason: 'NOT_RETURNABLE',
    });
  });

  it('has nothing left to return once every seat is returned', () => {
    const done = order({ lineItems: [{ quantity: 3, returnedQuantity: 3, amountMinor: 1000 }] });
    expect(canReturn(done, ORDERED)).toEqual({ ok: false, reason: 'NOT_RETURNABLE' });
  });

  it('takes the window from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, returnWindowDays: 30 };
    expect(canReturn(order(), addDays(ORDERED, 30), rules)).toEqual({ ok: true });
    expect(canReturn(order(), addDays(ORDERED, 31), rules)).toMatchObject({
      reason: 'RETURN_WINDOW_CLOSED',
    });
  });
});

describe('canReturnLine', () => {
  const line = { quantity: 10, returnedQuantity: 4 };
  const free = { currentQuantity: 20, usedQuantity: 0 };

  it('returns 1 seat up to the seats not yet returned', () => {
    expect(returnableQuantity(line)).toBe(6);
    expect(canReturnLine(line, 0, free)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(canReturnLine(line, 1, free)).toEqual({ ok: true });
    expect(canReturnLine(line, 6, free)).toEqual({ ok: true });
    expect(canReturnLine(line, 7, free)).toEqual({
      ok: false,
      reason: 'RETURN_QUANTITY_EXCEEDED',
    });
  });

  it('never leaves fewer seats than users hold', () => {
    const busy = { currentQuantity: 20, usedQuantity: 16 };
    expect(canReturnLine(line, 4, busy)).toEqual({ ok: true });
    expect(canReturnLine(line, 5, busy)).toEqual({ ok: false, reason: 'RETURN_BELOW_ASSIGNED' });
  });
});

describe('returnCredit', () => {
  it('credits the charge pro rata, rounded half-up, as a negative amount', () => {
    const line = { quantity: 4, returnedQuantity: 0, amountMinor: 1002 };
    expect(returnCredit(line, 1)).toBe(-251); // 250.5 rounds up
    expect(returnCredit(line, 2)).toBe(-501);
    expect(returnCredit({ ...line, amountMinor: 0 }, 1)).toBe(0);
  });

  it('credits the exact remainder with the last seats', () => {
    // 1000 over 3 seats: 333.33… per seat.
    const line = { quantity: 3, returnedQuantity: 0, amountMinor: 1000 };
    const first = returnCredit(line, 1);
    expect(first).toBe(-333);
    const second = returnCredit({ ...line, returnedQuantity: 1 }, 1);
    expect(second).toBe(-334); // 667 credited for 2 seats
    const last = returnCredit({ ...line, returnedQuantity: 2 }, 1);
    expect(last).toBe(-333);
    expect(first + second + last).toBe(-1000);
    expect(returnCredit(line, 3)).toBe(-1000);
  });

  it('never credits more than the charge, whatever the split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 30 }),
        (quantity, amountMinor, parts) => {
          let line: OrderLineFacts = { quantity, returnedQuantity: 0, amountMinor };
          let credited = 0;
          for (const part of parts) {
            const seats = Math.min(part, returnableQuantity(line));
            if (seats === 0) break;
            const credit = returnCredit(line, seats);
            expect(credit).toBeLessThanOrEqual(0);
            credited += credit;
            line = { ...line, returnedQuantity: line.returnedQuantity + seats };
            expect(-credited).toBeLessThanOrEqual(amountMinor);
          }
          if (line.returnedQuantity === quantity) expect(credited + amountMinor).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
