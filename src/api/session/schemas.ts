import { z } from 'zod';
import { IdSchema } from '../common/schemas';
import { TeamMemberSchema } from '../team/schemas';

export const SignInRequestSchema = z.strictObject({ memberId: IdSchema });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const SessionSchema = z.object({
  token: z.string().min(16),
  member: TeamMemberSchema,
  expiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof SessionSchema>;

/** The members one may sign in as (demo reseller); public, before sign-in. */
export const SignInOptionsSchema = z.object({ items: z.array(TeamMemberSchema) });

export const CurrentSessionSchema = z.object({
  member: TeamMemberSchema,
  expiresAt: z.iso.datetime(),
});
