import { z } from 'zod';
import { DEFAULT_RULES } from '@/domain/rules';
import {
  BooleanFlagSchema,
  CalendarDateSchema,
  IdSchema,
  PagingQuerySchema,
  PlainTextSchema,
  pageSchema,
} from '../common/schemas';

const rules = DEFAULT_RULES;

export const LicenceEventSchema = z.enum(['ASSIGNED', 'REGISTERED', 'USED', 'UNASSIGNED']);

export const LicenceUserSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
});

/** A seat of a subscription given to one end user, with its registration history (SPEC §5.9). */
export const LicenceAssignmentSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  subscriptionId: IdSchema,
  offerId: IdSchema,
  offerName: z.string(),
  user: LicenceUserSchema,
  active: z.boolean(),
  assignedDate: CalendarDateSchema,
  unassignedDate: CalendarDateSchema.nullable(),
  /** Oldest first. */
  history: z.array(
    z.object({
      date: CalendarDateSchema,
      event: LicenceEventSchema,
      productVersion: z.string().nullable(),
    }),
  ),
  lastVersionUsed: z.string().nullable(),
  version: z.number().int().positive(),
});
export type LicenceAssignment = z.infer<typeof LicenceAssignmentSchema>;

export const LicenceAssignmentPageSchema = pageSchema(LicenceAssignmentSchema);
export type LicenceAssignmentPage = z.infer<typeof LicenceAssignmentPageSchema>;

export const LicenceAssignmentListQuerySchema = PagingQuerySchema.extend({
  subscriptionId: IdSchema.optional(),
  active: BooleanFlagSchema,
});
export type LicenceAssignmentListQuery = z.infer<typeof LicenceAssignmentListQuerySchema>;

const name = PlainTextSchema.trim().min(1).max(rules.contactNameMaxLength);

/** Giving a seat to a user: the same name and e-mail limits as a customer's contact (SPEC §3). */
export const AssignLicenceRequestSchema = z.strictObject({
  subscriptionId: IdSchema,
  user: z.strictObject({
    firstName: name,
    lastName: name,
    email: z.string().trim().max(rules.emailMaxLength).pipe(z.email()),
  }),
});
export type AssignLicenceRequest = z.infer<typeof AssignLicenceRequestSchema>;
export type AssignLicenceInput = z.input<typeof AssignLicenceRequestSchema>;
