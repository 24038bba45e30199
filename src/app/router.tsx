import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { authorizationQueries } from '@/api/authorizations/queries';
import { clockQueries } from '@/api/clock/queries';
import { HISTORY_PAGE } from '@/api/common/history-page';
import { customerQueries } from '@/api/customers/queries';
import { invoiceListParamsOf, invoiceQueries } from '@/api/invoices/queries';
import { orderQueries } from '@/api/orders/queries';
import { paymentMethodQueries } from '@/api/payment-methods/queries';
import { prefetch } from '@/api/prefetch';
import { env } from '@/config/env';
import { LoadingState } from '@/components/loading-state';
import { sessionStore } from '@/lib/session-store';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** One table of routes; every page is its own chunk, loaded when first visited. */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const errorElement = <RouteError />;
  return [
    {
      path: '/sign-in',
      lazy: () => import('@/features/session/sign-in-page'),
      errorElement,
      hydrateFallbackElement: <LoadingState />,
    },
    {
      path: '/',
      lazy: () => import('./routes/shell-route'),
      errorElement,
      hydrateFallbackElement: <LoadingState />,
      children: [
        { index: true, element: <Navigate to="/customers" replace /> },
        {
          path: 'customers',
          lazy: () => import('./routes/customers-route'),
          errorElement,
        },
        { path: 'renewals', lazy: () => import('./routes/renewals-route'), errorElement },
        {
          path: 'customers/:customerId',
          // Starts every request the page needs at once, in parallel with its code (no waterfall).
          loader: ({ params }) => {
            if (sessionStore.token() && params.customerId) {
              prefetch(queryClient, clockQueries.current());
              prefetch(queryClient, customerQueries.detail(params.customerId));
              prefetch(queryClient, customerQueries.subscriptions(params.customerId));
              prefetch(queryClient, authorizationQueries.list(params.customerId, HISTORY_PAGE));
              prefetch(queryClient, orderQueries.list(params.customerId, HISTORY_PAGE));
            }
            return null;
          },
          lazy: () => import('./routes/customer-route'),
          errorElement,
          children: [
            { index: true, element: <Navigate to="plans" replace /> },
            { path: 'plans', lazy: () => import('./routes/customer-plans-route'), errorElement },
            {
              path: 'history',
              lazy: () => import('./routes/customer-history-route'),
              errorElement,
            },
            {
              path: 'renewals',
              // In parallel with the customer's own prefetch: no second request stage.
              loader: ({ params }) => {
                if (sessionStore.token() && params.customerId) {
                  prefetch(queryClient, orderQueries.renewals(params.customerId));
                }
                return null;
              },
              lazy: () => import('./routes/customer-renewals-route'),
              errorElement,
            },
            {
              path: 'billing',
              // Both halves of the tab at once, in parallel with the customer's own prefetch.
              loader: ({ params, request }) => {
                if (sessionStore.token() && params.customerId) {
                  const { params: list } = invoiceListParamsOf(new URL(request.url).searchParams);
                  prefetch(queryClient, invoiceQueries.list(params.customerId, list));
                  prefetch(queryClient, paymentMethodQueries.list(params.customerId));
                }
                return null;
              },
              lazy: () => import('./routes/customer-billing-route'),
              errorElement,
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    {
      // Outside the shell: a printable page without the app bar, navigation or tabs.
      path: '/customers/:customerId/invoices/:invoiceId',
      loader: ({ params }) => {
        if (sessionStore.token() && params.customerId && params.invoiceId) {
          prefetch(queryClient, clockQueries.current());
          prefetch(queryClient, customerQueries.detail(params.customerId));
          prefetch(queryClient, invoiceQueries.detail(params.customerId, params.invoiceId));
        }
        return null;
      },
      lazy: () => import('./routes/invoice-print-route'),
      errorElement,
      hydrateFallbackElement: <LoadingState />,
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient), {
    basename: env.baseUrl.replace(/\/$/, '') || '/',
  });
}
