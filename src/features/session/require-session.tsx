import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/hooks/use-session';
import { sessionStore } from '@/lib/session-store';

/**
 * Pages behind sign-in. When the session expired, the way back leads to the page the member
 * was on; after a sign-out it starts afresh.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  return session ? children : <SignInRedirect />;
}

/** Reads the location only on the way out, so a signed-in page's URL changes do not pass here. */
function SignInRedirect() {
  const location = useLocation();
  const params = new URLSearchParams();
  if (sessionStore.endReason() === 'expired') {
    params.set('returnTo', `${location.pathname}${location.search}`);
    params.set('reason', 'expired');
  }
  const query = params.toString();
  return <Navigate to={`/sign-in${query ? `?${query}` : ''}`} replace />;
}

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/customers';
}
