import type { Session } from '@/api/session/schemas';
import { useSessionState } from '@/lib/session-store';

export function useSession(): Session | null {
  return useSessionState();
}
