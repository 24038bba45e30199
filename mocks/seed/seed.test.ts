import { describe, expect, it } from 'vitest';
import { currencyOfCountry } from '@/domain/customer-profile';
import { CUSTOMER_STATUSES, deriveCustomerStatus } from '@/domain/customer-status';
import { DEFAULT_SEED, generateCustomers, type SeedOptions } from './index';

const TODAY = '2026-11-23';
const options = (overrides: Partial<SeedOptions> = {}): SeedOptions => ({
  customerCount: 300,
  seed: DEFAULT_SEED,
  today: TODAY,
  ...overrides,
});
const generate = (overrides: Partial<SeedOptions> = {}) => [
  ...generateCustomers(options(overrides)),
];

describe('seeded customers', () => {
  const seeded = generate();

  it('generates the requested number of customers with unique ids and VIP IDs', () => {
    expect(seeded).toHaveLength(300);
    expect(new Set(seeded.map((s) => s.customer.id)).size).toBe(300);
    expect(new Set(seeded.map((s) => s.customer.vipId)).size).toBe(300);
  });

  it('the same seed gives identical customers', () => {
    expect(generate()).toEqual(seeded);
  });

  it('a different seed gives different data', () => {
    const other = generate({ seed: DEFAULT_SEED + 1 });
    expect(other).toHaveLength(300);
    expect(other).not.toEqual(seeded);
    const names = (rows: typeof seeded) => rows.map((s) => s.customer.companyName);
    expect(names(other)).not.toEqual(names(seeded));
  });

  it('the first 12 customers cover every status on the seed day', () => {
    const statuses = new Set(
      seeded.slice(0, 12).map((s) => deriveCustomerStatus(s.customer, TODAY).status),
    );
    for (const status of CUSTOMER_STATUSES) expect(statuses, status).toContain(status);
  });

  it('every customer is billed in the currency of its country', () => {
    for (const { customer } of seeded) {
      expect(customer.currencyCode, customer.id).toBe(currencyOfCountry(customer.countryCode));
    }
  });

  it('no subscription uses more seats than it has', () => {
    for (const { subscriptions } of seeded) {
      for (const sub of subscriptions) {
        expect(sub.usedQuantity, sub.id).toBeLessThanOrEqual(sub.currentQuantity);
        expect(sub.usedQuantity, sub.id).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('totalLicences is the sum of the current quantities of its subscriptions', () => {
    for (const { customer, subscriptions } of seeded) {
      const sum = subscriptions.reduce((total, sub) => total + sub.currentQuantity, 0);
      expect(customer.totalLicences, customer.id).toBe(sum);
    }
  });

  it('the status facts agree with the subscriptions and PAs', () => {
    for (const { customer, subscriptions, purchaseAuthorizations } of seeded) {
      expect(customer.subscriptionCount, customer.id).toBe(subscriptions.length);
      const renewing = subscriptions.filter((s) => s.scheduledChange?.type !== 'CANCELLATION');
      expect(customer.renewingSubscriptionCount, customer.id).toBe(renewing.length);
      const pending = purchaseAuthorizations
        .filter((pa) => pa.status === 'PENDING')
        .map((pa) => pa.creationDate)
        .sort();
      expect(customer.oldestPendingPaCreationDate, customer.id).toBe(pending[0] ?? null);
      for (const sub of subscriptions) expect(sub.renewalDate, sub.id).toBe(customer.cotermDate);
    }
  });
});
