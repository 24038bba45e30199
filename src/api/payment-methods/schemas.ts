import { z } from 'zod';
import {
  CARD_BRANDS,
  CARD_NUMBER_INPUT_MAX_LENGTH,
  HOLDER_NAME_MAX_LENGTH,
} from '@/domain/payment-card';
import { CurrencyCodeSchema, IdSchema, PlainTextSchema } from '../common/schemas';

export const CardBrandSchema = z.enum(CARD_BRANDS);

/** A stored card: brand, last four digits and expiry only, never the number or the CVC. */
export const PaymentMethodSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  type: z.literal('CARD'),
  card: z.object({
    brand: CardBrandSchema,
    last4: z.string().regex(/^\d{4}$/),
    expiryMonth: z.number().int().min(1).max(12),
    expiryYear: z.number().int(),
    holderName: z.string(),
  }),
  /** The card invoices are paid with unless another is chosen; exactly one while any exist. */
  isDefault: z.boolean(),
  /** Its expiry month is before the business date's month: it cannot pay. */
  expired: z.boolean(),
  version: z.number().int().positive(),
});
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/**
 * What the payer quotes so the payment finds its invoice: the invoice number, as the bank
 * transfer's reference or on the check's memo line.
 */
const ReferenceSchema = z.literal('INVOICE_NUMBER');

/** The national code that routes a domestic transfer to the bank, where one is used. */
export const LocalBankCodeSchema = z.object({
  type: z.enum(['ABA_ROUTING', 'TRANSIT_INSTITUTION', 'BSB', 'SORT_CODE', 'ZENGIN']),
  value: z.string(),
});

export const BankTransferInstructionsSchema = z.object({
  currencyCode: CurrencyCodeSchema,
  bankName: z.string(),
  accountHolder: z.string(),
  /** Null where the country does not use IBANs. */
  iban: z.string().nullable(),
  bic: z.string(),
  /** The domestic account number; null where the IBAN is the account number. */
  accountNumber: z.string().nullable(),
  localBankCode: LocalBankCodeSchema.nullable(),
  reference: ReferenceSchema,
});
export type BankTransferInstructions = z.infer<typeof BankTransferInstructionsSchema>;

export const CheckInstructionsSchema = z.object({
  currencyCode: CurrencyCodeSchema,
  payableTo: z.string(),
  /** The address lines, in the order they are written on the envelope. */
  mailingAddress: z.array(z.string()).min(1),
  reference: ReferenceSchema,
});
export type CheckInstructions = z.infer<typeof CheckInstructionsSchema>;

/** Ways to pay without a card (SPEC §4 "payment"): how, in the customer's currency. */
export const OfflinePaymentOptionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('BANK_TRANSFER'), instructions: BankTransferInstructionsSchema }),
  z.object({ type: z.literal('CHECK'), instructions: CheckInstructionsSchema }),
]);
export type OfflinePaymentOption = z.infer<typeof OfflinePaymentOptionSchema>;

export const PaymentMethodListSchema = z.object({
  /** The customer's cards, the default first. */
  items: z.array(PaymentMethodSchema),
  offline: z.array(OfflinePaymentOptionSchema),
});
export type PaymentMethodList = z.infer<typeof PaymentMethodListSchema>;

/**
 * Adding a card. The schema checks the shape; `validateCard` (domain/payment-card) then checks
 * the card itself (network, length, Luhn, expiry, CVC), and the backend answers its issues as
 * VALIDATION naming the field. The number and CVC are never stored.
 */
export const AddCardRequestSchema = z.strictObject({
  /** Digits, with spaces or dashes between groups if typed so. */
  number: z
    .string()
    .min(1)
    .max(CARD_NUMBER_INPUT_MAX_LENGTH)
    .regex(/^[\d -]+$/),
  expiryMonth: z.number().int().min(1).max(12),
  expiryYear: z.number().int().min(2000).max(2100),
  cvc: z.string().regex(/^\d{3,4}$/),
  holderName: PlainTextSchema.trim().min(1).max(HOLDER_NAME_MAX_LENGTH),
  /** Make it the default card (the first card always is). */
  makeDefault: z.boolean().optional(),
});
export type AddCardRequest = z.infer<typeof AddCardRequestSchema>;
