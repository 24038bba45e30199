import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { initTestI18n } from '../utils/i18n';

initTestI18n();

// findBy… and waitFor wait up to 5 s: the suite runs two workers on two cores in CI, and a
// screen that answers in 100 ms alone can take over a second there. A real hang still fails.
configure({ asyncUtilTimeout: 5000 });

// A console.error during a test (React warnings, act() problems, failed prop types) fails it.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]?.map(String).join(' ') ?? '';
    throw new Error(
      `console.error was called ${consoleErrors.length} time(s): ${first.slice(0, 2000)}`,
    );
  }
});
