import { z } from 'zod';
import { CASE_PRIORITIES, CASE_STATUSES, CASE_TYPES, CASE_VIEWS } from '@/domain/cases';
import { IdSchema, PagingQuerySchema, PlainTextSchema, pageSchema } from '../common/schemas';
import { MemberRefSchema } from '../team/schemas';

export const CaseTypeSchema = z.enum(CASE_TYPES);
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export const CasePrioritySchema = z.enum(CASE_PRIORITIES);
export const CaseViewSchema = z.enum(CASE_VIEWS);

/** Decided limits: a subject fits one line of a list, a description or comment a long e-mail. */
export const CASE_SUBJECT_MAX = 120;
export const CASE_TEXT_MAX = 4000;
export const ATTACHMENT_NAME_MAX = 255;
/** Decided: 2 MiB per file keeps the browser's database small; larger logs go zipped. */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/zip',
] as const;

/** Typed text over several lines: new lines and tabs, no other control character. */
export const MultilineTextSchema = z.string().regex(/^(?:\P{Cc}|[\n\t])*$/u);

/** Bytes a base64 text decodes to (its padding excluded). */
export function base64DecodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export const CaseCommentSchema = z.object({
  id: IdSchema,
  author: MemberRefSchema,
  createdAt: z.iso.datetime(),
  body: z.string(),
});

export const AttachmentMetaSchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  uploadedAt: z.iso.datetime(),
  uploadedBy: MemberRefSchema,
});

/** A case as lists show it. */
export const CaseSummarySchema = z.object({
  id: IdSchema,
  number: z.string(),
  customerId: IdSchema,
  companyName: z.string(),
  type: CaseTypeSchema,
  subject: z.string(),
  status: CaseStatusSchema,
  priority: CasePrioritySchema,
  createdAt: z.iso.datetime(),
  createdBy: MemberRefSchema,
  updatedAt: z.iso.datetime(),
  commentCount: z.number().int().nonnegative(),
  attachmentCount: z.number().int().nonnegative(),
  version: z.number().int().positive(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** A case with its description, comments (oldest first) and files (without their bytes). */
export const SupportCaseSchema = CaseSummarySchema.extend({
  description: z.string(),
  comments: z.array(CaseCommentSchema),
  attachments: z.array(AttachmentMetaSchema),
});
export type SupportCase = z.infer<typeof SupportCaseSchema>;

export const CasePageSchema = pageSchema(CaseSummarySchema);
export type CasePage = z.infer<typeof CasePageSchema>;

export const CaseListQuerySchema = PagingQuerySchema.extend({
  view: CaseViewSchema.default('ACTIVE'),
  customerId: IdSchema.optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CustomerCaseListQuerySchema = PagingQuerySchema.extend({
  view: CaseViewSchema.default('ALL'),
});
export type CustomerCaseListQuery = z.infer<typeof CustomerCaseListQuerySchema>;

const subject = PlainTextSchema.trim().min(1).max(CASE_SUBJECT_MAX);
const longText = MultilineTextSchema.trim().min(1).max(CASE_TEXT_MAX);

export const CreateCaseRequestSchema = z.strictObject({
  type: CaseTypeSchema,
  subject,
  description: longText,
  priority: CasePrioritySchema,
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequestSchema>;
export type CreateCaseInput = z.input<typeof CreateCaseRequestSchema>;

export const UpdateCaseRequestSchema = z
  .strictObject({
    subject: subject.optional(),
    description: longText.optional(),
    priority: CasePrioritySchema.optional(),
    status: CaseStatusSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (Object.values(value).every((field) => field === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], params: { reason: 'NOTHING_TO_CHANGE' } });
    }
  });
export type UpdateCaseRequest = z.infer<typeof UpdateCaseRequestSchema>;

export const AddCaseCommentRequestSchema = z.strictObject({ body: longText });
export type AddCaseCommentRequest = z.infer<typeof AddCaseCommentRequestSchema>;

export const AddAttachmentRequestSchema = z.strictObject({
  fileName: PlainTextSchema.trim()
    .min(1)
    .max(ATTACHMENT_NAME_MAX)
    .regex(/^[^/\\]*$/)
    .refine((value) => value !== '.' && value !== '..', { params: { reason: 'FILE_NAME' } }),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES),
  contentBase64: z
    .string()
    .min(1)
    // Cheap bound first, so that an oversized upload is not scanned as base64.
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4)
    .pipe(z.base64())
    .refine((value) => base64DecodedSize(value) <= ATTACHMENT_MAX_BYTES, {
      params: { reason: 'TOO_LARGE' },
    }),
});
export type AddAttachmentRequest = z.infer<typeof AddAttachmentRequestSchema>;

export const AttachmentContentSchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  contentBase64: z.string(),
});
export type AttachmentContent = z.infer<typeof AttachmentContentSchema>;
