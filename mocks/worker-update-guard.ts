/**
 * MSW's `worker.start()` calls `registration.update()` on an existing registration without
 * awaiting or catching it (mswjs/msw#2006). When the worker script cannot be fetched for a
 * moment (a reload during a deploy, the dev server restarting) that promise rejects with
 * "Failed to update a ServiceWorker … Not found" and nothing handles it. A failed update is
 * harmless, the installed worker keeps serving, so the rejection is handled here and logged.
 */
export function guardWorkerUpdate(
  prototype: { update: () => Promise<unknown> } | undefined,
  warn: (message: string, error: unknown) => void = (message, error) =>
    console.warn(message, error),
): void {
  if (!prototype || GUARDED in prototype) return;
  const update = prototype.update;
  const guarded = function (this: unknown) {
    return update.call(this).catch((error: unknown) => {
      warn('The mock backend worker could not update; the installed one keeps serving.', error);
      return undefined;
    });
  };
  Object.defineProperty(prototype, 'update', {
    value: guarded,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(prototype, GUARDED, { value: true });
}

const GUARDED = Symbol.for('reseller-console.worker-update-guard');
