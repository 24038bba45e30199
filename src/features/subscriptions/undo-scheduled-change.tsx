import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndoScheduledChange } from '@/api/subscriptions/mutations';
import type { Subscription } from '@/api/subscriptions/schemas';
import { apiErrorMessage, refusalText } from '@/components/api-error-message';
import type { Decision } from '@/domain/decision';
import { canUndoScheduledChange } from '@/domain/seats';
import { useBusinessDate } from '@/hooks/use-business-date';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';

/**
 * Undo a scheduled reduction or cancellation where it is shown (SPEC §4): one click, since it
 * restores what the subscription had; until the term ends (canUndoScheduledChange), otherwise
 * disabled with the reason. A refusal shows next to it.
 */
export function UndoScheduledChange({
  customerId,
  subscription,
}: {
  customerId: string;
  subscription: Subscription;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const today = useBusinessDate();
  const permission = usePermission('renewals.change');
  const keys = useIdempotencyKey();
  const undo = useUndoScheduledChange(customerId);
  const [undone, setUndone] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  if (subscription.scheduledChange === null) {
    // Undo goes away with the change: the word that it is undone takes the focus instead.
    return undone ? (
      <Typography ref={statusRef} role="status" tabIndex={-1} variant="body2">
        {t('subscriptions:undo.done')}
      </Typography>
    ) : null;
  }

  const decision: Decision | null = !permission.ok
    ? permission
    : today === undefined
      ? null
      : canUndoScheduledChange(subscription, today);
  const reason = decision ? refusalText(t, decision, t('subscriptions:undo.roleMayNot')) : null;
  const target = { id: subscription.id, version: subscription.version };

  return (
    <Box sx={{ mt: 0.5 }}>
      <Button
        size="small"
        variant="outlined"
        disabled={decision === null || !decision.ok}
        loading={undo.isPending}
        aria-describedby={reason ? reasonId : undefined}
        aria-label={t('subscriptions:undo.labelFor', { offer: subscription.offerName })}
        onClick={() => {
          if (undo.isPending) return;
          undo.mutate(
            { subscription: target, idempotencyKey: keys.keyFor(target) },
            {
              onSuccess: () => {
                setUndone(true);
                window.setTimeout(() => statusRef.current?.focus(), 0);
              },
            },
          );
        }}
      >
        {t('subscriptions:undo.action')}
      </Button>
      {reason ? (
        <Typography id={reasonId} variant="caption" component="p" color="text.secondary">
          {reason}
        </Typography>
      ) : null}
      {undo.error ? (
        <Typography role="alert" variant="body2" color="error">
          {apiErrorMessage(t, undo.error)}
        </Typography>
      ) : null}
    </Box>
  );
}
