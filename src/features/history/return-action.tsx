import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '@/api/client';
import { ValidationDetailsSchema } from '@/api/common/errors';
import { customerQueries } from '@/api/customers/queries';
import { useRequestReturn } from '@/api/orders/mutations';
import type { CreateReturnRequest, Order, OrderLine } from '@/api/orders/schemas';
import { FormDialog } from '@/components/form-dialog';
import { TextFieldElement } from '@/components/form-fields';
import { MoneyText } from '@/components/money-text';
import { returnCredit, returnableQuantity, type OrderLineFacts } from '@/domain/orders';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';
import { parseSeats } from '@/lib/parse-seats';

interface ReturnFormValues {
  lines: { quantity: string }[];
}

/** How many seats of a line may go back, and whether the seats in use are what limits it. */
interface LineLimit {
  max: number;
  used: number | null;
}

function lineFacts(line: OrderLine): OrderLineFacts {
  return {
    quantity: line.quantity,
    returnedQuantity: line.returnedQuantity,
    amountMinor: line.amount.amountMinor,
  };
}

function limitText(t: TFunction, limit: LineLimit): string {
  return limit.used === null
    ? t('history:return.atMost', { max: limit.max })
    : t('history:return.atMostAssigned', { max: limit.max, count: limit.used });
}

/** Seats to return as typed: an empty field returns none of the line. */
function seats(text: string): number | null {
  return text.trim() === '' ? 0 : parseSeats(text);
}

/** The form's rules, in the reader's language: whole seats, within each limit, one line > 0. */
function returnFormSchema(t: TFunction, limits: readonly LineLimit[]) {
  return z
    .object({ lines: z.array(z.object({ quantity: z.string() })) })
    .superRefine((values, ctx) => {
      let any = false;
      values.lines.forEach((line, index) => {
        const limit = limits[index];
        const quantity = seats(line.quantity);
        if (quantity === null) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'quantity'],
            message: t('history:return.wholeNumber'),
          });
        } else if (limit && quantity > limit.max) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'quantity'],
            message: limitText(t, limit),
          });
        } else if (quantity > 0) {
          any = true;
        }
      });
      if (!any && !values.lines.some((line) => seats(line.quantity) === null)) {
        ctx.addIssue({ code: 'custom', path: ['lines'], message: t('history:return.atLeastOne') });
      }
    });
}

function ReturnDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const keys = useIdempotencyKey();
  const request = useRequestReturn(order.customerId);
  const subscriptions = useQuery(customerQueries.subscriptions(order.customerId));
  const limits = useMemo<LineLimit[]>(
    () =>
      order.lineItems.map((line) => {
        const returnable = returnableQuantity(line);
        const subscription = subscriptions.data?.items.find((s) => s.id === line.subscriptionId);
        if (!subscription) return { max: returnable, used: null };
        const free = Math.max(0, subscription.currentQuantity - subscription.usedQuantity);
        return free < returnable
          ? { max: free, used: subscription.usedQuantity }
          : { max: returnable, used: null };
      }),
    [order.lineItems, subscriptions.data],
  );
  const resolver = useMemo(() => zodResolver(returnFormSchema(t, limits)), [t, limits]);
  const form = useForm<ReturnFormValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: { lines: order.lineItems.map(() => ({ quantity: '0' })) },
  });
  const values = useWatch({ control: form.control, name: 'lines' });
  const currency = order.currencyCode;
  const credits = order.lineItems.map((line, index) => {
    const quantity = seats(values[index]?.quantity ?? '');
    const limit = limits[index];
    if (quantity === null || quantity < 1 || !limit || quantity > returnableQuantity(line)) {
      return 0;
    }
    return returnCredit(lineFacts(line), quantity);
  });
  // The domain signs credits as the ledger does (negative); under "Credit:" they read positive.
  const total = credits.reduce((sum, credit) => sum + credit, 0);

  const submit = form.handleSubmit((submitted) => {
    if (request.isPending) return;
    const sent = order.lineItems
      .map((line, index) => ({
        index,
        lineNumber: line.lineNumber,
        quantity: seats(submitted.lines[index]?.quantity ?? '') ?? 0,
      }))
      .filter((line) => line.quantity > 0);
    const body: CreateReturnRequest = {
      lineItems: sent.map(({ lineNumber, quantity }) => ({ lineNumber, quantity })),
    };
    request.mutate(
      {
        order: { id: order.id, version: order.version },
        body,
        idempotencyKey: keys.keyFor({ orderId: order.id, version: order.version, body }),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          // The API names the lines it refused (lineItems.N.quantity): show each under its field.
          const details =
            isApiError(error) && error.code === 'VALIDATION'
              ? ValidationDetailsSchema.safeParse(error.details)
              : null;
          details?.data?.fields.forEach((issue) => {
            const match = /^lineItems\.(\d+)\.quantity$/.exec(issue.path);
            const line = match ? sent[Number(match[1])] : undefined;
            if (line) {
              form.setError(`lines.${line.index}.quantity`, {
                message: t('history:return.invalidQuantity'),
              });
            }
          });
        },
      },
    );
  });

  const rootError = form.formState.errors.lines?.message;
  return (
    <FormDialog
      open
      title={t('history:return.title', { number: order.number })}
      submitLabel={t('history:return.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={request.isPending}
      error={request.error}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('history:return.text')}
      </Typography>
      {order.lineItems.map((line, index) => {
        const limit = limits[index] ?? { max: 0, used: null };
        return (
          <Box key={line.lineNumber} sx={{ mb: 1.5 }}>
            <TextFieldElement
              control={form.control}
              name={`lines.${index}.quantity`}
              label={t('history:return.quantityOf', { name: line.offerName })}
              helperText={limitText(t, limit)}
              type="number"
              slotProps={{ htmlInput: { min: 0, max: limit.max, step: 1, inputMode: 'numeric' } }}
            />
            <Typography variant="body2" color="text.secondary">
              {t('history:return.credit')}{' '}
              <MoneyText money={{ amountMinor: Math.abs(credits[index] ?? 0), currency }} />
            </Typography>
          </Box>
        );
      })}
      {rootError ? (
        <Typography role="alert" color="error" variant="body2" sx={{ mb: 1 }}>
          {rootError}
        </Typography>
      ) : null}
      <Typography sx={{ fontWeight: 600 }}>
        {t('history:return.total')} <MoneyText money={{ amountMinor: Math.abs(total), currency }} />
      </Typography>
    </FormDialog>
  );
}

/**
 * Request return on a NEW or RENEWAL order while its window is open (SPEC §4, §5.5): disabled,
 * saying why, for a role that may not place orders. Each opening is a new intent (a new key).
 */
export function ReturnAction({ order, returnable }: { order: Order; returnable: boolean }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const permission = usePermission('orders.place');
  // An open dialog stays when the window closes meanwhile: it shows the refusal, input kept.
  if (!returnable && !open) return null;
  return (
    <Box sx={{ mt: 1.5 }}>
      <Button
        hidden={!returnable}
        variant="outlined"
        size="small"
        disabled={!permission.ok}
        aria-describedby={permission.ok ? undefined : reasonId}
        onClick={() => setOpen(true)}
      >
        {t('history:return.action')}
      </Button>
      {permission.ok ? null : (
        <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('history:return.roleMayNot')}
        </Typography>
      )}
      {open ? <ReturnDialog order={order} onClose={() => setOpen(false)} /> : null}
    </Box>
  );
}
