import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingDialog } from '@/components/waiting-dialog';
import { useNavigate } from 'react-router';
import type { Customer } from '@/api/customers/schemas';
import { offerQueries } from '@/api/offers/queries';
import type { Subscription } from '@/api/subscriptions/schemas';
import { refusalText } from '@/components/api-error-message';
import { canCreatePurchaseAuthorization } from '@/domain/authorizations';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { CreatePaDialog } from './create-pa-dialog';

/** The location state the history tab reads to say a PA was just created. */
export interface CreatedPaState {
  createdPa: string;
}

/**
 * Create purchase authorization on the Plans tab (SPEC §5.3): for the roles that may, disabled
 * with the reason for a DELAYED or SUSPENDED customer (the same rule the API enforces).
 */
export function CreatePaAction({
  customer,
  subscriptions,
}: {
  customer: Customer;
  subscriptions: readonly Subscription[];
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const navigate = useNavigate();
  const today = useBusinessDate();
  const [open, setOpen] = useState(false);
  const permission = usePermission('authorizations.create');
  const rule = canCreatePurchaseAuthorization(customer.status);
  const decision = permission.ok ? rule : permission;
  // Prefetched while the Plans tab shows, so the dialog opens at once.
  const offers = useQuery({ ...offerQueries.list(), enabled: permission.ok });
  const reason = refusalText(t, decision, t('authorizations:create.roleMayNot'));

  return (
    <Box sx={{ mb: 1.5 }}>
      <Button
        variant="contained"
        startIcon={<AddIcon />}
        disabled={!decision.ok || today === undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => setOpen(true)}
      >
        {t('authorizations:create.action')}
      </Button>
      {reason ? (
        <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {reason}
        </Typography>
      ) : null}
      {open && today !== undefined ? (
        offers.data ? (
          <CreatePaDialog
            customer={customer}
            offers={offers.data.items}
            subscriptions={subscriptions}
            today={today}
            refusal={refusalText(t, rule, t('authorizations:create.roleMayNot'))}
            onClose={() => setOpen(false)}
            onCreated={(pa) => {
              setOpen(false);
              const state: CreatedPaState = { createdPa: pa.number };
              void navigate(`/customers/${encodeURIComponent(customer.id)}/history`, { state });
            }}
          />
        ) : (
          <WaitingDialog
            title={t('authorizations:create.action')}
            error={offers.error}
            onRetry={() => void offers.refetch()}
            onClose={() => setOpen(false)}
          />
        )
      ) : null}
    </Box>
  );
}
