import { z } from 'zod';
import {
  ActivityListQuerySchema,
  ActivityPageSchema,
  CustomerActivityQuerySchema,
} from '@/api/activity/schemas';
import { IdSchema } from '@/api/common/schemas';
import type { Backend } from '../backend';
import { listActivity, listCustomerActivity } from '../services/activity-log';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });

export function activityHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/activity',
      query: ActivityListQuerySchema,
      response: ActivityPageSchema,
      summary: 'The activity trail across what the caller sees, newest first',
      handle: ({ ctx, query }) => listActivity(ctx, query),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/activity',
      params: CustomerParams,
      query: CustomerActivityQuerySchema,
      response: ActivityPageSchema,
      summary: "A customer's activity trail, newest first",
      handle: ({ ctx, params, query }) => listCustomerActivity(ctx, params.customerId, query),
    }),
  ];
}
