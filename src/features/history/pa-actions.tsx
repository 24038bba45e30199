import EditIcon from '@mui/icons-material/Edit';
import UndoIcon from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type SubmitEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import {
  usePlacePurchaseAuthorizationOrder,
  useWithdrawPurchaseAuthorization,
} from '@/api/authorizations/mutations';
import type { PurchaseAuthorization } from '@/api/authorizations/schemas';
import { apiErrorMessage, errorCodeMessage, isRoleRefusal } from '@/components/api-error-message';
import { FormDialog } from '@/components/form-dialog';
import {
  canEditPurchaseAuthorization,
  canPlaceOrder,
  canWithdrawFlagged,
} from '@/domain/authorizations';
import { allowed, refused, type Decision } from '@/domain/decision';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';
import { EditPaDialog, type EditIntent } from './edit-pa-action';

type Intent = 'WITHDRAW' | 'ORDER' | 'EDIT';

/** The PA's own lines, unchanged: refused only when it is no longer pending. */
function canEditAtAll(pa: PurchaseAuthorization): Decision {
  const decision = canEditPurchaseAuthorization(pa, pa.lineItems, []);
  return decision.ok ? allowed : refused(decision.reason);
}

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
  if (isRoleRefusal(reason)) return t(`history:actions.roleMayNot.${intent}`);
  return t(`history:actions.reasons.${reason}`, { defaultValue: errorCodeMessage(t, reason) });
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
  // Whether this PA may be edited at all; the lines the user keeps are checked in the dialog.
  const editDecision = decide(usePermission('authorizations.change'), canEditAtAll(pa));

  const openDialog = (intent: Intent) => {
    // One key per opening: a retry inside this dialog reuses it, a new opening is a new intent.
    keys.reset();
    withdraw.reset();
    order.reset();
    setOpen(intent);
  };
  const close = () => setOpen(null);
  const anchorRef = useRef<HTMLDivElement>(null);
  /**
   * After an action that removes its own button (undo, place order), keyboard focus would fall
   * to the page: it moves to the entry's heading instead, once the dialog has let go of it.
   */
  const closeToEntry = () => {
    close();
    window.setTimeout(() => {
      const heading = anchorRef.current?.closest('li')?.querySelector<HTMLElement>('h3');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    }, 0);
  };
  const variables = (intent: Intent) => ({
    pa: { id: pa.id, version: pa.version },
    idempotencyKey: keys.keyFor({ intent, paId: pa.id, version: pa.version }),
  });

  const editKey = (intent: EditIntent) => keys.keyFor({ intent: 'EDIT', ...intent });

  const submitWithdraw: SubmitEventHandler<HTMLFormElement> = (event) => {
    event.preventDefault();
    // Optimistic: the entry shows Withdrawn at once; a refusal rolls back and shows below.
    withdraw.mutate(variables('WITHDRAW'));
    closeToEntry();
  };
  const submitOrder: SubmitEventHandler<HTMLFormElement> = (event) => {
    event.preventDefault();
    if (order.isPending) return;
    order.mutate(variables('ORDER'), { onSuccess: closeToEntry });
  };

  const orderReasonId = `${reasonId}-order`;
  const withdrawReasonId = `${reasonId}-withdraw`;
  const editReasonId = `${reasonId}-edit`;

  return (
    <div ref={anchorRef}>
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
            <Button
              variant="outlined"
              size="small"
              startIcon={<EditIcon />}
              disabled={!editDecision.ok}
              aria-describedby={editDecision.ok ? undefined : editReasonId}
              onClick={() => openDialog('EDIT')}
            >
              {t('history:edit.action')}
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
          {editDecision.ok ? null : (
            <Typography id={editReasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {reasonText(t, 'EDIT', editDecision.reason)}
            </Typography>
          )}
        </Box>
      ) : null}
      <FormDialog
        open={open === 'WITHDRAW'}
        title={t('history:actions.undoTitle', { number: pa.number })}
        submitLabel={t('history:actions.withdrawNamed', { number: pa.number })}
        onClose={close}
        onSubmit={submitWithdraw}
        pending={false}
        error={null}
        destructive
        compact
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
        compact
      >
        <Typography>{t('history:actions.orderText')}</Typography>
      </FormDialog>
      {open === 'EDIT' ? <EditPaDialog pa={pa} keyFor={editKey} onClose={close} /> : null}
    </div>
  );
}
