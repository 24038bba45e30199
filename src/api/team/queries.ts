import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { TeamMemberListSchema } from './schemas';

export function listTeamMembers(signal?: AbortSignal) {
  return apiRequest({
    path: '/team-members',
    schema: TeamMemberListSchema,
    ...(signal ? { signal } : {}),
  });
}

export const teamQueries = {
  all: () => ['team-members'] as const,
  list: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listTeamMembers(signal),
      staleTime: 5 * 60_000,
    }),
};
