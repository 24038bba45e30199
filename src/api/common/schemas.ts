import { z } from 'zod';
import { isCalendarDate } from '@/domain/calendar-date';
import { CURRENCIES } from '@/domain/money';

export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { params: { reason: 'CALENDAR_DATE' } });

export const CurrencyCodeSchema = z.enum(CURRENCIES);

export const MoneySchema = z.object({
  amountMinor: z.number().int(),
  currency: CurrencyCodeSchema,
});

/** A list answer (SPEC §6): items plus the paging it was cut with. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    totalCount: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    offset: z.number().int().nonnegative(),
  });
}

export const PagingQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Query flags travel as the strings `true` / `false`. */
export const BooleanFlagSchema = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/** Text a person typed: no control characters (newlines and tabs included). */
export const PlainTextSchema = z.string().regex(/^[^\p{Cc}]*$/u);

export const IdSchema = z.string().min(1).max(64);
