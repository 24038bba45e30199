import { addDays, compareDates, type CalendarDate } from './calendar-date';
import { allowed, refused, type Decision } from './decision';
import { divideRoundHalfUp } from './money';
import { DEFAULT_RULES, type Rules } from './rules';

/**
 * Orders and returns (SPEC §3 "Order", §4 "return an order"). Every reason is a member of
 * ERROR_CODES (src/api/common/errors.ts; a test checks it).
 */
export type OrderType = 'NEW' | 'RENEWAL' | 'RETURN';

/** What the rules need of an order line. */
export interface OrderLineFacts {
  /** Seats the line charged for. */
  quantity: number;
  /** Seats of it returned since. */
  returnedQuantity: number;
  /** What the line charged, minor units (positive). */
  amountMinor: number;
}

/** What the rules need of an order. */
export interface OrderFacts {
  orderType: OrderType;
  creationDate: CalendarDate;
  lineItems: readonly OrderLineFacts[];
}

/** SPEC §4 "return an order": the last day a return is accepted (day 14 after the order). */
export function returnWindowEnds(
  order: Pick<OrderFacts, 'creationDate'>,
  rules: Rules = DEFAULT_RULES,
): CalendarDate {
  return addDays(order.creationDate, rules.returnWindowDays);
}

export type ReturnReason = 'NOT_RETURNABLE' | 'RETURN_WINDOW_CLOSED';

/**
 * An order may be returned within its window (day 14 accepted, day 15 refused); a RETURN
 * order itself, or one whose seats are all returned already, is not returnable.
 */
export function canReturn(
  order: OrderFacts,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): Decision<ReturnReason> {
  if (order.orderType === 'RETURN') return refused('NOT_RETURNABLE');
  if (order.lineItems.every((line) => line.returnedQuantity >= line.quantity)) {
    return refused('NOT_RETURNABLE');
  }
  if (compareDates(today, returnWindowEnds(order, rules)) > 0)
    return refused('RETURN_WINDOW_CLOSED');
  return allowed;
}

export type ReturnLineReason =
  'QUANTITY_OUT_OF_RANGE' | 'RETURN_QUANTITY_EXCEEDED' | 'RETURN_BELOW_ASSIGNED';

/** Seats of a line still returnable. */
export function returnableQuantity(line: Pick<OrderLineFacts, 'quantity' | 'returnedQuantity'>) {
  return Math.max(0, line.quantity - line.returnedQuantity);
}

/**
 * Returning `quantity` seats of a line (SPEC §4 "partial quantities allowed; never below seats
 * assigned"): at least one seat, at most those not yet returned, and the subscription keeps at
 * least the seats its users hold.
 */
export function canReturnLine(
  line: Pick<OrderLineFacts, 'quantity' | 'returnedQuantity'>,
  quantity: number,
  subscription: { currentQuantity: number; usedQuantity: number },
): Decision<ReturnLineReason> {
  if (!Number.isInteger(quantity) || quantity < 1) return refused('QUANTITY_OUT_OF_RANGE');
  if (quantity > returnableQuantity(line)) return refused('RETURN_QUANTITY_EXCEEDED');
  if (subscription.currentQuantity - quantity < subscription.usedQuantity) {
    return refused('RETURN_BELOW_ASSIGNED');
  }
  return allowed;
}

/**
 * The credit (negative, minor units) for returning `quantity` seats of a line: the line's
 * charge pro rata, rounded half-up. Rounded cumulatively (what all returns up to these seats
 * credit, less what earlier returns credited), so the return that takes the line's last seats
 * credits the exact remainder and the credits of a line never add up to more than its charge.
 */
export function returnCredit(line: OrderLineFacts, quantity: number): number {
  const share = (seats: number) => divideRoundHalfUp(line.amountMinor * seats, line.quantity);
  const after = line.returnedQuantity + quantity;
  const credit =
    after >= line.quantity
      ? line.amountMinor - share(line.returnedQuantity)
      : share(after) - share(line.returnedQuantity);
  return credit === 0 ? 0 : -credit;
}
