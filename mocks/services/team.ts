import type { TeamMember } from '@/api/team/schemas';
import type { MemberRecord } from '../db/records';
import type { ServiceContext } from './context';

export function toTeamMember(record: MemberRecord): TeamMember {
  return { ...record };
}

export async function listTeamMembers(ctx: ServiceContext) {
  const members = await ctx.tx.members.all();
  return { items: members.map(toTeamMember) };
}
