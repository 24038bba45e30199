import { useSyncExternalStore } from 'react';
import { SessionSchema, type Session } from '@/api/session/schemas';

/**
 * The signed-in session, kept in localStorage so it survives a reload and so every tab hears
 * (through the `storage` event) when another tab signs out.
 */
const KEY = 'rc.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function read(): Session | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw === cached.raw) return cached.session;
  let session: Session | null = null;
  try {
    const parsed = SessionSchema.safeParse(raw ? JSON.parse(raw) : null);
    session = parsed.success ? parsed.data : null;
  } catch {
    session = null;
  }
  cached = { raw, session };
  return session;
}

function emit() {
  listeners.forEach((listener) => listener());
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) emit();
  });
}

/** Why this tab's session last ended: the backend said it expired, or someone signed out. */
let endReason: 'expired' | 'signedOut' = 'signedOut';

export const sessionStore = {
  get: read,
  endReason: () => endReason,
  token: (): string | null => read()?.token ?? null,
  set: (session: Session) => {
    endReason = 'signedOut';
    localStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  clear: (reason: 'expired' | 'signedOut' = 'signedOut') => {
    endReason = reason;
    localStorage.removeItem(KEY);
    emit();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function useSessionState(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
