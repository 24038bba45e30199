import type { HttpHandler } from 'msw';
import { z } from 'zod';
import { IdSchema } from '@/api/common/schemas';
import { RenewalListQuerySchema, RenewalPageSchema } from '@/api/renewals/schemas';
import {
  AddSeatsRequestSchema,
  AutoRenewalRequestSchema,
  RenewalQuoteRequestSchema,
  RenewRequestSchema,
  ScheduledChangeRequestSchema,
  SubscriptionOrderResultSchema,
  SubscriptionQuoteSchema,
  SubscriptionSchema,
} from '@/api/subscriptions/schemas';
import type { Backend } from '../backend';
import { listRenewals, quoteRenewal, renewSubscription } from '../services/renewals';
import {
  changeAutoRenewal,
  getSubscription,
  scheduleChange,
  undoScheduledChange,
} from '../services/subscriptions';
import { addSeats, quoteSeats } from '../services/seats';
import { route } from './route';

const Params = z.object({ customerId: IdSchema, subscriptionId: IdSchema });
const ONE = '/customers/:customerId/subscriptions/:subscriptionId';

/** Subscriptions, seats and renewals (SPEC §5.6, §5.7). The customer's list is in customers.ts. */
export function subscriptionsHandlers(backend: Backend): HttpHandler[] {
  return [
    route(backend, {
      method: 'get',
      path: ONE,
      params: Params,
      response: SubscriptionSchema,
      summary: 'One subscription with its state, renewal stage and days left',
      handle: ({ ctx, params }) => getSubscription(ctx, params.customerId, params.subscriptionId),
    }),
    route(backend, {
      method: 'post',
      path: `${ONE}/renewal`,
      params: Params,
      body: RenewRequestSchema,
      status: 201,
      response: SubscriptionOrderResultSchema,
      summary: 'Renew for a year (If-Match): a RENEWAL order; the anniversary moves a year',
      handle: ({ ctx, params, body }) =>
        renewSubscription(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'post',
      path: `${ONE}/renewal-quotes`,
      params: Params,
      body: RenewalQuoteRequestSchema,
      response: SubscriptionQuoteSchema,
      summary: 'Price of renewing at a quantity and whether it would pass now; changes nothing',
      handle: ({ ctx, params, body }) =>
        quoteRenewal(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'patch',
      path: `${ONE}/auto-renewal`,
      params: Params,
      body: AutoRenewalRequestSchema,
      response: SubscriptionSchema,
      summary: 'Turn auto-renew on or off, or change its quantity (If-Match), until day −4',
      handle: ({ ctx, params, body }) =>
        changeAutoRenewal(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'post',
      path: `${ONE}/seats`,
      params: Params,
      body: AddSeatsRequestSchema,
      status: 201,
      response: SubscriptionOrderResultSchema,
      summary: 'Add seats now (If-Match): a NEW order prorated to the anniversary',
      handle: ({ ctx, params, body }) =>
        addSeats(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'post',
      path: `${ONE}/seat-quotes`,
      params: Params,
      body: AddSeatsRequestSchema,
      response: SubscriptionQuoteSchema,
      summary: 'Prorated price of adding seats now and whether it would pass; changes nothing',
      handle: ({ ctx, params, body }) =>
        quoteSeats(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'put',
      path: `${ONE}/scheduled-change`,
      params: Params,
      body: ScheduledChangeRequestSchema,
      response: SubscriptionSchema,
      summary: 'Schedule a seat reduction or a cancellation at term end (If-Match); replaces one',
      handle: ({ ctx, params, body }) =>
        scheduleChange(ctx, params.customerId, params.subscriptionId, body),
    }),
    route(backend, {
      method: 'delete',
      path: `${ONE}/scheduled-change`,
      params: Params,
      response: SubscriptionSchema,
      summary: 'Undo the scheduled reduction or cancellation before the term ends (If-Match)',
      handle: ({ ctx, params }) =>
        undoScheduledChange(ctx, params.customerId, params.subscriptionId),
    }),
    route(backend, {
      method: 'get',
      path: '/renewals',
      query: RenewalListQuerySchema,
      response: RenewalPageSchema,
      summary: 'Renewals overview: subscriptions from −90 days to the end of grace, in scope',
      handle: ({ ctx, query }) => listRenewals(ctx, query),
    }),
  ];
}
