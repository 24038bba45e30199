import { z } from 'zod';
import {
  CustomerListQuerySchema,
  CustomerPageSchema,
  CustomerSchema,
  InviteCustomerRequestSchema,
} from '@/api/customers/schemas';
import { OfferListSchema } from '@/api/offers/schemas';
import { SubscriptionListSchema } from '@/api/subscriptions/schemas';
import { IdSchema } from '@/api/common/schemas';
import type { Backend } from '../backend';
import {
  getCustomer,
  inviteCustomer,
  listCustomerSubscriptions,
  listCustomers,
} from '../services/customers';
import { listOffers } from '../services/offers';
import {
  ChangeCustomerManagersRequestSchema,
  EditCustomerRequestSchema,
} from '@/api/customers/schemas';
import { changeCustomerManagers, editCustomer } from '../services/customer-edit';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });

export function customerHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/customers',
      query: CustomerListQuerySchema,
      response: CustomerPageSchema,
      summary: 'Customers in the caller’s scope: search, filters, sort, a page, counts per status',
      handle: ({ ctx, query }) => listCustomers(ctx, query),
    }),
    route(backend, {
      method: 'post',
      path: '/customers',
      body: InviteCustomerRequestSchema,
      status: 201,
      response: CustomerSchema,
      summary: 'Invite a customer; its VIP ID is issued at once',
      handle: ({ ctx, body }) => inviteCustomer(ctx, body),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId',
      params: CustomerParams,
      response: CustomerSchema,
      summary: 'One customer with its derived status and reason',
      handle: ({ ctx, params }) => getCustomer(ctx, params.customerId),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/subscriptions',
      params: CustomerParams,
      response: SubscriptionListSchema,
      summary: 'The customer’s subscriptions',
      handle: ({ ctx, params }) => listCustomerSubscriptions(ctx, params.customerId),
    }),
    route(backend, {
      method: 'get',
      path: '/offers',
      response: OfferListSchema,
      summary: 'Every offer with its yearly unit prices per volume level and currency',
      handle: ({ ctx }) => listOffers(ctx),
    }),
    route(backend, {
      method: 'patch',
      path: '/customers/:customerId',
      params: CustomerParams,
      body: EditCustomerRequestSchema,
      response: CustomerSchema,
      summary:
        'Edit a customer: name, admin contact, sub-segments (If-Match: the customer version)',
      handle: ({ ctx, params, body }) => editCustomer(ctx, params.customerId, body),
    }),
    route(backend, {
      method: 'put',
      path: '/customers/:customerId/managers',
      params: CustomerParams,
      body: ChangeCustomerManagersRequestSchema,
      response: CustomerSchema,
      summary: 'Change who manages a customer: account manager and sales rep (If-Match)',
      handle: ({ ctx, params, body }) => changeCustomerManagers(ctx, params.customerId, body),
    }),
  ];
}
