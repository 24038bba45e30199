import { z } from 'zod';
import { ROLES } from '@/domain/permissions';
import { IdSchema } from '../common/schemas';

export const RoleSchema = z.enum(ROLES);

export const TeamMemberSchema = z.object({
  id: IdSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  role: RoleSchema,
  active: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamMemberListSchema = z.object({ items: z.array(TeamMemberSchema) });

/** A reference to a member inside another resource, with the name to show. */
export const MemberRefSchema = z.object({ id: IdSchema, name: z.string() });
export type MemberRef = z.infer<typeof MemberRefSchema>;

export function memberName(member: Pick<TeamMember, 'firstName' | 'lastName'>): string {
  return `${member.firstName} ${member.lastName}`;
}
