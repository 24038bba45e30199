import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '@/domain/invoices';

const COLORS: Record<InvoiceStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  UPCOMING: 'info',
  UNPAID: 'warning',
  PAID: 'success',
  OVERDUE: 'error',
};

export function InvoiceStatusChip({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant="outlined"
      label={t(`billing:status.${status}`)}
    />
  );
}
