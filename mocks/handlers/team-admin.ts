import { z } from 'zod';
import { IdSchema } from '@/api/common/schemas';
import {
  AssignCustomersRequestSchema,
  AssignedCustomersSchema,
  ChangeRoleRequestSchema,
  InviteMemberRequestSchema,
  TeamMemberSchema,
} from '@/api/team/schemas';
import type { Backend } from '../backend';
import {
  assignCustomers,
  changeMemberRole,
  deactivateMember,
  inviteMember,
} from '../services/team-admin';
import { route } from './route';

const MemberParams = z.object({ memberId: IdSchema });

/** Managing the team (SPEC §5.11, administrators only); the list is GET /team-members. */
export function teamAdminHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'post',
      path: '/team-members',
      body: InviteMemberRequestSchema,
      status: 201,
      response: TeamMemberSchema,
      summary: 'Invite a team member with a role',
      handle: ({ ctx, body }) => inviteMember(ctx, body),
    }),
    route(backend, {
      method: 'patch',
      path: '/team-members/:memberId',
      params: MemberParams,
      body: ChangeRoleRequestSchema,
      response: TeamMemberSchema,
      summary: "Change a member's role (If-Match: the member version)",
      handle: ({ ctx, params, body }) => changeMemberRole(ctx, params.memberId, body),
    }),
    route(backend, {
      method: 'put',
      path: '/team-members/:memberId/customers',
      params: MemberParams,
      body: AssignCustomersRequestSchema,
      response: AssignedCustomersSchema,
      summary: 'Make an account manager or sales rep the manager of these customers (If-Match)',
      handle: ({ ctx, params, body }) => assignCustomers(ctx, params.memberId, body),
    }),
    route(backend, {
      method: 'post',
      path: '/team-members/:memberId/deactivate',
      params: MemberParams,
      response: TeamMemberSchema,
      summary: 'Deactivate a member and end their sessions (If-Match: the member version)',
      handle: ({ ctx, params }) => deactivateMember(ctx, params.memberId),
    }),
  ];
}
