import { z } from 'zod';
import { IdSchema } from '@/api/common/schemas';
import {
  AssignLicenceRequestSchema,
  LicenceAssignmentListQuerySchema,
  LicenceAssignmentPageSchema,
  LicenceAssignmentSchema,
} from '@/api/licences/schemas';
import type { Backend } from '../backend';
import { assignLicence, listLicenceAssignments, unassignLicence } from '../services/licences';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });
const AssignmentParams = CustomerParams.extend({ assignmentId: IdSchema });

export function licencesHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/licence-assignments',
      params: CustomerParams,
      query: LicenceAssignmentListQuerySchema,
      response: LicenceAssignmentPageSchema,
      summary: "A customer's licence assignments (seats given to end users), with their history",
      handle: ({ ctx, params, query }) => listLicenceAssignments(ctx, params.customerId, query),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/licence-assignments',
      params: CustomerParams,
      body: AssignLicenceRequestSchema,
      status: 201,
      response: LicenceAssignmentSchema,
      summary: 'Assign a free seat of a subscription to an end user',
      handle: ({ ctx, params, body }) => assignLicence(ctx, params.customerId, body),
    }),
    route(backend, {
      method: 'delete',
      path: '/customers/:customerId/licence-assignments/:assignmentId',
      params: AssignmentParams,
      summary: 'Unassign a licence (If-Match: the assignment version); the seat is free again',
      handle: ({ ctx, params }) => unassignLicence(ctx, params.customerId, params.assignmentId),
    }),
  ];
}
