import { describe, expect, it } from 'vitest';
import { quotePurchaseAuthorization } from './authorization-quote';
import { CURRENCIES } from './money';
import type { PricedOffer } from './pricing';
import type { VolumeLevel } from './rules';
import { licencesHeld, type SubscriptionTerm } from './subscription-term';

const offer = (id: string, base: number): PricedOffer => ({
  id,
  prices: CURRENCIES.flatMap((currency) =>
    ([1, 2, 3, 4] as VolumeLevel[]).map((level) => ({
      currency,
      level,
      unitPriceMinor: base - level * 1_000,
    })),
  ),
});
const offers = new Map([['a', offer('a', 120_000)]]);
const term = (renewalDate: string, currentQuantity: number): SubscriptionTerm => ({
  renewalDate,
  currentQuantity,
  scheduledChange: null,
});

describe('licencesHeld', () => {
  it('counts live subscriptions only: in grace yes, past grace or cancelled at term end no', () => {
    const today = '2026-11-23';
    expect(licencesHeld([term('2027-03-01', 5), term('2026-11-01', 3)], today)).toBe(8);
    // Grace ended 30 days after 2026-10-23: removed.
    expect(licencesHeld([term('2026-10-23', 4)], today)).toBe(0);
    expect(
      licencesHeld(
        [
          {
            ...term('2026-11-20', 6),
            scheduledChange: { type: 'CANCELLATION', effectiveDate: '2026-11-20' },
          },
        ],
        today,
      ),
    ).toBe(0);
  });
});

describe('quotePurchaseAuthorization', () => {
  const base = {
    offers,
    customer: { currencyCode: 'EUR' as const, cotermDate: '2027-03-23' },
    today: '2026-11-23',
    deploymentDate: '2026-11-23',
  };

  it('reaches the level of the licences held plus the new ones (9 + 1 = level 2)', () => {
    const below = quotePurchaseAuthorization({
      ...base,
      lines: [{ offerId: 'a', quantity: 1 }],
      subscriptions: [term('2027-03-23', 8)],
    });
    const reached = quotePurchaseAuthorization({
      ...base,
      lines: [{ offerId: 'a', quantity: 1 }],
      subscriptions: [term('2027-03-23', 9)],
    });
    expect(below.volumeLevel).toBe(1);
    expect(reached.volumeLevel).toBe(2);
  });

  it('charges whole months from the deployment date to the anniversary', () => {
    const quote = quotePurchaseAuthorization({
      ...base,
      deploymentDate: '2026-12-24',
      lines: [{ offerId: 'a', quantity: 2 }],
      subscriptions: [],
    });
    // 24 Dec → 23 Mar: 3 months (24 Dec–23 Jan, –23 Feb, –23 Mar).
    expect(quote.prorationUnits).toBe(3);
    expect(quote.total).toEqual({ amountMinor: (119_000 * 2 * 3) / 12, currency: 'EUR' });
  });

  it('without an anniversary, the first PA starts a 12-month term', () => {
    const quote = quotePurchaseAuthorization({
      ...base,
      customer: { currencyCode: 'SEK', cotermDate: null },
      lines: [{ offerId: 'a', quantity: 1 }],
      subscriptions: [],
    });
    expect(quote.prorationUnits).toBe(12);
    expect(quote.total.amountMinor).toBe(119_000);
  });
});
