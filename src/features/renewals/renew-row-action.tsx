import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenewalItem } from '@/api/renewals/schemas';
import { subscriptionQueries } from '@/api/subscriptions/queries';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { visuallyHidden } from '@/components/loading-state';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { RenewDialog } from './renew-dialog';

/**
 * Renew from a row of the overview: the row already says the stage, so nothing is fetched until
 * the user asks (one request per row would be 25 per page); the dialog then loads the
 * subscription and checks every quantity with the same rule the API enforces. The reason a
 * button is disabled is read out with it (the cell has no room to show it).
 */
export const RenewRowAction = memo(function RenewRowAction({
  item,
  onRenewed,
}: {
  item: RenewalItem;
  onRenewed: (result: SubscriptionOrderResult) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const today = useBusinessDate();
  const permission = usePermission('renewals.change');
  const [open, setOpen] = useState(false);
  const subscription = useQuery({
    ...subscriptionQueries.detail(item.customerId, item.subscriptionId),
    enabled: open,
  });
  const reason = !permission.ok
    ? t('renew:action.roleMayNot')
    : item.stage === 'UPCOMING'
      ? t('errors:codes.RENEWAL_NOT_OPEN')
      : null;

  return (
    <Box>
      <Button
        variant="outlined"
        size="small"
        disabled={reason !== null || today === undefined}
        loading={open && !subscription.data && !subscription.error}
        aria-label={t('renew:action.renewOf', { name: item.offerName, customer: item.companyName })}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => {
          setOpen(true);
          if (subscription.error) void subscription.refetch();
        }}
      >
        {t('renew:action.renew')}
      </Button>
      {reason ? (
        <Box component="span" id={reasonId} sx={visuallyHidden}>
          {reason}
        </Box>
      ) : null}
      {open && today !== undefined && (subscription.data || subscription.error) ? (
        subscription.data ? (
          <RenewDialog
            customerId={item.customerId}
            subscription={subscription.data}
            today={today}
            onClose={() => setOpen(false)}
            onRenewed={(result) => {
              setOpen(false);
              onRenewed(result);
            }}
          />
        ) : (
          <Box role="alert" component="span" sx={visuallyHidden}>
            {t('renew:action.loadFailed', { reason: '' })}
          </Box>
        )
      ) : null}
    </Box>
  );
});
