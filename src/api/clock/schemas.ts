import { z } from 'zod';
import { CalendarDateSchema } from '../common/schemas';

/** The backend's business date: the UI's only "today" (SPEC §4, "The business clock"). */
export const ClockSchema = z.object({ businessDate: CalendarDateSchema });
export type Clock = z.infer<typeof ClockSchema>;

/** Sent on every response so the UI notices when the demo clock moves. */
export const BUSINESS_DATE_HEADER = 'X-Business-Date';
