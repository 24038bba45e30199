import { addDays, addMonths, type CalendarDate } from '@/domain/calendar-date';
import type { MarketSegment } from '@/domain/customer-profile';
import { DEFAULT_RULES } from '@/domain/rules';
import { NAME_PARTS } from './names';
import type { CustomerSeedContext } from './types';

/**
 * How a seeded customer stands on the seed day. Customers 0–11 take these in this order (tests
 * and the screens' integration tests rely on it); later ones are drawn by weight.
 */
export const PROFILES = [
  'ACTIVE',
  'INVITED',
  'DELAYED',
  'SUSPENDED',
  'INACTIVE',
  'RENEWAL_WINDOW',
  'IN_GRACE',
  'YOUNG_PA',
  'PA_NEAR_DEADLINE',
  'DUE_TODAY',
  'UPCOMING_RENEWAL',
  'INVITED_WITH_PA',
] as const;
export type Profile = (typeof PROFILES)[number];

export const PROFILE_WEIGHTS: readonly (readonly [Profile, number])[] = [
  ['ACTIVE', 48],
  ['INVITED', 6],
  ['INVITED_WITH_PA', 2],
  ['DELAYED', 6],
  ['SUSPENDED', 3],
  ['INACTIVE', 5],
  ['RENEWAL_WINDOW', 8],
  ['IN_GRACE', 4],
  ['YOUNG_PA', 8],
  ['PA_NEAR_DEADLINE', 3],
  ['DUE_TODAY', 1],
  ['UPCOMING_RENEWAL', 6],
];

export function companyName(
  ctx: CustomerSeedContext,
  segment: MarketSegment,
  form: string,
): string {
  const { random } = ctx;
  const first = random.pick(NAME_PARTS.first);
  if (segment === 'EDU') return `${first} ${random.pick(NAME_PARTS.eduSecond)}`;
  if (segment === 'GOV') return `${first} ${random.pick(NAME_PARTS.govSecond)}`;
  return `${first} ${random.pick(NAME_PARTS.second)} ${form}`;
}

/** The anniversary and the pending PA (if any) each profile starts from. */
export function datesFor(
  profile: Profile,
  ctx: CustomerSeedContext,
): { coterm: CalendarDate | null; pendingPa: CalendarDate | null } {
  const { random, today } = ctx;
  const rules = DEFAULT_RULES;
  const days = (min: number, max: number) => random.int(min, max);
  switch (profile) {
    case 'ACTIVE':
      return { coterm: addDays(today, days(91, 360)), pendingPa: null };
    case 'UPCOMING_RENEWAL':
      return { coterm: addDays(today, days(31, 90)), pendingPa: null };
    case 'RENEWAL_WINDOW':
      return { coterm: addDays(today, days(1, 30)), pendingPa: null };
    case 'DUE_TODAY':
      return { coterm: today, pendingPa: null };
    case 'IN_GRACE':
      return { coterm: addDays(today, -days(1, rules.renewalGraceDays)), pendingPa: null };
    case 'INACTIVE':
      return { coterm: addDays(today, -days(rules.renewalGraceDays + 1, 400)), pendingPa: null };
    case 'YOUNG_PA':
      return { coterm: addDays(today, days(120, 360)), pendingPa: addDays(today, -days(0, 20)) };
    case 'PA_NEAR_DEADLINE':
      return { coterm: addDays(today, days(120, 360)), pendingPa: addDays(today, -days(27, 30)) };
    case 'DELAYED':
      return { coterm: addDays(today, days(60, 330)), pendingPa: addDays(today, -days(31, 60)) };
    case 'SUSPENDED':
      return { coterm: addDays(today, days(30, 300)), pendingPa: addDays(today, -days(61, 150)) };
    case 'INVITED':
      return { coterm: null, pendingPa: null };
    case 'INVITED_WITH_PA': {
      const pa = addDays(today, -days(0, 25));
      return { coterm: addMonths(pa, rules.firstTermMonths), pendingPa: pa };
    }
  }
}
