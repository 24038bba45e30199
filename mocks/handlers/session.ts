import { SignInRequestSchema } from '@/api/session/schemas';
import type { Backend } from '../backend';
import { listTeamMembers, toTeamMember } from '../services/team';
import { signIn, signOut } from '../services/session';
import { publicRoute, route } from './route';

export function sessionHandlers(backend: Backend) {
  return [
    publicRoute(backend, {
      method: 'get',
      path: '/session/options',
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
      handle: ({ ctx, body }) => signIn(ctx.tx, ctx.now, body.memberId),
    }),
    route(backend, {
      method: 'get',
      path: '/session',
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
      handle: ({ ctx }) => signOut(ctx.tx, ctx.token ?? ''),
    }),
    route(backend, {
      method: 'get',
      path: '/team-members',
      handle: ({ ctx }) => listTeamMembers(ctx),
    }),
  ];
}
