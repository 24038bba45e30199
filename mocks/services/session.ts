import type { Session } from '@/api/session/schemas';
import type { MemberRecord } from '../db/records';
import type { StoreTx } from '../db/store';
import { notFound, unauthenticated, validationError } from './errors';
import { toTeamMember } from './team';

/** Sessions last a working day of wall-clock time (SPEC §8: they never outlive sign-out). */
export const SESSION_HOURS = 10;

function newToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Demo sign-in: pick an active member of the demo reseller's team. */
export async function signIn(tx: StoreTx, now: number, memberId: string): Promise<Session> {
  const member = await tx.members.get(memberId);
  if (!member?.active) {
    throw validationError([
      { path: 'memberId', code: 'unknown_member', message: 'No such active member' },
    ]);
  }
  const session = {
    token: newToken(),
    memberId,
    expiresAt: new Date(now + SESSION_HOURS * 3_600_000).toISOString(),
  };
  await tx.sessions.put(session);
  return { token: session.token, member: toTeamMember(member), expiresAt: session.expiresAt };
}

/** The member behind a bearer token, or 401 when it is unknown or expired. */
export async function authenticate(
  tx: StoreTx,
  now: number,
  authorization: string | null,
): Promise<{ member: MemberRecord; expiresAt: string; token: string }> {
  const token = authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (!token) throw unauthenticated('Sign in first');
  const session = await tx.sessions.get(token);
  if (!session || Date.parse(session.expiresAt) <= now)
    throw unauthenticated('Your session has expired');
  const member = await tx.members.get(session.memberId);
  if (!member?.active) throw unauthenticated('Your account is no longer active');
  return { member, expiresAt: session.expiresAt, token };
}

export async function signOut(tx: StoreTx, token: string): Promise<void> {
  const session = await tx.sessions.get(token);
  if (!session) throw notFound('Session');
  await tx.sessions.delete(token);
}

/** Developer panel: every session expires now, to try the way back through sign-in. */
export async function expireAllSessions(tx: StoreTx, now: number): Promise<void> {
  const sessions = await tx.sessions.all();
  await tx.sessions.bulkPut(
    sessions.map((s) => ({ ...s, expiresAt: new Date(now - 1000).toISOString() })),
  );
}
