import { useTranslation } from 'react-i18next';
import type { Money } from '@/domain/money';
import { formatMoney } from '@/i18n/format';

export function MoneyText({ money }: { money: Money }) {
  const { i18n } = useTranslation();
  return <span>{formatMoney(money, i18n.language)}</span>;
}
