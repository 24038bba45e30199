import { describe, expect, it, vi } from 'vitest';
import { guardWorkerUpdate } from './worker-update-guard';

class FakeRegistration {
  update(): Promise<unknown> {
    return Promise.reject(new TypeError('Failed to update a ServiceWorker: Not found'));
  }
}

describe('guardWorkerUpdate', () => {
  it('handles a rejected update that its caller neither awaits nor catches', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const warn = vi.fn();
    guardWorkerUpdate(FakeRegistration.prototype, warn);
    guardWorkerUpdate(FakeRegistration.prototype, warn); // twice wraps once

    void new FakeRegistration().update(); // as MSW calls it
    await new Promise((resolve) => setTimeout(resolve, 20));

    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    await expect(new FakeRegistration().update()).resolves.toBeUndefined();
  });

  it('does nothing where service workers do not exist', () => {
    expect(() => guardWorkerUpdate(undefined)).not.toThrow();
  });
});
