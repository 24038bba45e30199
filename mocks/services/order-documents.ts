import { addDays, type CalendarDate } from '@/domain/calendar-date';
import type { CurrencyCode } from '@/domain/money';
import type { PricedLine } from '@/domain/pricing';
import type { InvoiceRecord, OrderLineRecord, OrderRecord, OrderType } from '../db/records';
import { idOf } from './sequences';

export interface OrderDocumentsInput {
  orderNumber: string;
  invoiceNumber: string;
  customerId: string;
  currencyCode: CurrencyCode;
  orderType: OrderType;
  referenceOrderId?: string | null | undefined;
  purchaseAuthorizationId?: string | null | undefined;
  /**
   * Priced lines with the subscription each one changes. On a RETURN, `amountMinor` is the
   * credit (negative) and `quantity` the seats returned (positive).
   */
  lines: readonly (PricedLine & { subscriptionId: string })[];
  date: CalendarDate;
  /** The instant (ISO) it is placed. */
  createdAt: string;
  createdBy: string;
  paymentTermDays: number;
  offerName: (offerId: string) => string;
}

/**
 * An order and its invoice (a credit note for a return, settled at once: there is nothing to
 * pay), with the same lines and total. Shared by the services and the seed, so seeded history
 * looks exactly like history made through the API.
 */
export function orderDocuments(input: OrderDocumentsInput): {
  order: OrderRecord;
  invoice: InvoiceRecord;
} {
  const lineItems: OrderLineRecord[] = input.lines.map((line, index) => ({
    lineNumber: index + 1,
    offerId: line.offerId,
    subscriptionId: line.subscriptionId,
    quantity: line.quantity,
    returnedQuantity: 0,
    volumeLevel: line.volumeLevel,
    unitPriceMinor: line.unitPriceMinor,
    prorationUnits: line.prorationUnits,
    amountMinor: line.amountMinor,
  }));
  const totalMinor = lineItems.reduce((sum, line) => sum + line.amountMinor, 0);
  const order: OrderRecord = {
    id: idOf(input.orderNumber),
    number: input.orderNumber,
    customerId: input.customerId,
    orderType: input.orderType,
    referenceOrderId: input.referenceOrderId ?? null,
    purchaseAuthorizationId: input.purchaseAuthorizationId ?? null,
    currencyCode: input.currencyCode,
    lineItems,
    totalMinor,
    creationDate: input.date,
    createdAt: input.createdAt,
    createdBy: input.createdBy,
    status: 'COMPLETE',
    version: 1,
  };
  const credit = input.orderType === 'RETURN';
  const invoice: InvoiceRecord = {
    id: idOf(input.invoiceNumber),
    number: input.invoiceNumber,
    customerId: input.customerId,
    orderId: order.id,
    kind: credit ? 'CREDIT_NOTE' : 'INVOICE',
    currencyCode: input.currencyCode,
    lines: lineItems.map((line) => ({
      description: input.offerName(line.offerId),
      offerId: line.offerId,
      quantity: line.quantity,
      amountMinor: line.amountMinor,
    })),
    totalMinor,
    issueDate: input.date,
    dueDate: addDays(input.date, input.paymentTermDays),
    paidDate: credit ? input.date : null,
    paymentMethodId: null,
    version: 1,
  };
  return { order, invoice };
}
