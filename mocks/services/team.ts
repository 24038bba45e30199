import type { TeamMember } from '@/api/team/schemas';
import type { MemberRecord } from '../db/records';
import type { ServiceContext } from './context';

export function toTeamMember(record: MemberRecord): TeamMember {
  // Members seeded before versions existed have none: their first version is 1.
  return { ...record, version: record.version ?? 1 };
}

export async function listTeamMembers(ctx: ServiceContext) {
  const members = await ctx.tx.members.all();
  return { items: members.map(toTeamMember) };
}
