import { z } from 'zod';
import { CurrencyCodeSchema, IdSchema } from '../common/schemas';
import { MarketSegmentSchema } from '../customers/schemas';

export const LicenseTypeSchema = z.enum(['ENTERPRISE', 'TEAM']);
export type LicenseType = z.infer<typeof LicenseTypeSchema>;

export const VolumeLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const OfferPriceSchema = z.object({
  currency: CurrencyCodeSchema,
  level: VolumeLevelSchema,
  /** Yearly price of one licence, in minor units. */
  unitPriceMinor: z.number().int().nonnegative(),
});

export const OfferSchema = z.object({
  id: IdSchema,
  sku: z.string(),
  name: z.string(),
  productFamily: z.string(),
  licenseType: LicenseTypeSchema,
  marketSegments: z.array(MarketSegmentSchema),
  /** Education device licences are never offered in a PA: ordered from the vendor directly. */
  educationDevice: z.boolean(),
  addOn: z.boolean(),
  prices: z.array(OfferPriceSchema),
});
export type Offer = z.infer<typeof OfferSchema>;

export const OfferListSchema = z.object({ items: z.array(OfferSchema) });
