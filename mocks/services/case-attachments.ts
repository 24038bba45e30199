import type { AddAttachmentRequest, AttachmentContent, SupportCase } from '@/api/cases/schemas';
import { base64DecodedSize } from '@/api/cases/schemas';
import { canAttachFile } from '@/domain/cases';
import { recordActivity } from './activity';
import { caseInScope, saveCase, subjectOf, toSupportCase } from './cases';
import { requirePermission, type ServiceContext } from './context';
import { enforce, notFound } from './errors';

/** Files of a support case (SPEC §5.10 "attach files"): metadata on the case, bytes apart. */
export async function addCaseAttachment(
  ctx: ServiceContext,
  customerId: string,
  caseId: string,
  input: AddAttachmentRequest,
): Promise<SupportCase> {
  requirePermission(ctx, 'cases.change');
  const { record, companyName } = await caseInScope(ctx, customerId, caseId);
  enforce(canAttachFile(record));
  const attachment = {
    id: `att-${crypto.randomUUID()}`,
    fileName: input.fileName,
    contentType: input.contentType,
    sizeBytes: base64DecodedSize(input.contentBase64),
    uploadedAt: new Date(ctx.now).toISOString(),
    uploadedBy: ctx.actor.id,
  };
  // The bytes live apart from the case, so that case lists stay small.
  await ctx.tx.attachments.put({
    id: attachment.id,
    caseId: record.id,
    contentBase64: input.contentBase64,
  });
  const saved = await saveCase(ctx, {
    ...record,
    attachments: [...record.attachments, attachment],
  });
  await recordActivity(ctx, {
    customerId,
    action: 'case.attachmentAdded',
    subject: subjectOf(record),
    changes: [{ field: 'attachment', from: null, to: attachment.fileName }],
  });
  return toSupportCase(ctx, saved, companyName);
}

export async function getCaseAttachment(
  ctx: ServiceContext,
  customerId: string,
  caseId: string,
  attachmentId: string,
): Promise<AttachmentContent> {
  requirePermission(ctx, 'cases.view');
  const { record } = await caseInScope(ctx, customerId, caseId);
  const meta = record.attachments.find((a) => a.id === attachmentId);
  const content = await ctx.tx.attachments.get(attachmentId);
  if (!meta || content?.caseId !== record.id) throw notFound('Attachment');
  return {
    id: meta.id,
    fileName: meta.fileName,
    contentType: meta.contentType,
    sizeBytes: meta.sizeBytes,
    contentBase64: content.contentBase64,
  };
}
