import {
  CurrentSessionSchema,
  SessionSchema,
  SignInOptionsSchema,
  SignInRequestSchema,
} from '@/api/session/schemas';
import { TeamMemberListSchema } from '@/api/team/schemas';
import type { Backend } from '../backend';
import { listTeamMembers, toTeamMember } from '../services/team';
import { signIn, signOut } from '../services/session';
import { publicRoute, route } from './route';

export function sessionHandlers(backend: Backend) {
  return [
    publicRoute(backend, {
      method: 'get',
      path: '/session/options',
      response: SignInOptionsSchema,
      summary: 'Demo sign-in: the active members of the demo reseller',
      handle: async ({ ctx }) => {
        const members = await ctx.tx.members.all();
        return { items: members.filter((m) => m.active).map(toTeamMember) };
      },
    }),
    publicRoute(backend, {
      method: 'post',
      path: '/session',
      body: SignInRequestSchema,
      status: 201,
      response: SessionSchema,
      summary: 'Sign in as a demo member',
      handle: ({ ctx, body }) => signIn(ctx.tx, ctx.now, body.memberId),
    }),
    route(backend, {
      method: 'get',
      path: '/session',
      response: CurrentSessionSchema,
      summary: 'The signed-in member and when the session ends',
      handle: async ({ ctx }) => {
        const session = await ctx.tx.sessions.get(ctx.token ?? '');
        return {
          member: toTeamMember(ctx.actor),
          expiresAt: session?.expiresAt ?? new Date(ctx.now).toISOString(),
        };
      },
    }),
    route(backend, {
      method: 'delete',
      path: '/session',
      summary: 'Sign out: the session ends everywhere',
      handle: ({ ctx }) => signOut(ctx.tx, ctx.token ?? ''),
    }),
    route(backend, {
      method: 'get',
      path: '/team-members',
      response: TeamMemberListSchema,
      summary: 'The reseller’s team members',
      handle: ({ ctx }) => listTeamMembers(ctx),
    }),
  ];
}
