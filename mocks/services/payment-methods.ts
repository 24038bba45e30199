import type { FieldIssue } from '@/api/common/errors';
import type {
  AddCardRequest,
  PaymentMethod,
  PaymentMethodList,
} from '@/api/payment-methods/schemas';
import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import {
  canMakeDefault,
  canRemovePaymentMethod,
  detectCardBrand,
  isCardExpired,
  lastFour,
  validateCard,
  type CardField,
  type CardIssueReason,
} from '@/domain/payment-card';
import type { ActivityRecord, PaymentMethodRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { customerInScope } from './customers';
import { enforce, notFound, validationError } from './errors';
import { offlinePaymentInstructions } from './offline-payment';

/** How a card is named in the activity log: brand and last four digits. */
export const cardLabel = (record: PaymentMethodRecord) =>
  `${record.card.brand} •••• ${record.card.last4}`;

export function toPaymentMethod(record: PaymentMethodRecord, today: CalendarDate): PaymentMethod {
  return {
    id: record.id,
    customerId: record.customerId,
    type: record.type,
    card: record.card,
    isDefault: record.isDefault,
    expired: isCardExpired(record.card, today),
    version: record.version,
  };
}

/** The default first, then oldest first. */
const byDefaultThenAge = (a: PaymentMethodRecord, b: PaymentMethodRecord) =>
  Number(b.isDefault) - Number(a.isDefault) ||
  compareDates(a.createdDate, b.createdDate) ||
  a.id.localeCompare(b.id);

export async function listPaymentMethods(
  ctx: ServiceContext,
  customerId: string,
): Promise<PaymentMethodList> {
  requirePermission(ctx, 'invoices.view');
  const customer = await customerInScope(ctx, customerId);
  const records = await ctx.tx.paymentMethods.byCustomer(customerId);
  return {
    items: records.sort(byDefaultThenAge).map((record) => toPaymentMethod(record, ctx.today)),
    offline: offlinePaymentInstructions(customer.currencyCode),
  };
}

/** The request field each card issue is answered on. */
const PATH_OF: Record<CardField, string> = {
  number: 'number',
  expiry: 'expiryMonth',
  cvc: 'cvc',
  holderName: 'holderName',
};

const MESSAGES: Record<CardIssueReason, string> = {
  CARD_NUMBER_REQUIRED: 'Enter the card number',
  CARD_NUMBER_INVALID: 'Not a valid card number',
  CARD_BRAND_UNSUPPORTED: 'Only Visa, Mastercard and American Express are accepted',
  CARD_NUMBER_LENGTH: 'The card number has the wrong number of digits',
  EXPIRY_INVALID: 'Not a valid expiry date',
  CARD_EXPIRED: 'The card has expired',
  CVC_REQUIRED: 'Enter the security code',
  CVC_INVALID: 'The security code is digits only',
  CVC_LENGTH: 'The security code has the wrong number of digits',
  HOLDER_NAME_REQUIRED: 'Enter the name on the card',
  HOLDER_NAME_TOO_LONG: 'The name on the card is too long',
  HOLDER_NAME_INVALID: 'The name on the card has characters that are not allowed',
};

/**
 * Adds a card after checking it (domain/payment-card). Only the brand, the last four digits,
 * the expiry and the holder's name are kept: never the number, never the CVC. The first card
 * becomes the default; `makeDefault` moves the default to the new card.
 */
export async function addCard(
  ctx: ServiceContext,
  customerId: string,
  input: AddCardRequest,
): Promise<PaymentMethod> {
  requirePermission(ctx, 'invoices.pay');
  await customerInScope(ctx, customerId);
  const issues = validateCard(input, ctx.today);
  const brand = detectCardBrand(input.number);
  if (issues.length > 0 || brand === null) {
    throw validationError(
      issues.map(({ field, reason }): FieldIssue => ({
        path: PATH_OF[field],
        code: reason,
        message: MESSAGES[reason],
      })),
    );
  }
  const existing = await ctx.tx.paymentMethods.byCustomer(customerId);
  const previousDefault = existing.find((method) => method.isDefault);
  const isDefault = previousDefault === undefined || input.makeDefault === true;
  const record: PaymentMethodRecord = {
    id: `pm-${crypto.randomUUID().slice(0, 8)}`,
    customerId,
    type: 'CARD',
    card: {
      brand,
      last4: lastFour(input.number),
      expiryMonth: input.expiryMonth,
      expiryYear: input.expiryYear,
      holderName: input.holderName,
    },
    isDefault,
    createdDate: ctx.today,
    version: 1,
  };
  const changes: ActivityRecord['changes'] = [{ field: 'card', from: null, to: cardLabel(record) }];
  if (isDefault && previousDefault) {
    await ctx.tx.paymentMethods.put(unsetDefault(previousDefault));
    changes.push({
      field: 'defaultPaymentMethod',
      from: cardLabel(previousDefault),
      to: cardLabel(record),
    });
  }
  await ctx.tx.paymentMethods.put(record);
  await recordActivity(ctx, {
    customerId,
    action: 'paymentMethod.added',
    subject: { type: 'paymentMethod', id: record.id, label: cardLabel(record) },
    changes,
  });
  return toPaymentMethod(record, ctx.today);
}

const unsetDefault = (record: PaymentMethodRecord): PaymentMethodRecord => ({
  ...record,
  isDefault: false,
  version: record.version + 1,
});

async function methodOf(ctx: ServiceContext, customerId: string, paymentMethodId: string) {
  const record = await ctx.tx.paymentMethods.get(paymentMethodId);
  if (record?.customerId !== customerId) throw notFound('Payment method');
  return record;
}

/** Makes a card the default; the previous default loses it (both versions move). */
export async function setDefaultPaymentMethod(
  ctx: ServiceContext,
  customerId: string,
  paymentMethodId: string,
): Promise<PaymentMethod> {
  requirePermission(ctx, 'invoices.pay');
  await customerInScope(ctx, customerId);
  const record = await methodOf(ctx, customerId, paymentMethodId);
  requireVersion(ctx, record);
  // Already the default: nothing changes, so nothing is logged.
  if (record.isDefault) return toPaymentMethod(record, ctx.today);
  enforce(canMakeDefault(record, ctx.today), { paymentMethodId });
  const all = await ctx.tx.paymentMethods.byCustomer(customerId);
  const previous = all.find((method) => method.isDefault && method.id !== record.id);
  if (previous) await ctx.tx.paymentMethods.put(unsetDefault(previous));
  const updated: PaymentMethodRecord = { ...record, isDefault: true, version: record.version + 1 };
  await ctx.tx.paymentMethods.put(updated);
  await recordActivity(ctx, {
    customerId,
    action: 'paymentMethod.defaultChanged',
    subject: { type: 'paymentMethod', id: record.id, label: cardLabel(record) },
    changes: [
      {
        field: 'defaultPaymentMethod',
        from: previous ? cardLabel(previous) : null,
        to: cardLabel(record),
      },
    ],
  });
  return toPaymentMethod(updated, ctx.today);
}

/** Removes a card other than the default (SPEC §4 "payment": set another default first). */
export async function removePaymentMethod(
  ctx: ServiceContext,
  customerId: string,
  paymentMethodId: string,
): Promise<void> {
  requirePermission(ctx, 'invoices.pay');
  await customerInScope(ctx, customerId);
  const record = await methodOf(ctx, customerId, paymentMethodId);
  requireVersion(ctx, record);
  enforce(canRemovePaymentMethod(record), { paymentMethodId });
  await ctx.tx.paymentMethods.delete(record.id);
  await recordActivity(ctx, {
    customerId,
    action: 'paymentMethod.removed',
    subject: { type: 'paymentMethod', id: record.id, label: cardLabel(record) },
    changes: [{ field: 'card', from: cardLabel(record), to: null }],
  });
}
