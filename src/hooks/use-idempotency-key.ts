import { useRef } from 'react';
import { newIdempotencyKey } from '@/api/client';

/**
 * One key per distinct submission: a retry of the same body reuses its key (so a lost answer
 * never creates a second resource), a changed body gets a new one.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const text = JSON.stringify(body);
      if (last.current?.body !== text) last.current = { body: text, key: newIdempotencyKey() };
      return last.current.key;
    },
    reset() {
      last.current = null;
    },
  };
}
