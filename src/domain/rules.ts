/**
 * Every number the business rules use, in one object, each with its source. A deployment can
 * override any of them (the vendors' own pages disagree: 14 or 30 days for the PA deadline,
 * 14 or 30 days of grace, 45 or 90 days for the renewals overview). Functions take the rules
 * as a parameter, defaulting to these.
 */
export type ProrationMode = 'MONTHS' | 'DAYS';

export interface Rules {
  paOrderDeadlineDays: number;
  paSuspensionAfterDays: number;
  returnWindowDays: number;
  renewalOverviewFromDays: number;
  renewalWindowOpensDays: number;
  renewalGraceDays: number;
  autoRenewCutoffDays: number;
  customerEmailDays: { beforeAnniversary: number; beforeAccessRemoved: number };
  firstTermMonths: number;
  prorationMode: ProrationMode;
  /** Lowest licence count of levels 1, 2, 3 and 4. */
  volumeLevelThresholds: readonly [number, number, number, number];
  quantityPerLine: { TEAM: { min: number; max: number }; ENTERPRISE: { min: number; max: number } };
  linesPerOrder: { min: number; max: number };
  poNumberMaxLength: number;
  companyName: { min: number; max: number };
  contactNameMaxLength: number;
  emailMaxLength: number;
  invoicePaymentTermDays: number;
}

export const DEFAULT_RULES: Rules = {
  paOrderDeadlineDays: 30,
  paSuspensionAfterDays: 60,
  returnWindowDays: 14,
  renewalOverviewFromDays: 90,
  renewalWindowOpensDays: 30,
  renewalGraceDays: 30,
  autoRenewCutoffDays: 3,
  customerEmailDays: { beforeAnniversary: 30, beforeAccessRemoved: 7 },
  firstTermMonths: 12,
  prorationMode: 'MONTHS',
  volumeLevelThresholds: [1, 10, 50, 100],
  quantityPerLine: { TEAM: { min: 1, max: 10_000 }, ENTERPRISE: { min: 1, max: 200_000 } },
  linesPerOrder: { min: 1, max: 499 },
  poNumberMaxLength: 35,
  companyName: { min: 4, max: 80 },
  contactNameMaxLength: 35,
  emailMaxLength: 240,
  invoicePaymentTermDays: 30,
};

/** Where each default comes from (SPEC.md is ../shared/SPEC.md; seeds are its vendor pages). */
export const RULE_SOURCES: Record<keyof Rules, string> = {
  paOrderDeadlineDays: 'SPEC §4 "PA order deadline"; seed 004 (Adobe: order within 30 days)',
  paSuspensionAfterDays: 'SPEC §4 "suspension"; seed 004 (Adobe: suspended after 60 days)',
  returnWindowDays: 'SPEC §4 "return an order"; Adobe VIP guide, returns within 14 days',
  renewalOverviewFromDays: 'SPEC §4 "renewals overview"; seed 004 (shown 90 days ahead)',
  renewalWindowOpensDays: 'SPEC §4 "renewal window"; seed 004 (window opens 30 days ahead)',
  renewalGraceDays: 'SPEC §4 "grace"; seed 004 (licences removed 30 days after)',
  autoRenewCutoffDays: 'SPEC §4 "auto-renew changes"; seed 002 (Qlik: 3 days before)',
  customerEmailDays: 'SPEC §4 "customer e-mails"; seed 004',
  firstTermMonths: 'SPEC §3 "anniversary date": 12 months after the first order or PA',
  prorationMode: 'SPEC §4 "order duration"; Adobe VIP guide, "Dates" (whole months)',
  volumeLevelThresholds: 'SPEC §3 "Volume level": 1–9, 10–49, 50–99, 100+',
  quantityPerLine: 'SPEC §4 "quantity per line"',
  linesPerOrder: 'SPEC §4 "lines per PA / order"',
  poNumberMaxLength: 'SPEC §4 "PO number"; seed 004',
  companyName: 'SPEC §3 "Customer": company name 4–80 characters',
  contactNameMaxLength: 'SPEC §3 "Customer": first/last name ≤ 35',
  emailMaxLength: 'SPEC §3 "Customer": e-mail ≤ 240',
  invoicePaymentTermDays:
    'Decided (SPEC and seeds name no term): net 30 days from the invoice date, the common B2B term',
};

export type VolumeLevel = 1 | 2 | 3 | 4;

/** The volume level a customer reaches with a total licence count (SPEC §3). */
export function volumeLevelFor(totalLicences: number, rules: Rules = DEFAULT_RULES): VolumeLevel {
  const [, two, three, four] = rules.volumeLevelThresholds;
  if (totalLicences >= four) return 4;
  if (totalLicences >= three) return 3;
  if (totalLicences >= two) return 2;
  return 1;
}
