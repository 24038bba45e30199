import { z } from 'zod';
import {
  AddAttachmentRequestSchema,
  AddCaseCommentRequestSchema,
  AttachmentContentSchema,
  CaseListQuerySchema,
  CasePageSchema,
  CreateCaseRequestSchema,
  CustomerCaseListQuerySchema,
  SupportCaseSchema,
  UpdateCaseRequestSchema,
} from '@/api/cases/schemas';
import { IdSchema } from '@/api/common/schemas';
import type { Backend } from '../backend';
import { addCaseAttachment, getCaseAttachment } from '../services/case-attachments';
import { addCaseComment, createCase, getCase, listCases, updateCase } from '../services/cases';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });
const CaseParams = CustomerParams.extend({ caseId: IdSchema });
const AttachmentParams = CaseParams.extend({ attachmentId: IdSchema });

export function casesHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/cases',
      query: CaseListQuerySchema,
      response: CasePageSchema,
      summary: 'Support cases across the customers the caller sees, in one list view',
      handle: ({ ctx, query }) => listCases(ctx, query),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/cases',
      params: CustomerParams,
      query: CustomerCaseListQuerySchema,
      response: CasePageSchema,
      summary: "A customer's support cases",
      handle: ({ ctx, params, query }) =>
        listCases(ctx, { ...query, customerId: params.customerId }),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/cases',
      params: CustomerParams,
      body: CreateCaseRequestSchema,
      status: 201,
      response: SupportCaseSchema,
      summary: 'Open a billing or technical support case',
      handle: ({ ctx, params, body }) => createCase(ctx, params.customerId, body),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/cases/:caseId',
      params: CaseParams,
      response: SupportCaseSchema,
      summary: 'A support case with its comments and attachments (without their bytes)',
      handle: ({ ctx, params }) => getCase(ctx, params.customerId, params.caseId),
    }),
    route(backend, {
      method: 'patch',
      path: '/customers/:customerId/cases/:caseId',
      params: CaseParams,
      body: UpdateCaseRequestSchema,
      response: SupportCaseSchema,
      summary: 'Edit a case: subject, description, priority, status (If-Match: the case version)',
      handle: ({ ctx, params, body }) => updateCase(ctx, params.customerId, params.caseId, body),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/cases/:caseId/comments',
      params: CaseParams,
      body: AddCaseCommentRequestSchema,
      status: 201,
      response: SupportCaseSchema,
      summary: 'Comment on a case that is not closed',
      handle: ({ ctx, params, body }) =>
        addCaseComment(ctx, params.customerId, params.caseId, body),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/cases/:caseId/attachments',
      params: CaseParams,
      body: AddAttachmentRequestSchema,
      status: 201,
      response: SupportCaseSchema,
      summary: 'Attach a file (base64, at most 2 MiB) to a case that is not closed',
      handle: ({ ctx, params, body }) =>
        addCaseAttachment(ctx, params.customerId, params.caseId, body),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/cases/:caseId/attachments/:attachmentId',
      params: AttachmentParams,
      response: AttachmentContentSchema,
      summary: "An attachment's content (base64)",
      handle: ({ ctx, params }) =>
        getCaseAttachment(ctx, params.customerId, params.caseId, params.attachmentId),
    }),
  ];
}
