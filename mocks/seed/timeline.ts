import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import type {
  LicenseType,
  OfferRecord,
  OrderRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import { idOf } from '../services/sequences';
import { placeNewOrder, placeRenewalOrder, placeReturnOrder, type OrderBook } from './orders';
import type { CustomerSeedContext } from './types';

export interface Line {
  offer: OfferRecord;
  quantity: number;
}

/** Order of things on one day: the renewal opens it, then PAs, orders, withdrawals, returns. */
export const RANK = { renewal: -1, created: 0, ordered: 1, withdrawn: 2, returned: 3 } as const;

/**
 * A customer's events, planned with their dates and then replayed in date order (stable for
 * equal dates and ranks), so that every quantity and price follows from what happened before,
 * as the services would have done it on that day (the brief's shared semantics).
 */
export class Timeline {
  private readonly subscriptions = new Map<string, SubscriptionRecord>();
  private readonly authorizations: PurchaseAuthorizationRecord[] = [];
  private readonly steps: { date: CalendarDate; rank: number; run: () => void }[] = [];

  constructor(
    private readonly ctx: CustomerSeedContext,
    private readonly customer: {
      id: string;
      coterm: CalendarDate;
      licenseType: LicenseType;
      accountManagerId: string;
    },
    private readonly book: OrderBook,
  ) {}

  at(date: CalendarDate, rank: number, run: () => void): void {
    this.steps.push({ date, rank, run });
  }

  /** Replays the planned steps; answers the subscriptions and PAs they left. */
  run() {
    this.steps.sort((a, b) => compareDates(a.date, b.date) || a.rank - b.rank);
    for (const step of this.steps) step.run();
    return {
      subscriptions: [...this.subscriptions.values()],
      purchaseAuthorizations: this.authorizations,
    };
  }

  /** Seats the customer holds now (in the replay). */
  private held(): number {
    let sum = 0;
    for (const sub of this.subscriptions.values()) sum += sub.currentQuantity;
    return sum;
  }

  /** The customer's subscription of an offer, created with the first seats of it. */
  subscriptionFor(offer: OfferRecord, date: CalendarDate): SubscriptionRecord {
    let sub = this.subscriptions.get(offer.id);
    if (!sub) {
      sub = {
        id: `sub-${this.customer.id.slice(4)}-${String(this.subscriptions.size + 1)}`,
        customerId: this.customer.id,
        offerId: offer.id,
        currentQuantity: 0,
        usedQuantity: 0,
        creationDate: date,
        renewalDate: this.customer.coterm,
        autoRenewal: { enabled: this.ctx.random.chance(0.6), renewalQuantity: 0 },
        status: 'ACTIVE',
        scheduledChange: null,
        version: 1,
      };
      this.subscriptions.set(offer.id, sub);
    }
    return sub;
  }

  /** A PA created `date`: its seats are deployable at once (SPEC §3). */
  createPa(date: CalendarDate, lines: readonly Line[], createdBy: string) {
    const { random, numbers } = this.ctx;
    const number = numbers.next('purchaseAuthorization');
    const pa: PurchaseAuthorizationRecord = {
      id: idOf(number),
      number,
      customerId: this.customer.id,
      licenseType: this.customer.licenseType,
      deploymentDate: date,
      lineItems: lines.map((line) => ({ offerId: line.offer.id, quantity: line.quantity })),
      poNumber: random.chance(0.6) ? `PO-${date.slice(0, 4)}-${random.int(10000, 99999)}` : null,
      creationDate: date,
      // Given its instant with the customer's activity (customers.ts, timeActivity).
      createdAt: `${date}T00:00:00.000Z`,
      createdBy,
      status: 'PENDING',
      orderId: null,
      version: 1,
    };
    for (const line of lines)
      this.subscriptionFor(line.offer, date).currentQuantity += line.quantity;
    this.authorizations.push(pa);
    this.book.activity.push({
      date,
      actorId: createdBy,
      action: 'authorization.created',
      subject: { type: 'purchaseAuthorization', id: pa.id, label: number },
      // As services/authorizations.ts logs a new PA (its seat changes left out).
      changes: [
        { field: 'status', from: null, to: 'PENDING' },
        { field: 'lineItems', from: null, to: pa.lineItems },
        ...(pa.poNumber === null ? [] : [{ field: 'poNumber', from: null, to: pa.poNumber }]),
      ],
      moneyEffect: null,
    });
    return pa;
  }

  /**
   * Places the PA's NEW order (an account manager: orders.place), as services/orders.ts does:
   * from the PA's start to the anniversary, at the level the seats without this PA's plus the
   * order reach.
   */
  orderPa(pa: PurchaseAuthorizationRecord, date: CalendarDate, anniversary: CalendarDate) {
    const lines = pa.lineItems.map((line) => ({
      offerId: line.offerId,
      quantity: line.quantity,
      subscriptionId: this.subscriptions.get(line.offerId)?.id ?? '',
    }));
    const own = lines.reduce((sum, line) => sum + line.quantity, 0);
    const order = placeNewOrder(this.ctx, this.book, {
      date,
      createdBy: this.customer.accountManagerId,
      purchaseAuthorizationId: pa.id,
      lines,
      licencesBefore: Math.max(0, this.held() - own),
      start: pa.creationDate,
      anniversary,
    });
    pa.status = 'ORDERED';
    pa.orderId = order.id;
    return order;
  }

  /** The PA withdrawn: its seats leave the subscriptions. */
  withdraw(pa: PurchaseAuthorizationRecord, date: CalendarDate): void {
    pa.status = 'WITHDRAWN';
    for (const line of pa.lineItems) {
      const sub = this.subscriptions.get(line.offerId);
      if (sub) sub.currentQuantity -= line.quantity;
    }
    this.book.activity.push({
      date,
      actorId: this.customer.accountManagerId,
      action: 'authorization.withdrawn',
      subject: { type: 'purchaseAuthorization', id: pa.id, label: pa.number },
      changes: [{ field: 'status', from: 'PENDING', to: 'WITHDRAWN' }],
      moneyEffect: null,
    });
  }

  /** Every subscription renewed at its seats: by the system when all of them auto-renew. */
  renew(date: CalendarDate): void {
    const subs = [...this.subscriptions.values()].filter((s) => s.currentQuantity > 0);
    placeRenewalOrder(this.ctx, this.book, {
      date,
      createdBy: subs.every((s) => s.autoRenewal.enabled)
        ? 'system'
        : this.customer.accountManagerId,
      lines: subs.map((s) => ({
        offerId: s.offerId,
        quantity: s.currentQuantity,
        subscriptionId: s.id,
      })),
    });
  }

  /** Returns part of one line of the order, never the last seat of its subscription. */
  returnPart(order: OrderRecord | null, date: CalendarDate): void {
    if (!order) return;
    const index = order.lineItems.findIndex((line) => line.quantity >= 2);
    const line = order.lineItems[index];
    const sub = line && this.subscriptions.get(line.offerId);
    if (!line || !sub || sub.currentQuantity < 2) return;
    const quantity = this.ctx.random.int(1, Math.min(line.quantity - 1, sub.currentQuantity - 1));
    placeReturnOrder(
      this.ctx,
      this.book,
      { date, createdBy: this.customer.accountManagerId, original: order, lineIndex: index },
      quantity,
    );
    sub.currentQuantity -= quantity;
  }
}
