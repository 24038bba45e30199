import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '@/api/customers/schemas';

/** The VIP ID is issued the moment the customer is invited: say it, with a way to the customer. */
export function InvitedNotice({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="success"
      role="status"
      sx={{ mb: 2 }}
      onClose={onClose}
      action={
        <Button color="inherit" size="small" component={Link} to={`/customers/${customer.id}`}>
          {t('customers:invite.open')}
        </Button>
      }
    >
      {t('customers:invite.done', { name: customer.companyName, vipId: customer.vipId })}
    </Alert>
  );
}
