import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CustomerStatus } from '@/domain/customer-status';

const COLORS: Record<CustomerStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  INVITED: 'info',
  ACTIVE: 'success',
  DELAYED: 'warning',
  SUSPENDED: 'error',
  INACTIVE: 'default',
};

export function StatusChip({ status }: { status: CustomerStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant="outlined"
      label={t(`common:customerStatus.${status}`)}
    />
  );
}
