import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Order } from '@/api/orders/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { MoneyText } from '@/components/money-text';
import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import { canReturn, returnWindowEnds } from '@/domain/orders';
import { formatCalendarDate } from '@/i18n/format';
import { EntryCard, Fact, Facts, LineList } from './entry-parts';
import { ReturnAction } from './return-action';

/** An order, a renewal or a return; NEW and RENEWAL show their return window while it is open. */
export function OrderEntry({ order, today }: { order: Order; today: CalendarDate }) {
  const { t, i18n } = useTranslation();
  const windowEnds = order.orderType === 'RETURN' ? null : returnWindowEnds(order);
  const returnable =
    order.orderType !== 'RETURN' &&
    canReturn(
      {
        orderType: order.orderType,
        creationDate: order.creationDate,
        lineItems: order.lineItems.map((line) => ({
          quantity: line.quantity,
          returnedQuantity: line.returnedQuantity,
          amountMinor: line.amount.amountMinor,
        })),
      },
      today,
    ).ok;
  return (
    <EntryCard
      title={t(`history:order.title.${order.orderType}`, { number: order.number })}
      chip={<Chip size="small" variant="outlined" label={t(`history:type.${order.orderType}`)} />}
    >
      <Facts>
        <Fact label={t('history:fields.date')}>
          <CalendarDateText date={order.creationDate} />
        </Fact>
        <Fact label={t('history:fields.total')}>
          <MoneyText money={order.total} />
        </Fact>
        {windowEnds !== null && compareDates(today, windowEnds) <= 0 ? (
          <Fact label={t('history:fields.return')}>
            {t('history:order.returnUntil', {
              date: formatCalendarDate(windowEnds, i18n.language),
            })}
          </Fact>
        ) : null}
        <Fact label={t('history:fields.lines')}>
          <LineList lines={order.lineItems} />
        </Fact>
      </Facts>
      {order.orderType === 'RETURN' ? null : <ReturnAction order={order} returnable={returnable} />}
    </EntryCard>
  );
}
