/**
 * Runs `work` while holding a named lock: across tabs with Web Locks where the platform has
 * them, within this process otherwise (Node tests).
 */
const local = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(name, work);
  const previous = local.get(name) ?? Promise.resolve();
  const next = previous.then(work, work);
  local.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}
