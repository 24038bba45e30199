import { z } from 'zod';
import { DEFAULT_RULES } from '@/domain/rules';
import { ERROR_CODES } from '../common/errors';
import { CalendarDateSchema, CurrencyCodeSchema, IdSchema, MoneySchema } from '../common/schemas';
import { LicenseTypeSchema, VolumeLevelSchema } from '../offers/schemas';

export const ScheduledChangeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('REDUCTION'),
    renewalQuantity: z.number().int().nonnegative(),
    effectiveDate: CalendarDateSchema,
  }),
  z.object({ type: z.literal('CANCELLATION'), effectiveDate: CalendarDateSchema }),
]);
export type ScheduledChange = z.infer<typeof ScheduledChangeSchema>;

/** domain/subscription-term: ACTIVE while its licences work. */
export const SubscriptionStateSchema = z.enum(['ACTIVE', 'CANCELLED', 'REMOVED']);
/** domain/renewal-stage, on the business date. */
export const RenewalStageSchema = z.enum([
  'NOT_SHOWN',
  'UPCOMING',
  'WINDOW_OPEN',
  'DUE',
  'GRACE',
  'REMOVED',
]);
export type RenewalStageValue = z.infer<typeof RenewalStageSchema>;

export const AutoRenewalSchema = z.object({
  enabled: z.boolean(),
  renewalQuantity: z.number().int().nonnegative(),
});

export const SubscriptionSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  offerId: IdSchema,
  offerName: z.string(),
  sku: z.string(),
  licenseType: LicenseTypeSchema,
  addOn: z.boolean(),
  currentQuantity: z.number().int().nonnegative(),
  usedQuantity: z.number().int().nonnegative(),
  /** Seats of pending PAs included in currentQuantity (deployable at once, SPEC §3). */
  pendingAuthorizationQuantity: z.number().int().nonnegative(),
  creationDate: CalendarDateSchema,
  renewalDate: CalendarDateSchema,
  autoRenewal: AutoRenewalSchema,
  /** ACTIVE while `state` is ACTIVE, else INACTIVE (kept for the first screens). */
  status: z.enum(['ACTIVE', 'INACTIVE']),
  state: SubscriptionStateSchema,
  renewalStage: RenewalStageSchema,
  /** Days from the business date to renewalDate; negative once it passed. */
  daysLeft: z.number().int(),
  scheduledChange: ScheduledChangeSchema.nullable(),
  version: z.number().int().positive(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const SubscriptionListSchema = z.object({ items: z.array(SubscriptionSchema) });

const maxQuantity = Math.max(
  DEFAULT_RULES.quantityPerLine.TEAM.max,
  DEFAULT_RULES.quantityPerLine.ENTERPRISE.max,
);
/**
 * A seat count as a request carries it; the licence type's own range (TEAM or ENTERPRISE) is
 * the rules' business (QUANTITY_OUT_OF_RANGE), since the schema does not know the offer.
 */
const QuantitySchema = z.number().int().min(0).max(maxQuantity);

/** POST …/renewal: the next term's seats. */
export const RenewRequestSchema = z.strictObject({ quantity: QuantitySchema });
export type RenewRequest = z.infer<typeof RenewRequestSchema>;

/** PATCH …/auto-renewal; without renewalQuantity the quantity stays. */
export const AutoRenewalRequestSchema = z.strictObject({
  enabled: z.boolean(),
  renewalQuantity: QuantitySchema.optional(),
});
export type AutoRenewalRequest = z.infer<typeof AutoRenewalRequestSchema>;

/** POST …/seats and POST …/seat-quotes: seats added now, co-termed and prorated. */
export const AddSeatsRequestSchema = z.strictObject({ quantity: QuantitySchema });
export type AddSeatsRequest = z.infer<typeof AddSeatsRequestSchema>;

/** POST …/renewal-quotes: the price of renewing at a quantity (SPEC §9.4 what-if). */
export const RenewalQuoteRequestSchema = z.strictObject({ quantity: QuantitySchema });

/** PUT …/scheduled-change: replaces any scheduled change; effective on renewalDate. */
export const ScheduledChangeRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('REDUCTION'), renewalQuantity: QuantitySchema }),
  z.strictObject({ type: z.literal('CANCELLATION') }),
]);
export type ScheduledChangeRequest = z.infer<typeof ScheduledChangeRequestSchema>;

export const PricedLineSchema = z.object({
  offerId: IdSchema,
  quantity: z.number().int().nonnegative(),
  volumeLevel: VolumeLevelSchema,
  unitPriceMinor: z.number().int(),
  prorationUnits: z.number().int().nonnegative(),
  amountMinor: z.number().int(),
});

/** A price preview: nothing is ordered. `decision` says whether the action would pass now. */
export const SubscriptionQuoteSchema = z.object({
  subscriptionId: IdSchema,
  quantity: z.number().int().nonnegative(),
  volumeLevel: VolumeLevelSchema,
  prorationMode: z.enum(['MONTHS', 'DAYS']),
  prorationUnits: z.number().int().nonnegative(),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  lines: z.array(PricedLineSchema),
  total: MoneySchema,
  decision: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), reason: z.enum(ERROR_CODES) }),
  ]),
});
export type SubscriptionQuote = z.infer<typeof SubscriptionQuoteSchema>;

/** The order a subscription change placed, as its answer carries it. */
export const SubscriptionOrderSchema = z.object({
  id: IdSchema,
  number: z.string(),
  orderType: z.enum(['NEW', 'RENEWAL', 'RETURN']),
  creationDate: CalendarDateSchema,
  currencyCode: CurrencyCodeSchema,
  lineItems: z.array(PricedLineSchema.extend({ subscriptionId: IdSchema })),
  total: MoneySchema,
});

/** POST …/renewal and POST …/seats: the order placed and the subscription after it. */
export const SubscriptionOrderResultSchema = z.object({
  order: SubscriptionOrderSchema,
  subscription: SubscriptionSchema,
});
export type SubscriptionOrderResult = z.infer<typeof SubscriptionOrderResultSchema>;
