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

/**
 * Why this tab's session last ended: the backend said it expired, or someone signed out. Kept
 * in sessionStorage (per tab) so a reload on the way to sign-in still returns to the page.
 */
const END_KEY = 'rc.sessionEnd';
type EndReason = 'expired' | 'signedOut';

function rememberEnd(reason: EndReason | null) {
  try {
    if (reason) sessionStorage.setItem(END_KEY, reason);
    else sessionStorage.removeItem(END_KEY);
  } catch {
    // Storage unavailable: the way back after expiry is then the customers list.
  }
}

export const sessionStore = {
  get: read,
  endReason: (): EndReason => {
    try {
      return sessionStorage.getItem(END_KEY) === 'expired' ? 'expired' : 'signedOut';
    } catch {
      return 'signedOut';
    }
  },
  token: (): string | null => read()?.token ?? null,
  set: (session: Session) => {
    rememberEnd(null);
    localStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  clear: (reason: EndReason = 'signedOut') => {
    rememberEnd(reason);
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
