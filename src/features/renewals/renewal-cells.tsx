import Chip from '@mui/material/Chip';
import MuiLink from '@mui/material/Link';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewStage, RenewalItem } from '@/api/renewals/schemas';
import { formatCalendarDate, formatNumber } from '@/i18n/format';

/**
 * The renewals grid's drawn cells. Each is memoised on its row: while the next list loads the
 * grid keeps the previous rows (the same objects), so its cells are not drawn again, and a page
 * of new rows draws each cell once. Colours and layout come from class names styled once on the
 * grid (renewals-grid.tsx) rather than an `sx` per cell.
 */
const STAGE_COLORS: Record<OverviewStage, 'default' | 'info' | 'warning' | 'error'> = {
  UPCOMING: 'default',
  WINDOW_OPEN: 'info',
  DUE: 'warning',
  GRACE: 'error',
};

type CellProps = { row: RenewalItem };

export const CustomerCell = memo(function CustomerCell({ row }: CellProps) {
  return (
    <MuiLink component={Link} to={`/customers/${row.customerId}/plans`} underline="hover">
      {row.companyName}
    </MuiLink>
  );
});

export const AnniversaryCell = memo(function AnniversaryCell({ row }: CellProps) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={row.renewalDate}>{formatCalendarDate(row.renewalDate, i18n.language)}</time>
  );
});

/** "12 days left", "due today", "3 days into grace": the backend's days left, in words. */
export function daysLeftText(t: TFunction, daysLeft: number): string {
  if (daysLeft === 0) return t('renewals:daysLeft.today');
  return daysLeft > 0
    ? t('renewals:daysLeft.left', { count: daysLeft })
    : t('renewals:daysLeft.grace', { count: -daysLeft });
}

export const DaysLeftCell = memo(function DaysLeftCell({ row }: CellProps) {
  const { t } = useTranslation();
  const { daysLeft } = row;
  const tone = daysLeft < 0 ? 'rc-overdue' : daysLeft <= 30 ? 'rc-soon' : undefined;
  return <span className={tone}>{daysLeftText(t, daysLeft)}</span>;
});

export const StageCell = memo(function StageCell({ row }: CellProps) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STAGE_COLORS[row.stage]}
      label={t(`renewals:stage.${row.stage}`)}
    />
  );
});

export const SuggestedCell = memo(function SuggestedCell({ row }: CellProps) {
  const { t, i18n } = useTranslation();
  return (
    <span className="rc-two-lines">
      <span>{formatNumber(row.suggestedQuantity, i18n.language)}</span>
      <span className="rc-secondary">
        {t('renewals:level', { level: row.suggestedVolumeLevel })}
      </span>
    </span>
  );
});
