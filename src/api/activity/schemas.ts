import { z } from 'zod';
import {
  CalendarDateSchema,
  IdSchema,
  MoneySchema,
  PagingQuerySchema,
  pageSchema,
} from '../common/schemas';
import { MemberRefSchema } from '../team/schemas';

/** Who made a change: a member, or `system` (the console's scheduled work, "Reseller Console"). */
export const SYSTEM_ACTOR_ID = 'system';
export const SYSTEM_ACTOR_NAME = 'Reseller Console';

/**
 * An old or new value: any JSON value. Spelled out one level deep instead of `z.json()`, whose
 * recursion the OpenAPI generator cannot follow.
 */
export const JsonValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.unknown()),
  z.record(z.string(), z.unknown()),
]);
export type JsonValue = z.infer<typeof JsonValueSchema>;

/** One change of the trail (SPEC §5.12, §9.7): who, when, what, old → new, and its money effect. */
export const ActivityEntrySchema = z.object({
  id: IdSchema,
  /** Wall-clock instant. */
  at: z.iso.datetime(),
  /** The business date it happened on (the demo clock may run ahead of the wall clock). */
  businessDate: CalendarDateSchema,
  actor: MemberRefSchema,
  /** Null for changes that concern no customer (the team). */
  customerId: IdSchema.nullable(),
  /** A stable code such as `authorization.withdrawn`; the UI translates it. */
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  changes: z.array(z.object({ field: z.string(), from: JsonValueSchema, to: JsonValueSchema })),
  /** Charge (positive) or credit (negative) the change caused. */
  moneyEffect: MoneySchema.nullable(),
});
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>;

export const ActivityPageSchema = pageSchema(ActivityEntrySchema);
export type ActivityPage = z.infer<typeof ActivityPageSchema>;

export const ActivityListQuerySchema = PagingQuerySchema.extend({
  customerId: IdSchema.optional(),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

export const CustomerActivityQuerySchema = PagingQuerySchema;
export type CustomerActivityQuery = z.infer<typeof CustomerActivityQuerySchema>;
