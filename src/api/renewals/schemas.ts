import { z } from 'zod';
import {
  BooleanFlagSchema,
  CalendarDateSchema,
  CurrencyCodeSchema,
  IdSchema,
  MoneySchema,
  PagingQuerySchema,
  pageSchema,
} from '../common/schemas';
import { VolumeLevelSchema } from '../offers/schemas';
import { AutoRenewalSchema, ScheduledChangeSchema } from '../subscriptions/schemas';
import { MemberRefSchema } from '../team/schemas';

/** The stages the renewals overview shows: from −90 days to the end of grace (SPEC §5.6). */
export const OVERVIEW_STAGES = ['UPCOMING', 'WINDOW_OPEN', 'DUE', 'GRACE'] as const;
export const OverviewStageSchema = z.enum(OVERVIEW_STAGES);
export type OverviewStage = z.infer<typeof OverviewStageSchema>;

export const RENEWAL_SORTS = ['daysLeft', '-daysLeft', 'customerName'] as const;
export const RenewalSortSchema = z.enum(RENEWAL_SORTS);
export type RenewalSort = z.infer<typeof RenewalSortSchema>;

const stageList = z
  .string()
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(OverviewStageSchema));

export const RenewalListQuerySchema = PagingQuerySchema.extend({
  /** Only those with 0 ≤ days left ≤ N. */
  window: z
    .enum(['30', '60', '90'])
    .transform((value) => Number(value))
    .optional(),
  /** true: only those in grace; false: none in grace. */
  inGrace: BooleanFlagSchema,
  stage: stageList.optional(),
  accountManagerId: IdSchema.optional(),
  offerId: IdSchema.optional(),
  managedByMe: BooleanFlagSchema,
  customerId: IdSchema.optional(),
  sort: RenewalSortSchema.default('daysLeft'),
});
export type RenewalListQuery = z.infer<typeof RenewalListQuerySchema>;

export const RenewalItemSchema = z.object({
  subscriptionId: IdSchema,
  customerId: IdSchema,
  companyName: z.string(),
  vipId: z.string(),
  offerId: IdSchema,
  offerName: z.string(),
  currentQuantity: z.number().int().nonnegative(),
  usedQuantity: z.number().int().nonnegative(),
  renewalDate: CalendarDateSchema,
  daysLeft: z.number().int(),
  stage: OverviewStageSchema,
  /** max(seats in use, the scheduled reduction's quantity or else the auto-renew quantity). */
  suggestedQuantity: z.number().int().nonnegative(),
  suggestedVolumeLevel: VolumeLevelSchema,
  /** A full year at the suggested quantity, at the level the customer reaches with it. */
  estimatedPrice: MoneySchema,
  autoRenewal: AutoRenewalSchema,
  scheduledChange: ScheduledChangeSchema.nullable(),
  accountManager: MemberRefSchema,
  currencyCode: CurrencyCodeSchema,
  /** The subscription's version: the If-Match of a renewal placed from this row. */
  subscriptionVersion: z.number().int().positive(),
});
export type RenewalItem = z.infer<typeof RenewalItemSchema>;

export const RenewalPageSchema = pageSchema(RenewalItemSchema);
export type RenewalPage = z.infer<typeof RenewalPageSchema>;
