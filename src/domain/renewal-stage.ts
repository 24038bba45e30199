import { daysBetween, type CalendarDate } from './calendar-date';
import { DEFAULT_RULES, type Rules } from './rules';

/**
 * Where a subscription stands in its renewal cycle on the business date (SPEC §4):
 * shown in the overview from −90 days, window open from −30, due on the anniversary, in grace
 * until +30 (a late renewal is still allowed on day +30), removed from day +31.
 */
export type RenewalStage = 'NOT_SHOWN' | 'UPCOMING' | 'WINDOW_OPEN' | 'DUE' | 'GRACE' | 'REMOVED';

export function daysUntil(today: CalendarDate, date: CalendarDate): number {
  return daysBetween(today, date);
}

export function renewalStage(
  anniversary: CalendarDate,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): RenewalStage {
  const daysLeft = daysBetween(today, anniversary);
  if (daysLeft > rules.renewalOverviewFromDays) return 'NOT_SHOWN';
  if (daysLeft > rules.renewalWindowOpensDays) return 'UPCOMING';
  if (daysLeft > 0) return 'WINDOW_OPEN';
  if (daysLeft === 0) return 'DUE';
  if (-daysLeft <= rules.renewalGraceDays) return 'GRACE';
  return 'REMOVED';
}

/** A renewal needs the reseller now: its window is open, it is due, or it is in grace. */
export function isRenewalDue(stage: RenewalStage): boolean {
  return stage === 'WINDOW_OPEN' || stage === 'DUE' || stage === 'GRACE';
}
