import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
} from '@/api/payment-methods/mutations';
import type { PaymentMethod } from '@/api/payment-methods/schemas';
import { apiErrorMessage, refusalText } from '@/components/api-error-message';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { canMakeDefault, canRemovePaymentMethod } from '@/domain/payment-card';
import type { CalendarDate } from '@/domain/calendar-date';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';
import { cardLabel } from './card-label';

/**
 * One card: brand, last four, expiry, whether it is the default; Set default (not for an
 * expired card) and Remove (not for the default: SPEC §4 "set another default first").
 */
export function PaymentCardItem({
  customerId,
  method,
  today,
  roleReasonId,
}: {
  customerId: string;
  method: PaymentMethod;
  today: CalendarDate;
  /** Where the section says once why this role may not change cards. */
  roleReasonId: string;
}) {
  const { t } = useTranslation();
  const defaultReasonId = useId();
  const removeReasonId = useId();
  const permission = usePermission('invoices.pay');
  const setDefault = useSetDefaultPaymentMethod(customerId);
  const remove = useRemovePaymentMethod(customerId);
  const defaultKeys = useIdempotencyKey();
  const removeKeys = useIdempotencyKey();
  const [confirming, setConfirming] = useState(false);
  const label = cardLabel(t, method);
  const defaultDecision = permission.ok ? canMakeDefault(method, today) : permission;
  const removeDecision = permission.ok ? canRemovePaymentMethod(method) : permission;
  // The role's refusal is said once for the section; a rule's refusal beside its button.
  const defaultReason = permission.ok ? refusalText(t, defaultDecision, '') : null;
  const removeReason = permission.ok ? refusalText(t, removeDecision, '') : null;
  const describe = (reason: string | null, id: string) =>
    !permission.ok ? roleReasonId : reason ? id : undefined;
  const ref = { id: method.id, version: method.version };

  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5 }} aria-label={label}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{label}</Typography>
        {method.isDefault ? (
          <Chip size="small" color="primary" label={t('billing:cards.default')} />
        ) : null}
        {method.expired ? (
          <Chip size="small" color="error" variant="outlined" label={t('billing:cards.expired')} />
        ) : null}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {method.card.holderName}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {method.isDefault ? null : (
          <Button
            size="small"
            variant="outlined"
            disabled={!defaultDecision.ok}
            loading={setDefault.isPending}
            aria-describedby={describe(defaultReason, defaultReasonId)}
            onClick={() =>
              setDefault.mutate({
                method: ref,
                idempotencyKey: defaultKeys.keyFor({ default: ref }),
              })
            }
          >
            {t('billing:cards.makeDefault')}
          </Button>
        )}
        <Button
          size="small"
          color="error"
          variant="outlined"
          disabled={!removeDecision.ok}
          aria-describedby={describe(removeReason, removeReasonId)}
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          {t('billing:cards.remove')}
        </Button>
      </Box>
      {defaultReason && !method.isDefault ? (
        <Typography id={defaultReasonId} variant="caption" color="text.secondary" component="p">
          {defaultReason}
        </Typography>
      ) : null}
      {removeReason ? (
        <Typography id={removeReasonId} variant="caption" color="text.secondary" component="p">
          {removeReason}
        </Typography>
      ) : null}
      {setDefault.error ? (
        <Typography role="alert" variant="body2" color="error" sx={{ mt: 0.5 }}>
          {apiErrorMessage(t, setDefault.error)}
        </Typography>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('billing:remove.title', { card: label })}
          confirmLabel={t('billing:remove.submit')}
          consequence={t('billing:remove.consequence', { card: label })}
          onClose={() => setConfirming(false)}
          pending={remove.isPending}
          error={remove.error}
          compact
          onConfirm={(event) => {
            event.preventDefault();
            remove.mutate(
              { method: ref, idempotencyKey: removeKeys.keyFor({ remove: ref }) },
              { onSuccess: () => setConfirming(false) },
            );
          }}
        />
      ) : null}
    </Paper>
  );
}
