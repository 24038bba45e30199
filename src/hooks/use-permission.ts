import { can, type Action } from '@/domain/permissions';
import type { Decision } from '@/domain/decision';
import { useSession } from './use-session';

/** Whether the signed-in member's role may take an action (the rule the API enforces too). */
export function usePermission(action: Action): Decision {
  const session = useSession();
  return session ? can(session.member.role, action) : { ok: false, reason: 'SIGNED_OUT' };
}
