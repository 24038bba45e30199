import UndoIcon from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState, type SubmitEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import {
  usePlacePurchaseAuthorizationOrder,
  useWithdrawPurchaseAuthorization,
} from '@/api/authorizations/mutations';
import type { PurchaseAuthorization } from '@/api/authorizations/schemas';
import { apiErrorMessage } from '@/components/api-error-message';
import { FormDialog } from '@/components/form-dialog';
import { canPlaceOrder, canWithdrawFlagged } from '@/domain/authorizations';
import type { Decision } from '@/domain/decision';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';

type Intent = 'WITHDRAW' | 'ORDER';

/** The permission first (who may), then the rule (whether it can be done to this PA). */
function decide(permission: Decision, rule: Decision): Decision {
  return permission.ok ? rule : permission;
}

/** Why a button is disabled, as a sentence (every role refusal names the action). */
function reasonText(
  t: ReturnType<typeof useTranslation>['t'],
  intent: Intent,
  reason: string,
): string {
  if (reason === 'ROLE_NOT_ALLOWED' || reason === 'SIGNED_OUT') {
    return t(`history:actions.roleMayNot.${intent}`);
  }
  return t(`history:actions.reasons.${reason}`, {
    defaultValue: t(`errors:codes.${reason}`, { defaultValue: t('errors:codes.UNKNOWN') }),
  });
}

/**
 * Place order and Undo on a pending PA (SPEC §5.5), each behind a confirmation. Stays mounted
 * whatever the PA's status, so an undo the server refuses shows its reason here after the
 * optimistic WITHDRAWN rolls back.
 */
export function PaActions({ pa }: { pa: PurchaseAuthorization }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState<Intent | null>(null);
  const keys = useIdempotencyKey();
  const withdraw = useWithdrawPurchaseAuthorization(pa.customerId);
  const order = usePlacePurchaseAuthorizationOrder(pa.customerId);
  const withdrawDecision = decide(usePermission('authorizations.change'), canWithdrawFlagged(pa));
  const orderDecision = decide(usePermission('orders.place'), canPlaceOrder(pa));

  const openDialog = (intent: Intent) => {
    // One key per opening: a retry inside this dialog reuses it, a new opening is a new intent.
    keys.reset();
    withdraw.reset();
    order.reset();
    setOpen(intent);
  };
  const close = () => setOpen(null);
  const variables = (intent: Intent) => ({
    pa: { id: pa.id, version: pa.version },
    idempotencyKey: keys.keyFor({ intent, paId: pa.id, version: pa.version }),
  });

  const submitWithdraw: SubmitEventHandler<HTMLFormElement> = (event) => {
    event.preventDefault();
    // Optimistic: the entry shows Withdrawn at once; a refusal rolls back and shows below.
    withdraw.mutate(variables('WITHDRAW'));
    close();
  };
  const submitOrder: SubmitEventHandler<HTMLFormElement> = (event) => {
    event.preventDefault();
    if (order.isPending) return;
    order.mutate(variables('ORDER'), { onSuccess: close });
  };

  const orderReasonId = `${reasonId}-order`;
  const withdrawReasonId = `${reasonId}-withdraw`;

  return (
    <>
      {withdraw.error ? (
        <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
          <AlertTitle>{t('history:actions.undoFailed')}</AlertTitle>
          {apiErrorMessage(t, withdraw.error)}
        </Alert>
      ) : null}
      {pa.status === 'PENDING' ? (
        <Box sx={{ mt: 1.5 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <Button
              variant="contained"
              size="small"
              disabled={!orderDecision.ok}
              aria-describedby={orderDecision.ok ? undefined : orderReasonId}
              onClick={() => openDialog('ORDER')}
            >
              {t('history:actions.placeOrder')}
            </Button>
            <Button
              variant="outlined"
              size="small"
              startIcon={<UndoIcon />}
              disabled={!withdrawDecision.ok}
              aria-describedby={withdrawDecision.ok ? undefined : withdrawReasonId}
              onClick={() => openDialog('WITHDRAW')}
            >
              {t('history:actions.undo')}
            </Button>
          </Box>
          {orderDecision.ok ? null : (
            <Typography id={orderReasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {reasonText(t, 'ORDER', orderDecision.reason)}
            </Typography>
          )}
          {withdrawDecision.ok ? null : (
            <Typography
              id={withdrawReasonId}
              variant="body2"
              color="text.secondary"
              sx={{ mt: 0.5 }}
            >
              {reasonText(t, 'WITHDRAW', withdrawDecision.reason)}
            </Typography>
          )}
        </Box>
      ) : null}
      <FormDialog
        open={open === 'WITHDRAW'}
        title={t('history:actions.undoTitle', { number: pa.number })}
        submitLabel={t('history:actions.undo')}
        onClose={close}
        onSubmit={submitWithdraw}
        pending={false}
        error={null}
      >
        <Typography>{t('history:actions.undoText')}</Typography>
      </FormDialog>
      <FormDialog
        open={open === 'ORDER'}
        title={t('history:actions.orderTitle', { number: pa.number })}
        submitLabel={t('history:actions.placeOrder')}
        onClose={close}
        onSubmit={submitOrder}
        pending={order.isPending}
        error={order.error}
      >
        <Typography>{t('history:actions.orderText')}</Typography>
      </FormDialog>
    </>
  );
}
