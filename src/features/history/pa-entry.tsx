import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PurchaseAuthorization } from '@/api/authorizations/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { daysUntilDeadline, isOverdue, paOrderDeadline } from '@/domain/authorizations';
import type { CalendarDate } from '@/domain/calendar-date';
import { EntryCard, Fact, Facts, LineList } from './entry-parts';
import { PaActions } from './pa-actions';

const STATUS_COLORS: Record<
  PurchaseAuthorization['status'],
  'default' | 'success' | 'warning' | 'error'
> = { PENDING: 'warning', ORDERED: 'success', WITHDRAWN: 'default', CANCELLED: 'default' };

/** Days left to order a pending PA (SPEC §4 "PA order deadline"), overdue in the error colour. */
function PaDeadline({ pa, today }: { pa: PurchaseAuthorization; today: CalendarDate }) {
  const { t } = useTranslation();
  const days = daysUntilDeadline(pa, today);
  const overdue = isOverdue(pa, today);
  const text = overdue
    ? t('history:deadline.overdue', { count: -days })
    : days === 0
      ? t('history:deadline.today')
      : t('history:deadline.inDays', { count: days });
  return (
    <>
      <Typography
        component="span"
        variant="body2"
        sx={{
          color: overdue ? 'error.main' : 'inherit',
          fontWeight: overdue ? 600 : 'inherit',
        }}
      >
        {text}
      </Typography>{' '}
      (<CalendarDateText date={paOrderDeadline(pa)} />)
    </>
  );
}

export function PaEntry({ pa, today }: { pa: PurchaseAuthorization; today: CalendarDate }) {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('history:pa.title', { number: pa.number })}
      chip={
        <Chip
          size="small"
          variant="outlined"
          color={STATUS_COLORS[pa.status]}
          label={t(`history:paStatus.${pa.status}`)}
        />
      }
    >
      <Facts>
        <Fact label={t('history:fields.created')}>
          <CalendarDateText date={pa.creationDate} />
        </Fact>
        <Fact label={t('history:fields.licenseType')}>
          {t(`common:licenseTypes.${pa.licenseType}`)}
        </Fact>
        <Fact label={t('history:fields.poNumber')}>{pa.poNumber ?? t('history:fields.none')}</Fact>
        {pa.status === 'PENDING' ? (
          <Fact label={t('history:fields.orderDeadline')}>
            <PaDeadline pa={pa} today={today} />
          </Fact>
        ) : null}
        <Fact label={t('history:fields.lines')}>
          <LineList lines={pa.lineItems} />
        </Fact>
      </Facts>
      <PaActions pa={pa} />
    </EntryCard>
  );
}
