import { z } from 'zod';
import { CalendarDateSchema } from '../common/schemas';

/** The embedded backend's developer controls (SPEC §7); these routes exist in mock mode only. */
export const DATASET_SIZES = { small: 50, large: 10_000, huge: 50_000 } as const;
export const DatasetSizeSchema = z.enum(['small', 'large', 'huge']);
export type DatasetSize = z.infer<typeof DatasetSizeSchema>;

export const DevSettingsSchema = z.object({
  latencyMs: z.number().int().min(0).max(10_000),
  /** Share of requests answered 503, 0–1. */
  failureRate: z.number().min(0).max(1),
  /** Every request fails as if the network were down. */
  offline: z.boolean(),
  /** Share of writes that commit but whose answer is lost, 0–1. */
  lostResponseRate: z.number().min(0).max(1),
  /** Share of requests that fail as a network error before reaching the backend, 0–1. */
  networkErrorRate: z.number().min(0).max(1),
  /** Share of requests delayed by a latency spike, and how long a spike lasts. */
  latencySpikeRate: z.number().min(0).max(1),
  latencySpikeMs: z.number().int().min(0).max(30_000),
});
export type DevSettings = z.infer<typeof DevSettingsSchema>;

export const DevStateSchema = z.object({
  settings: DevSettingsSchema,
  datasetSize: DatasetSizeSchema,
  seed: z.number().int(),
  customerCount: z.number().int().nonnegative(),
  businessDate: CalendarDateSchema,
  systemDate: CalendarDateSchema,
});
export type DevState = z.infer<typeof DevStateSchema>;

export const UpdateDevSettingsSchema = DevSettingsSchema.partial().strict();
export const SetClockRequestSchema = z.strictObject({ businessDate: CalendarDateSchema });
export const ResetRequestSchema = z.strictObject({
  datasetSize: DatasetSizeSchema,
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});

export const DEV_BASE = '/__dev';
