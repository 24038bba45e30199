import type { CalendarDate } from '@/domain/calendar-date';
import type { MemberRecord } from '../db/records';
import type { ServiceContext } from './context';

/** The business date through which scheduled work has run. */
export const META_WORK_THROUGH = 'scheduledWorkThrough';

/** Who acts when the backend acts on its own (auto-renewals on the anniversary). */
export const SYSTEM_ACTOR: MemberRecord = {
  id: 'system',
  firstName: 'Reseller',
  lastName: 'Console',
  email: 'system@reseller-console.example',
  role: 'ADMINISTRATOR',
  active: true,
};

/**
 * What falls due as the business date moves from `from` (exclusive) to `ctx.today`
 * (inclusive): auto-renewals on their anniversary, scheduled reductions and cancellations
 * taking effect. Runs in one write transaction before any request sees the new date.
 * SCAFFOLD: filled in with the subscriptions services.
 */
export async function runScheduledWork(
  _ctx: ServiceContext,
  _from: CalendarDate | null,
): Promise<void> {
  await Promise.resolve();
}
