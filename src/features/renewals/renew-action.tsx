import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerQueries } from '@/api/customers/queries';
import { offerQueries } from '@/api/offers/queries';
import { prefetch } from '@/api/prefetch';
import { subscriptionQueries } from '@/api/subscriptions/queries';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { apiErrorMessage, refusalText } from '@/components/api-error-message';
import type { Decision } from '@/domain/decision';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { formatCalendarDate } from '@/i18n/format';
import { RenewDialog } from './renew-dialog';
import { renewalOpen } from './renew-quantity';

export interface RenewActionProps {
  customerId: string;
  subscriptionId: string;
  /** Told after a renewal is placed (a list row may leave the list at once, and its message). */
  onRenewed?: (result: SubscriptionOrderResult) => void;
}

/**
 * Renew (SPEC §5.6): for the roles that may place renewal orders, inside the renewal window or
 * grace (the rule the API enforces, on the backend's business date); otherwise disabled with
 * the reason. Opens the renewal dialog; says the new anniversary once renewed.
 */
export function RenewAction({ customerId, subscriptionId, onRenewed }: RenewActionProps) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const today = useBusinessDate();
  const permission = usePermission('renewals.change');
  const subscription = useQuery(subscriptionQueries.detail(customerId, subscriptionId));
  const [open, setOpen] = useState(false);
  const [renewed, setRenewed] = useState<SubscriptionOrderResult | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const queryClient = useQueryClient();
  // What the dialog needs, fetched when the pointer or focus reaches Renew (not for every row).
  const prepareDialog = () => {
    prefetch(queryClient, customerQueries.detail(customerId));
    prefetch(queryClient, customerQueries.subscriptions(customerId));
    prefetch(queryClient, offerQueries.list());
  };

  const data = subscription.data;
  const decision: Decision | null = !permission.ok
    ? permission
    : data && today !== undefined
      ? renewalOpen(data, today)
      : null;
  const reason = decision ? refusalText(t, decision, t('renew:action.roleMayNot')) : null;

  const done = (result: SubscriptionOrderResult) => {
    setOpen(false);
    setRenewed(result);
    onRenewed?.(result);
    // The dialog hands focus back to Renew, now disabled: the message takes it instead.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  };

  return (
    <Box>
      <Button
        variant="outlined"
        size="small"
        disabled={decision === null || !decision.ok}
        aria-describedby={reason ? reasonId : undefined}
        onMouseEnter={prepareDialog}
        onFocus={prepareDialog}
        onClick={() => {
          setRenewed(null);
          setOpen(true);
        }}
      >
        {t('renew:action.renew')}
      </Button>
      {reason ? (
        <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {reason}
        </Typography>
      ) : null}
      {permission.ok && subscription.error && !data ? (
        <Typography role="alert" variant="body2" color="error" sx={{ mt: 0.5 }}>
          {t('renew:action.loadFailed', { reason: apiErrorMessage(t, subscription.error) })}{' '}
          <Button size="small" onClick={() => void subscription.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Typography>
      ) : null}
      <Typography
        ref={statusRef}
        role="status"
        tabIndex={renewed ? -1 : undefined}
        variant="body2"
        sx={{ mt: renewed ? 0.5 : 0 }}
      >
        {renewed
          ? t('renew:action.renewed', {
              number: renewed.order.number,
              date: formatCalendarDate(renewed.subscription.renewalDate, i18n.language),
            })
          : null}
      </Typography>
      {open && data && today !== undefined ? (
        <RenewDialog
          customerId={customerId}
          subscription={data}
          today={today}
          onClose={() => setOpen(false)}
          onRenewed={done}
        />
      ) : null}
    </Box>
  );
}
