import { z } from 'zod';
import { DEFAULT_RULES } from '@/domain/rules';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  IdSchema,
  MoneySchema,
  PagingQuerySchema,
  pageSchema,
} from '../common/schemas';
import { VolumeLevelSchema } from '../offers/schemas';
import { MemberRefSchema } from '../team/schemas';

const rules = DEFAULT_RULES;

export const ORDER_TYPES = ['NEW', 'RENEWAL', 'RETURN'] as const;
export const OrderTypeSchema = z.enum(ORDER_TYPES);

export const OrderLineSchema = z.object({
  lineNumber: z.number().int().positive(),
  offerId: IdSchema,
  offerName: z.string(),
  subscriptionId: IdSchema,
  /** Seats of the line (positive, also on a RETURN). */
  quantity: z.number().int().positive(),
  /** Seats of it returned since (0 on a RETURN). */
  returnedQuantity: z.number().int().nonnegative(),
  volumeLevel: VolumeLevelSchema,
  /** Yearly price of one seat. */
  unitPrice: MoneySchema,
  /** Months (or days, in the daily mode) charged. */
  prorationUnits: z.number().int().nonnegative(),
  /** Charge, or on a RETURN the credit (negative). */
  amount: MoneySchema,
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

/** SPEC §3 "Order", in the vendor's vocabulary. */
export const OrderSchema = z.object({
  id: IdSchema,
  number: z.string(),
  customerId: IdSchema,
  orderType: OrderTypeSchema,
  /** For a RETURN: the order whose seats it returns. */
  referenceOrderId: IdSchema.nullable(),
  /** For a NEW order placed from a PA. */
  purchaseAuthorizationId: IdSchema.nullable(),
  currencyCode: CurrencyCodeSchema,
  lineItems: z.array(OrderLineSchema),
  total: MoneySchema,
  creationDate: CalendarDateSchema,
  /** The instant it was created: orders a day's entries, newest first. */
  createdAt: z.iso.datetime(),
  createdBy: MemberRefSchema,
  status: z.enum(['COMPLETE']),
  /** The last day a return is accepted; null for a RETURN. */
  returnWindowEnds: CalendarDateSchema.nullable(),
  version: z.number().int().positive(),
});
export type Order = z.infer<typeof OrderSchema>;

export const OrderPageSchema = pageSchema(OrderSchema);
export type OrderPage = z.infer<typeof OrderPageSchema>;

export const OrderListQuerySchema = PagingQuerySchema.extend({
  orderType: OrderTypeSchema.optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuerySchema>;

/** Returning seats of some lines of an order (SPEC §4 "return an order", partial allowed). */
export const CreateReturnRequestSchema = z.strictObject({
  lineItems: z
    .array(
      z.strictObject({
        lineNumber: z.number().int().min(1).max(rules.linesPerOrder.max),
        quantity: z
          .number()
          .int()
          .min(1)
          .max(Math.max(rules.quantityPerLine.TEAM.max, rules.quantityPerLine.ENTERPRISE.max)),
      }),
    )
    .min(rules.linesPerOrder.min)
    .max(rules.linesPerOrder.max)
    .superRefine((lines, ctx) => {
      const seen = new Set<number>();
      lines.forEach((line, index) => {
        if (seen.has(line.lineNumber)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'lineNumber'],
            params: { reason: 'DUPLICATE' },
          });
        }
        seen.add(line.lineNumber);
      });
    }),
});
export type CreateReturnRequest = z.infer<typeof CreateReturnRequestSchema>;
