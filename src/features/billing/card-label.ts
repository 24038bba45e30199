import type { TFunction } from 'i18next';
import type { PaymentMethod } from '@/api/payment-methods/schemas';

/** "Visa ending 4242, expires 03/2028": brand, last four and expiry, never more of the card. */
export function cardLabel(t: TFunction, method: PaymentMethod): string {
  return t('billing:cards.label', {
    brand: t(`billing:cards.brands.${method.card.brand}`),
    last4: method.card.last4,
    expiry: `${String(method.card.expiryMonth).padStart(2, '0')}/${method.card.expiryYear}`,
  });
}
