import { z } from 'zod';
import { ROLES } from '@/domain/permissions';
import { DEFAULT_RULES } from '@/domain/rules';
import { IdSchema, PlainTextSchema } from '../common/schemas';

const rules = DEFAULT_RULES;

export const RoleSchema = z.enum(ROLES);

export const TeamMemberSchema = z.object({
  id: IdSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  version: z.number().int().positive(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamMemberListSchema = z.object({ items: z.array(TeamMemberSchema) });

/** A reference to a member inside another resource, with the name to show. */
export const MemberRefSchema = z.object({ id: IdSchema, name: z.string() });
export type MemberRef = z.infer<typeof MemberRefSchema>;

export function memberName(member: Pick<TeamMember, 'firstName' | 'lastName'>): string {
  return `${member.firstName} ${member.lastName}`;
}

const name = PlainTextSchema.trim().min(1).max(rules.contactNameMaxLength);

/** Inviting a console user (SPEC §5.11); names and e-mail as a customer's contact (SPEC §3). */
export const InviteMemberRequestSchema = z.strictObject({
  firstName: name,
  lastName: name,
  email: z.string().trim().max(rules.emailMaxLength).pipe(z.email()),
  role: RoleSchema,
});
export type InviteMemberRequest = z.infer<typeof InviteMemberRequestSchema>;
export type InviteMemberInput = z.input<typeof InviteMemberRequestSchema>;

export const ChangeRoleRequestSchema = z.strictObject({ role: RoleSchema });
export type ChangeRoleRequest = z.infer<typeof ChangeRoleRequestSchema>;

/** Decided: one request assigns at most 10,000 customers. */
export const ASSIGN_CUSTOMERS_MAX = 10_000;

export const AssignCustomersRequestSchema = z.strictObject({
  customerIds: z.array(IdSchema).max(ASSIGN_CUSTOMERS_MAX),
});
export type AssignCustomersRequest = z.infer<typeof AssignCustomersRequestSchema>;

/** How many customers the member manages (in their role) after the assignment. */
export const AssignedCustomersSchema = z.object({
  memberId: IdSchema,
  customerCount: z.number().int().nonnegative(),
});
export type AssignedCustomers = z.infer<typeof AssignedCustomersSchema>;
