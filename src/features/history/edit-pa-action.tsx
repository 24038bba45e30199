import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useEditPurchaseAuthorization } from '@/api/authorizations/mutations';
import type {
  EditPurchaseAuthorizationRequest,
  PurchaseAuthorization,
} from '@/api/authorizations/schemas';
import { isApiError } from '@/api/client';
import { ValidationDetailsSchema } from '@/api/common/errors';
import { customerQueries } from '@/api/customers/queries';
import { FormDialog } from '@/components/form-dialog';
import { TextFieldElement } from '@/components/form-fields';
import {
  canEditPurchaseAuthorization,
  isQuantityInRange,
  type PaLine,
} from '@/domain/authorizations';
import { errorCodeMessage } from '@/components/api-error-message';
import { parseSeats } from '@/lib/parse-seats';

interface EditFormValues {
  lines: { quantity: string; removed: boolean }[];
}

/** The refusals of canEditPurchaseAuthorization (and the API) that are about one line. */
const LINE_REASONS: ReadonlySet<string> = new Set([
  'DUPLICATE_OFFER',
  'OFFER_NOT_AVAILABLE',
  'QUANTITY_OUT_OF_RANGE',
  'LICENSES_ASSIGNED',
]);

/** `details` of a line refusal: the line's index in the request, and its offer. */
const LineRefusalDetailsSchema = z.object({
  lineIndex: z.number().int().nullish(),
  offerId: z.string().optional(),
});

function lineReasonText(t: TFunction, reason: string): string {
  return t(`history:edit.lineReasons.${reason}`, { defaultValue: errorCodeMessage(t, reason) });
}

/**
 * The PA line (index in pa.lineItems) a refusal names: by its index in the lines sent, else by
 * its offer (a removed line is not among the lines sent). Null when it names none.
 */
function refusedPaLine(
  pa: PurchaseAuthorization,
  sent: readonly PaLine[],
  details: unknown,
): number | null {
  const parsed = LineRefusalDetailsSchema.safeParse(details ?? {});
  if (!parsed.success) return null;
  const { lineIndex, offerId } = parsed.data;
  const named = lineIndex === null || lineIndex === undefined ? offerId : sent[lineIndex]?.offerId;
  if (named === undefined) return null;
  const index = pa.lineItems.findIndex((line) => line.offerId === named);
  return index === -1 ? null : index;
}

/** What the API answered about one line of the request, if it named one (else null). */
function serverLineError(
  t: TFunction,
  pa: PurchaseAuthorization,
  error: unknown,
  sent: readonly PaLine[],
): { index: number; message: string } | null {
  if (!isApiError(error)) return null;
  if (error.status === 422 && LINE_REASONS.has(error.code)) {
    const index = refusedPaLine(pa, sent, error.details);
    return index === null ? null : { index, message: lineReasonText(t, error.code) };
  }
  if (error.code === 'VALIDATION') {
    const details = ValidationDetailsSchema.safeParse(error.details);
    for (const issue of details.data?.fields ?? []) {
      const match = /^lineItems\.(\d+)\.quantity$/.exec(issue.path);
      const index = match ? refusedPaLine(pa, sent, { lineIndex: Number(match[1]) }) : null;
      if (index !== null) return { index, message: lineReasonText(t, 'QUANTITY_OUT_OF_RANGE') };
    }
  }
  return null;
}

/**
 * The form's rules, in the reader's language: each kept line a whole number from 1 to its
 * current quantity (an edit only lowers), at least one line kept, and something changed.
 */
function editFormSchema(t: TFunction, pa: PurchaseAuthorization) {
  return z
    .object({ lines: z.array(z.object({ quantity: z.string(), removed: z.boolean() })) })
    .superRefine((values, ctx) => {
      let kept = 0;
      let changed = false;
      let invalid = false;
      values.lines.forEach((line, index) => {
        const original = pa.lineItems[index];
        if (!original) return;
        if (line.removed) {
          changed = true;
          return;
        }
        kept += 1;
        const quantity = parseSeats(line.quantity);
        const path = ['lines', index, 'quantity'];
        if (quantity === null) {
          invalid = true;
          ctx.addIssue({ code: 'custom', path, message: t('history:edit.wholeNumber') });
        } else if (quantity > original.quantity || !isQuantityInRange(quantity, pa.licenseType)) {
          invalid = true;
          ctx.addIssue({
            code: 'custom',
            path,
            message: t('history:edit.outOfRange', { max: original.quantity }),
          });
        } else if (quantity !== original.quantity) {
          changed = true;
        }
      });
      if (kept === 0) {
        ctx.addIssue({ code: 'custom', path: ['lines'], message: t('history:edit.lastLine') });
      } else if (!changed && !invalid) {
        ctx.addIssue({ code: 'custom', path: ['lines'], message: t('history:edit.noChange') });
      }
    });
}

/** What one edit is: the PA (at the version the dialog shows) and the lines it keeps. */
export interface EditIntent {
  paId: string;
  version: number;
  body: EditPurchaseAuthorizationRequest;
}

/**
 * Edit a pending PA (SPEC §4 "edit a PA", §5.5): remove lines or lower quantities, at least
 * one line stays. Mounted for one opening; `keyFor` gives that opening's idempotency key.
 */
export function EditPaDialog({
  pa: shown,
  keyFor,
  onClose,
}: {
  pa: PurchaseAuthorization;
  keyFor: (intent: EditIntent) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  // The PA as the dialog opened on it: a refresh meanwhile (after a conflict, say) must not
  // shift the lines under the user's input; the edit is sent for this version (If-Match).
  const [pa] = useState(shown);
  const queryClient = useQueryClient();
  const edit = useEditPurchaseAuthorization(pa.customerId);
  const subscriptions = useQuery(customerQueries.subscriptions(pa.customerId));
  const resolver = useMemo(() => zodResolver(editFormSchema(t, pa)), [t, pa]);
  const form = useForm<EditFormValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      lines: pa.lineItems.map((line) => ({ quantity: String(line.quantity), removed: false })),
    },
  });
  const values = useWatch({ control: form.control, name: 'lines' });
  const restoreId = (index: number) => `${baseId}-${index}-restore`;
  const focusRestore = (index: number) => document.getElementById(restoreId(index))?.focus();
  const isRemoved = (index: number) => values[index]?.removed ?? false;
  const keptCount = pa.lineItems.filter((_, index) => !isRemoved(index)).length;

  const setRemoved = (index: number, removed: boolean) => {
    form.clearErrors([`lines.${index}.removed`, `lines.${index}.quantity`]);
    // Render now, so keyboard focus moves to the control that took the pressed one's place.
    flushSync(() => form.setValue(`lines.${index}.removed`, removed));
    // A form-wide message ("change something first") may no longer hold: check again.
    if (form.formState.errors.lines?.message) void form.trigger();
    if (removed) focusRestore(index);
    else form.setFocus(`lines.${index}.quantity`);
  };

  /** A refusal about one line shows under it: its quantity field, or its removed row. */
  const showOnLine = (index: number, message: string) => {
    if (form.getValues(`lines.${index}.removed`)) {
      form.setError(`lines.${index}.removed`, { type: 'refused', message });
      focusRestore(index);
    } else {
      form.setError(`lines.${index}.quantity`, { type: 'refused', message }, { shouldFocus: true });
    }
  };

  const submit = form.handleSubmit((submitted) => {
    if (edit.isPending) return;
    const lineItems: PaLine[] = pa.lineItems.flatMap((line, index) => {
      const value = submitted.lines[index];
      if (!value || value.removed) return [];
      return [{ offerId: line.offerId, quantity: parseSeats(value.quantity) ?? line.quantity }];
    });
    // The same rule the API applies, with the seats users hold (LICENSES_ASSIGNED) named here.
    const decision = canEditPurchaseAuthorization(pa, lineItems, subscriptions.data?.items ?? []);
    if (!decision.ok) {
      const index = refusedPaLine(pa, lineItems, decision.details);
      const message = lineReasonText(t, decision.reason);
      if (index === null) form.setError('lines', { type: 'refused', message });
      else showOnLine(index, message);
      return;
    }
    const body: EditPurchaseAuthorizationRequest = { lineItems };
    edit.mutate(
      {
        pa: { id: pa.id, version: pa.version },
        body,
        idempotencyKey: keyFor({ paId: pa.id, version: pa.version, body }),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          // Changed meanwhile: refresh the customer's details, so the next opening edits the
          // latest version (this one keeps the input and says so).
          if (isApiError(error) && error.code === 'CONFLICT') {
            void queryClient.invalidateQueries({
              queryKey: customerQueries.detail(pa.customerId).queryKey,
            });
          }
          const onLine = serverLineError(t, pa, error, lineItems);
          if (onLine) showOnLine(onLine.index, onLine.message);
        },
      },
    );
  });

  // A refusal shown under its line is not repeated in the dialog's alert.
  const sent = edit.variables?.body.lineItems ?? [];
  const alertError = serverLineError(t, pa, edit.error, sent) ? null : edit.error;
  const rootError = form.formState.errors.lines?.message;
  const lastLineId = `${baseId}-last-line`;

  return (
    <FormDialog
      open
      title={t('history:edit.title', { number: pa.number })}
      submitLabel={t('history:edit.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={edit.isPending}
      error={alertError}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('history:edit.text')}
      </Typography>
      {pa.lineItems.map((line, index) => {
        const name = line.offerName;
        if (isRemoved(index)) {
          const refusal = form.formState.errors.lines?.[index]?.removed?.message;
          const refusalId = `${baseId}-${index}-refusal`;
          return (
            <Box key={line.offerId} sx={{ mb: 1.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                <Typography sx={{ textDecoration: 'line-through' }}>{name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('history:edit.removed')}
                </Typography>
                <Button
                  size="small"
                  startIcon={<UndoIcon />}
                  aria-label={t('history:edit.restoreLine', { name })}
                  aria-describedby={refusal ? refusalId : undefined}
                  id={restoreId(index)}
                  onClick={() => setRemoved(index, false)}
                >
                  {t('history:edit.undoRemove')}
                </Button>
              </Box>
              {refusal ? (
                <Typography id={refusalId} role="alert" variant="body2" color="error">
                  {refusal}
                </Typography>
              ) : null}
            </Box>
          );
        }
        const last = keptCount <= 1;
        return (
          <Box key={line.offerId} sx={{ mb: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <TextFieldElement
                control={form.control}
                name={`lines.${index}.quantity`}
                label={t('history:edit.quantityOf', { name })}
                helperText={t('history:edit.limit', { max: line.quantity })}
                type="number"
                slotProps={{
                  htmlInput: { min: 1, max: line.quantity, step: 1, inputMode: 'numeric' },
                }}
              />
              <IconButton
                aria-label={t('history:edit.removeLine', { name })}
                aria-describedby={last ? lastLineId : undefined}
                disabled={last}
                onClick={() => setRemoved(index, true)}
                sx={{ mt: 1.5 }}
              >
                <DeleteOutlinedIcon />
              </IconButton>
            </Box>
          </Box>
        );
      })}
      {keptCount <= 1 ? (
        <Typography id={lastLineId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('history:edit.lastLine')}
        </Typography>
      ) : null}
      {rootError ? (
        <Typography role="alert" color="error" variant="body2">
          {rootError}
        </Typography>
      ) : null}
    </FormDialog>
  );
}
