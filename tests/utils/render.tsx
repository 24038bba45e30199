import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { configureApiClient } from '@/api/client';
import { SessionSchema } from '@/api/session/schemas';
import { AppProviders } from '@/app/providers';
import { appRoutes } from '@/app/router';
import { sessionStore } from '@/lib/session-store';
import { calendarDateOfInstant } from '@/domain/calendar-date';
import { createTestBackend } from '@mocks/node';

export const API_BASE = 'http://localhost:3000/api/v1';

/** The business day integration tests run on (the seed is built around it). */
export const TEST_NOW = Date.UTC(2026, 10, 23, 12);
/** TEST_NOW's calendar date. */
export const TEST_TODAY = calendarDateOfInstant(TEST_NOW);

let databaseCounter = 0;

/** A fresh embedded backend (its own database, seeded) served by msw/node. */
export function startTestBackend(options: { now?: () => number } = {}) {
  databaseCounter += 1;
  const { backend, server } = createTestBackend({
    dbName: `integration-${databaseCounter}-${Math.random().toString(36).slice(2)}`,
    baseUrl: API_BASE,
    now: options.now ?? (() => TEST_NOW),
  });
  server.listen({ onUnhandledRequest: 'error' });
  configureApiClient({
    baseUrl: API_BASE,
    ready: backend.ready,
    getToken: sessionStore.token,
    onUnauthorized: () => {
      if (sessionStore.get()) sessionStore.clear('expired');
    },
    onBusinessDate: () => undefined,
  });
  return { backend, server };
}

export async function signInAs(memberId: string) {
  const response = await fetch(`${API_BASE}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ memberId }),
  });
  const session = SessionSchema.parse(await response.json());
  sessionStore.set(session);
  return session;
}

/** The whole app at a path, with a fresh QueryClient and the real routes and providers. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <Suspense fallback={null}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </Suspense>,
  );
  return { ...view, router, queryClient };
}
