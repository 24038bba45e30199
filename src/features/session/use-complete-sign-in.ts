import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { Session } from '@/api/session/schemas';
import { sessionStore } from '@/lib/session-store';
import { safeReturnTo } from './require-session';

/** Stores the session and goes where the member was headed, with no data of another member cached. */
export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (session: Session) => {
    queryClient.clear();
    sessionStore.set(session);
    void navigate(safeReturnTo(params.get('returnTo')), { replace: true });
  };
}
