import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../common/schemas';
import { LicenseTypeSchema } from '../offers/schemas';

export const ScheduledChangeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('REDUCTION'),
    renewalQuantity: z.number().int().nonnegative(),
    effectiveDate: CalendarDateSchema,
  }),
  z.object({ type: z.literal('CANCELLATION'), effectiveDate: CalendarDateSchema }),
]);

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
  creationDate: CalendarDateSchema,
  renewalDate: CalendarDateSchema,
  autoRenewal: z.object({
    enabled: z.boolean(),
    renewalQuantity: z.number().int().nonnegative(),
  }),
  status: z.enum(['ACTIVE', 'INACTIVE']),
  scheduledChange: ScheduledChangeSchema.nullable(),
  version: z.number().int().positive(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const SubscriptionListSchema = z.object({ items: z.array(SubscriptionSchema) });
