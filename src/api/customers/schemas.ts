import { z } from 'zod';
import { CUSTOMER_STATUSES } from '@/domain/customer-status';
import {
  COUNTRY_CODES,
  MARKET_SEGMENTS,
  MARKET_SUB_SEGMENTS,
  SUB_SEGMENTS_BY_SEGMENT,
} from '@/domain/customer-profile';
import { DEFAULT_RULES } from '@/domain/rules';
import {
  BooleanFlagSchema,
  CalendarDateSchema,
  CurrencyCodeSchema,
  IdSchema,
  PagingQuerySchema,
  PlainTextSchema,
  pageSchema,
} from '../common/schemas';
import { MemberRefSchema } from '../team/schemas';

const rules = DEFAULT_RULES;

export const CustomerStatusSchema = z.enum(CUSTOMER_STATUSES);
export const MarketSegmentSchema = z.enum(MARKET_SEGMENTS);
export const MarketSubSegmentSchema = z.enum(MARKET_SUB_SEGMENTS);
export const CountryCodeSchema = z.enum(COUNTRY_CODES);

export const CustomerStatusReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('INVITATION_PENDING') }),
  z.object({ code: z.literal('IN_GOOD_STANDING') }),
  z.object({ code: z.literal('NO_SUBSCRIPTIONS_YET') }),
  z.object({
    code: z.literal('PA_ORDER_OVERDUE'),
    paCreationDate: CalendarDateSchema,
    daysWaiting: z.number().int(),
  }),
  z.object({
    code: z.literal('PA_ORDER_VERY_OVERDUE'),
    paCreationDate: CalendarDateSchema,
    daysWaiting: z.number().int(),
  }),
  z.object({ code: z.literal('NOTHING_LIVE'), since: CalendarDateSchema }),
]);

export const AttentionReasonSchema = z.enum(['PA_OVERDUE', 'RENEWAL_DUE']);

export const ContactSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
});

export const CustomerSchema = z.object({
  id: IdSchema,
  vipId: z.string().regex(/^\d{10}$/),
  companyName: z.string(),
  marketSegment: MarketSegmentSchema,
  marketSubSegments: z.array(MarketSubSegmentSchema),
  countryCode: CountryCodeSchema,
  currencyCode: CurrencyCodeSchema,
  contact: ContactSchema,
  accountManager: MemberRefSchema,
  salesRep: MemberRefSchema,
  creationDate: CalendarDateSchema,
  cotermDate: CalendarDateSchema.nullable(),
  status: CustomerStatusSchema,
  statusReason: CustomerStatusReasonSchema,
  attentionReasons: z.array(AttentionReasonSchema),
  totalLicences: z.number().int().nonnegative(),
  version: z.number().int().positive(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const CUSTOMER_SORTS = [
  'companyName',
  'vipId',
  'status',
  'countryCode',
  'cotermDate',
  'creationDate',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORTS)[number];
export const CustomerSortSchema = z.enum([
  ...CUSTOMER_SORTS,
  ...CUSTOMER_SORTS.map((field) => `-${field}` as const),
]);
export type CustomerSort = z.infer<typeof CustomerSortSchema>;

const statusList = z
  .string()
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(CustomerStatusSchema));

export const CustomerListQuerySchema = PagingQuerySchema.extend({
  sort: CustomerSortSchema.default('companyName'),
  q: z.string().trim().max(100).optional(),
  status: statusList.optional(),
  marketSegment: MarketSegmentSchema.optional(),
  countryCode: CountryCodeSchema.optional(),
  accountManagerId: IdSchema.optional(),
  managedByMe: BooleanFlagSchema,
  needsAttention: BooleanFlagSchema,
});
export type CustomerListQuery = z.infer<typeof CustomerListQuerySchema>;

export const StatusCountsSchema = z.record(CustomerStatusSchema, z.number().int().nonnegative());
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const CustomerPageSchema = pageSchema(CustomerSchema).extend({
  /** Per status, over the list as filtered except for the status filter itself. */
  statusCounts: StatusCountsSchema,
});
export type CustomerPage = z.infer<typeof CustomerPageSchema>;

const name = PlainTextSchema.trim().min(1).max(rules.contactNameMaxLength);

/** Inviting a customer (SPEC §3 field rules); the VIP ID is issued by the backend at once. */
export const InviteCustomerRequestSchema = z
  .strictObject({
    companyName: PlainTextSchema.trim().min(rules.companyName.min).max(rules.companyName.max),
    marketSegment: MarketSegmentSchema,
    marketSubSegments: z.array(MarketSubSegmentSchema).max(MARKET_SUB_SEGMENTS.length),
    countryCode: CountryCodeSchema,
    contact: z.strictObject({
      firstName: name,
      lastName: name,
      email: z.string().trim().max(rules.emailMaxLength).pipe(z.email()),
    }),
    accountManagerId: IdSchema,
    salesRepId: IdSchema,
  })
  .superRefine((value, ctx) => {
    const allowed = SUB_SEGMENTS_BY_SEGMENT[value.marketSegment];
    value.marketSubSegments.forEach((sub, index) => {
      if (!allowed.includes(sub)) {
        ctx.addIssue({
          code: 'custom',
          path: ['marketSubSegments', index],
          params: { reason: 'SUB_SEGMENT_MISMATCH' },
        });
      }
    });
    if (new Set(value.marketSubSegments).size !== value.marketSubSegments.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['marketSubSegments'],
        params: { reason: 'DUPLICATE' },
      });
    }
  });
export type InviteCustomerRequest = z.infer<typeof InviteCustomerRequestSchema>;
export type InviteCustomerInput = z.input<typeof InviteCustomerRequestSchema>;

/**
 * Editing a customer (SPEC §5.3): the fields an account manager may correct, with the same limits
 * as the invitation. The segment, country and currency are fixed once invited (decided: prices
 * and the VIP ID depend on them). Sub-segments are checked against the stored segment.
 */
export const EditCustomerRequestSchema = z
  .strictObject({
    companyName: PlainTextSchema.trim()
      .min(rules.companyName.min)
      .max(rules.companyName.max)
      .optional(),
    contact: z
      .strictObject({
        firstName: name,
        lastName: name,
        email: z.string().trim().max(rules.emailMaxLength).pipe(z.email()),
      })
      .optional(),
    marketSubSegments: z.array(MarketSubSegmentSchema).max(MARKET_SUB_SEGMENTS.length).optional(),
  })
  .superRefine((value, ctx) => {
    if (Object.values(value).every((field) => field === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], params: { reason: 'NOTHING_TO_CHANGE' } });
    }
    const subs = value.marketSubSegments ?? [];
    if (new Set(subs).size !== subs.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['marketSubSegments'],
        params: { reason: 'DUPLICATE' },
      });
    }
  });
export type EditCustomerRequest = z.infer<typeof EditCustomerRequestSchema>;
export type EditCustomerInput = z.input<typeof EditCustomerRequestSchema>;

/** Changing who manages a customer (SPEC §2 "change a customer's managed by": administrators). */
export const ChangeCustomerManagersRequestSchema = z.strictObject({
  accountManagerId: IdSchema,
  salesRepId: IdSchema,
});
export type ChangeCustomerManagersRequest = z.infer<typeof ChangeCustomerManagersRequestSchema>;
