import { z } from 'zod';
import { CustomerListQuerySchema, InviteCustomerRequestSchema } from '@/api/customers/schemas';
import { IdSchema } from '@/api/common/schemas';
import type { Backend } from '../backend';
import {
  getCustomer,
  inviteCustomer,
  listCustomerSubscriptions,
  listCustomers,
} from '../services/customers';
import { listOffers } from '../services/offers';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });

export function customerHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/customers',
      query: CustomerListQuerySchema,
      handle: ({ ctx, query }) => listCustomers(ctx, query),
    }),
    route(backend, {
      method: 'post',
      path: '/customers',
      body: InviteCustomerRequestSchema,
      status: 201,
      handle: ({ ctx, body }) => inviteCustomer(ctx, body),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId',
      params: CustomerParams,
      handle: ({ ctx, params }) => getCustomer(ctx, params.customerId),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/subscriptions',
      params: CustomerParams,
      handle: ({ ctx, params }) => listCustomerSubscriptions(ctx, params.customerId),
    }),
    route(backend, {
      method: 'get',
      path: '/offers',
      handle: ({ ctx }) => listOffers(ctx),
    }),
  ];
}
