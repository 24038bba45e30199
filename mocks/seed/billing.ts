import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  type CalendarDate,
} from '@/domain/calendar-date';
import type { CurrencyCode } from '@/domain/money';
import { priceRenewal } from '@/domain/pricing';
import { renewalStage } from '@/domain/renewal-stage';
import { licencesAfterRenewal, suggestedRenewalQuantity } from '@/domain/renewals';
import { DEFAULT_RULES } from '@/domain/rules';
import type {
  CardBrand,
  InvoiceRecord,
  PaymentMethodRecord,
  SubscriptionRecord,
} from '../db/records';
import { idOf } from '../services/sequences';
import type { CustomerSeedContext } from './types';

/**
 * Cards on file: the brand, the last four digits and the expiry, never a full number nor a
 * security code (SPEC §4 "payment"). One or two per customer, the first the default; an
 * expiry is ahead, or now and then (a second card) already past.
 */
export function seedCards(
  ctx: CustomerSeedContext,
  customer: { id: string; creationDate: CalendarDate; holderName: string },
): PaymentMethodRecord[] {
  const { random, today } = ctx;
  const count = random.chance(0.3) ? 2 : 1;
  const since = Math.max(0, daysBetween(customer.creationDate, today));
  return Array.from({ length: count }, (_, index) => {
    const brand = random.weighted<CardBrand>([
      ['VISA', 50],
      ['MASTERCARD', 35],
      ['AMEX', 15],
    ]);
    // Only a second card may have expired: the default one pays (decided, so that an invoice
    // can always be paid with the default card; an expired card still shows).
    const expiry =
      index > 0 && random.chance(0.25)
        ? addMonths(today, -random.int(1, 18))
        : addMonths(today, random.int(1, 48));
    const created =
      index === 0
        ? addDays(customer.creationDate, random.int(0, Math.min(20, since)))
        : addDays(customer.creationDate, random.int(0, since));
    return {
      id: `pm-${customer.id.slice(4)}-${index + 1}`,
      customerId: customer.id,
      type: 'CARD',
      card: {
        brand,
        last4: String(random.int(0, 9999)).padStart(4, '0'),
        expiryMonth: Number(expiry.slice(5, 7)),
        expiryYear: Number(expiry.slice(0, 4)),
        holderName: customer.holderName,
      },
      isDefault: index === 0,
      createdDate: compareDates(created, today) > 0 ? today : created,
      version: 1,
    };
  });
}

/**
 * Whether and when each order's invoice was paid: most were, in their 30 days; some recent
 * ones not yet (UNPAID); now and then one not paid in time (OVERDUE, at most 150 days old: older
 * ones were all settled).
 * Paid by the default card when it was on file that day, else by bank transfer (no method).
 * `keepOverdue`: invoices 31–90 days old stay unpaid (a showcase customer).
 */
export function settleInvoices(
  ctx: CustomerSeedContext,
  invoices: InvoiceRecord[],
  cards: readonly PaymentMethodRecord[],
  keepOverdue: boolean,
): void {
  const { random, today } = ctx;
  const card = cards.find((c) => c.isDefault);
  const term = DEFAULT_RULES.invoicePaymentTermDays;
  for (const invoice of invoices) {
    if (invoice.kind === 'CREDIT_NOTE') continue;
    const age = daysBetween(invoice.issueDate, today);
    const paid =
      age <= term
        ? random.chance(0.35)
        : keepOverdue && age <= 90
          ? false
          : age > 150 || !random.chance(0.15);
    if (!paid) continue;
    const paidDate = addDays(invoice.issueDate, random.int(0, Math.min(age, term + 10)));
    invoice.paidDate = paidDate;
    invoice.paymentMethodId =
      card && compareDates(card.createdDate, paidDate) <= 0 ? card.id : null;
  }
}

/**
 * The renewal invoice of each auto-renewing subscription whose window is open, dated on its
 * anniversary (so UPCOMING until then), for the quantity the renewal will take and at the level
 * it reaches (domain/renewals, the same the scheduled auto-renewal uses). No order yet:
 * orderId null.
 */
export function upcomingInvoices(
  ctx: CustomerSeedContext,
  customer: { id: string; currencyCode: CurrencyCode; liveLicences: number },
  subscriptions: readonly SubscriptionRecord[],
): InvoiceRecord[] {
  const out: InvoiceRecord[] = [];
  for (const sub of subscriptions) {
    if (
      !sub.autoRenewal.enabled ||
      sub.scheduledChange?.type === 'CANCELLATION' ||
      renewalStage(sub.renewalDate, ctx.today) !== 'WINDOW_OPEN'
    ) {
      continue;
    }
    const quantity = suggestedRenewalQuantity(sub);
    if (quantity < 1) continue;
    const quote = priceRenewal({
      lines: [{ offerId: sub.offerId, quantity }],
      offers: ctx.offerById,
      currency: customer.currencyCode,
      licencesAfter: licencesAfterRenewal(customer.liveLicences, sub, quantity),
    });
    const number = ctx.numbers.next('invoice');
    out.push({
      id: idOf(number),
      number,
      customerId: customer.id,
      orderId: null,
      kind: 'INVOICE',
      currencyCode: customer.currencyCode,
      lines: quote.lines.map((line) => ({
        description: ctx.offerById.get(line.offerId)?.name ?? line.offerId,
        offerId: line.offerId,
        quantity: line.quantity,
        amountMinor: line.amountMinor,
      })),
      totalMinor: quote.total.amountMinor,
      issueDate: sub.renewalDate,
      dueDate: addDays(sub.renewalDate, DEFAULT_RULES.invoicePaymentTermDays),
      paidDate: null,
      paymentMethodId: null,
      version: 1,
    });
  }
  return out;
}
