import { z } from 'zod';
import { DEFAULT_RULES } from '@/domain/rules';
import {
  CalendarDateSchema,
  IdSchema,
  MoneySchema,
  PagingQuerySchema,
  PlainTextSchema,
  pageSchema,
} from '../common/schemas';
import { LicenseTypeSchema, VolumeLevelSchema } from '../offers/schemas';
import { MemberRefSchema } from '../team/schemas';

const rules = DEFAULT_RULES;

export const PURCHASE_AUTHORIZATION_STATUSES = [
  'PENDING',
  'ORDERED',
  'WITHDRAWN',
  'CANCELLED',
] as const;
export const PurchaseAuthorizationStatusSchema = z.enum(PURCHASE_AUTHORIZATION_STATUSES);

export const PurchaseAuthorizationLineSchema = z.object({
  offerId: IdSchema,
  offerName: z.string(),
  quantity: z.number().int().positive(),
});

/** SPEC §3 "Purchase authorization", in the vendor's vocabulary. */
export const PurchaseAuthorizationSchema = z.object({
  id: IdSchema,
  number: z.string(),
  customerId: IdSchema,
  licenseType: LicenseTypeSchema,
  deploymentDate: CalendarDateSchema,
  lineItems: z.array(PurchaseAuthorizationLineSchema).min(1),
  poNumber: z.string().nullable(),
  creationDate: CalendarDateSchema,
  /** The instant it was created: orders a day's entries, newest first. */
  createdAt: z.iso.datetime(),
  createdBy: MemberRefSchema,
  status: PurchaseAuthorizationStatusSchema,
  /** The last day to place its order (creation + 30 days). */
  orderDeadline: CalendarDateSchema,
  /** The NEW order that fulfilled it. */
  orderId: IdSchema.nullable(),
  /** Users hold seats only this pending PA provides: it cannot be withdrawn. */
  licencesAssigned: z.boolean(),
  version: z.number().int().positive(),
});
export type PurchaseAuthorization = z.infer<typeof PurchaseAuthorizationSchema>;

export const PurchaseAuthorizationPageSchema = pageSchema(PurchaseAuthorizationSchema);
export type PurchaseAuthorizationPage = z.infer<typeof PurchaseAuthorizationPageSchema>;

export const PurchaseAuthorizationListQuerySchema = PagingQuerySchema.extend({
  status: PurchaseAuthorizationStatusSchema.optional(),
});
export type PurchaseAuthorizationListQuery = z.infer<typeof PurchaseAuthorizationListQuerySchema>;

/**
 * A line as requested. The quantity's range here is the widest of the licence types; the
 * licence type's own range is a rule (422 QUANTITY_OUT_OF_RANGE), like the other line rules.
 */
export const PaLineRequestSchema = z.strictObject({
  offerId: IdSchema,
  quantity: z
    .number()
    .int()
    .min(Math.min(rules.quantityPerLine.TEAM.min, rules.quantityPerLine.ENTERPRISE.min))
    .max(Math.max(rules.quantityPerLine.TEAM.max, rules.quantityPerLine.ENTERPRISE.max)),
});

const paLines = z
  .array(PaLineRequestSchema)
  .min(rules.linesPerOrder.min)
  .max(rules.linesPerOrder.max);

/**
 * SPEC §4 "PO number": optional, ≤ 35 printable characters (no control characters; letters of
 * any script allowed). Trimmed; empty means none.
 */
export const PoNumberSchema = PlainTextSchema.trim()
  .max(rules.poNumberMaxLength)
  .transform((value) => (value === '' ? null : value));

export const CreatePurchaseAuthorizationRequestSchema = z.strictObject({
  licenseType: LicenseTypeSchema,
  /** Not before today (a rule the backend checks against its business date). */
  deploymentDate: CalendarDateSchema,
  lineItems: paLines,
  poNumber: PoNumberSchema.nullish().transform((value) => value ?? null),
});
export type CreatePurchaseAuthorizationRequest = z.infer<
  typeof CreatePurchaseAuthorizationRequestSchema
>;
export type CreatePurchaseAuthorizationInput = z.input<
  typeof CreatePurchaseAuthorizationRequestSchema
>;

/** Editing removes lines or lowers quantities (SPEC §4 "edit a PA"). */
export const EditPurchaseAuthorizationRequestSchema = z.strictObject({ lineItems: paLines });
export type EditPurchaseAuthorizationRequest = z.infer<
  typeof EditPurchaseAuthorizationRequestSchema
>;

/** The live price preview of the PA dialog (SPEC §5.4): changes nothing. */
export const PriceQuoteRequestSchema = z.strictObject({
  licenseType: LicenseTypeSchema,
  deploymentDate: CalendarDateSchema,
  lineItems: paLines,
});
export type PriceQuoteRequest = z.infer<typeof PriceQuoteRequestSchema>;

export const PriceQuoteSchema = z.object({
  volumeLevel: VolumeLevelSchema,
  prorationMode: z.enum(['MONTHS', 'DAYS']),
  /** Months (or days) each line is charged for. */
  prorationUnits: z.number().int().nonnegative(),
  lineItems: z.array(
    z.object({
      offerId: IdSchema,
      quantity: z.number().int().positive(),
      volumeLevel: VolumeLevelSchema,
      unitPrice: MoneySchema,
      amount: MoneySchema,
    }),
  ),
  total: MoneySchema,
});
export type PriceQuote = z.infer<typeof PriceQuoteSchema>;
