import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, configureApiClient } from '@/api/client';
import { clockQueries } from '@/api/clock/queries';
import { env } from '@/config/env';
import { setUpI18n } from '@/i18n/setup';
import { sessionStore } from '@/lib/session-store';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';

setUpI18n();

// The embedded backend is the one import of mocks/ in src/: a lazy chunk, and absent from a
// build with VITE_API_BASE_URL set (tests/e2e/real-build.e2e.ts proves it).
const ready: Promise<void> = import.meta.env.VITE_API_BASE_URL
  ? Promise.resolve()
  : import('../mocks/browser')
      .then(({ startMockBackend }) =>
        startMockBackend({ apiBaseUrl: env.apiBaseUrl, baseUrl: env.baseUrl }),
      )
      .catch(() => {
        throw new ApiError(0, 'NETWORK', 'The embedded backend could not start');
      });

const queryClient = createQueryClient();
let knownBusinessDate: string | null = null;

configureApiClient({
  baseUrl: env.apiBaseUrl,
  ready,
  getToken: sessionStore.token,
  onUnauthorized: () => {
    if (sessionStore.get()) sessionStore.clear('expired');
  },
  onBusinessDate: (businessDate) => {
    if (businessDate === knownBusinessDate) return;
    const moved = knownBusinessDate !== null;
    knownBusinessDate = businessDate;
    queryClient.setQueryData(clockQueries.current().queryKey, { businessDate });
    // Statuses, stages and deadlines all follow the clock.
    if (moved)
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'clock' });
  },
});

const router = createAppRouter(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={null}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </Suspense>
  </StrictMode>,
);
