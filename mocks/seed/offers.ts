import { CURRENCIES, MINOR_UNIT_DIGITS, type CurrencyCode } from '@/domain/money';
import type { MarketSegment } from '@/domain/customer-profile';
import type { OfferRecord } from '../db/records';

/** Units of each currency per US dollar, for deriving the price lists. */
const RATES: Record<CurrencyCode, number> = {
  USD: 1,
  AUD: 1.52,
  CAD: 1.37,
  EUR: 0.92,
  GBP: 0.79,
  JPY: 151,
  SEK: 10.6,
};

/** Discount per volume level (1–9, 10–49, 50–99, 100+). */
const LEVEL_FACTORS = [1, 0.94, 0.88, 0.82] as const;

function priceList(usdYearly: number): OfferRecord['prices'] {
  return CURRENCIES.flatMap((currency) =>
    LEVEL_FACTORS.map((factor, index) => {
      const major = usdYearly * RATES[currency] * factor;
      const unitPriceMinor = Math.round(major * 10 ** MINOR_UNIT_DIGITS[currency]);
      return { currency, level: (index + 1) as 1 | 2 | 3 | 4, unitPriceMinor };
    }),
  );
}

interface Product {
  code: string;
  name: string;
  family: string;
  usd: number;
  segments: MarketSegment[];
}

const ALL: MarketSegment[] = ['COM', 'EDU', 'GOV'];

const PRODUCTS: Product[] = [
  {
    code: 'SSA',
    name: 'Studio Suite All Apps',
    family: 'Studio Suite',
    usd: 899.88,
    segments: ALL,
  },
  { code: 'PHP', name: 'Photo Pro', family: 'Studio Suite', usd: 419.88, segments: ALL },
  { code: 'VEC', name: 'Vector Pro', family: 'Studio Suite', usd: 419.88, segments: ALL },
  { code: 'LAY', name: 'Layout Pro', family: 'Studio Suite', usd: 419.88, segments: ALL },
  { code: 'VID', name: 'Video Pro', family: 'Motion', usd: 419.88, segments: ALL },
  { code: 'MFX', name: 'Motion FX', family: 'Motion', usd: 419.88, segments: ALL },
  { code: 'AUD', name: 'Audio Mix', family: 'Motion', usd: 263.88, segments: ALL },
  { code: 'PDF', name: 'PDF Pro', family: 'Documents', usd: 239.88, segments: ALL },
  { code: 'PDS', name: 'PDF Standard', family: 'Documents', usd: 155.88, segments: ['COM', 'GOV'] },
  { code: 'SGN', name: 'Sign & Send', family: 'Documents', usd: 359.88, segments: ['COM', 'GOV'] },
  { code: 'TEX', name: '3D Texturing Collection', family: '3D', usd: 1199.88, segments: ALL },
  { code: 'MOD', name: '3D Modeller', family: '3D', usd: 599.88, segments: ['COM', 'EDU'] },
  { code: 'XPR', name: 'Express Design', family: 'Express', usd: 119.88, segments: ALL },
  { code: 'WEB', name: 'Web Builder', family: 'Express', usd: 239.88, segments: ['COM', 'EDU'] },
  {
    code: 'FRM',
    name: 'Forms & Review',
    family: 'Documents',
    usd: 179.88,
    segments: ['COM', 'GOV'],
  },
  { code: 'CAP', name: 'Screen Capture', family: 'Express', usd: 95.88, segments: ALL },
];

const EDU_DEVICE: Product[] = [
  {
    code: 'SSD',
    name: 'Studio Suite All Apps (device)',
    family: 'Studio Suite',
    usd: 34.99,
    segments: ['EDU'],
  },
  {
    code: 'PHD',
    name: 'Photo Pro (device)',
    family: 'Studio Suite',
    usd: 19.99,
    segments: ['EDU'],
  },
  { code: 'VDD', name: 'Video Pro (device)', family: 'Motion', usd: 19.99, segments: ['EDU'] },
  { code: 'PDD', name: 'PDF Pro (device)', family: 'Documents', usd: 14.99, segments: ['EDU'] },
];

const ADD_ONS: Product[] = [
  {
    code: 'STK',
    name: 'Stock Images 10 per month',
    family: 'Stock',
    usd: 359.88,
    segments: ['COM', 'GOV'],
  },
  {
    code: 'STL',
    name: 'Stock Images 40 per month',
    family: 'Stock',
    usd: 839.88,
    segments: ['COM', 'GOV'],
  },
  { code: 'STO', name: 'Extra Storage 1 TB', family: 'Storage', usd: 119.88, segments: ALL },
  { code: 'FNT', name: 'Premium Fonts', family: 'Fonts', usd: 59.88, segments: ALL },
];

/** About 40 offers: every product as ENTERPRISE and TEAM, education device licences, add-ons. */
export function seedOffers(): OfferRecord[] {
  const offers: OfferRecord[] = [];
  for (const product of PRODUCTS) {
    for (const licenseType of ['ENTERPRISE', 'TEAM'] as const) {
      const suffix = licenseType === 'ENTERPRISE' ? 'E' : 'T';
      offers.push({
        id: `off-${product.code.toLowerCase()}-${suffix.toLowerCase()}`,
        sku: `65${product.code}${suffix}A01`,
        name: product.name,
        productFamily: product.family,
        licenseType,
        marketSegments: product.segments,
        educationDevice: false,
        addOn: false,
        // Enterprise licences carry support and admin features at a premium.
        prices: priceList(licenseType === 'ENTERPRISE' ? product.usd * 1.15 : product.usd),
      });
    }
  }
  for (const product of EDU_DEVICE) {
    offers.push({
      id: `off-${product.code.toLowerCase()}-e`,
      sku: `65${product.code}EDV01`,
      name: product.name,
      productFamily: product.family,
      licenseType: 'ENTERPRISE',
      marketSegments: product.segments,
      educationDevice: true,
      addOn: false,
      prices: priceList(product.usd),
    });
  }
  for (const product of ADD_ONS) {
    offers.push({
      id: `off-${product.code.toLowerCase()}-t`,
      sku: `65${product.code}TAD01`,
      name: product.name,
      productFamily: product.family,
      licenseType: 'TEAM',
      marketSegments: product.segments,
      educationDevice: false,
      addOn: true,
      prices: priceList(product.usd),
    });
  }
  return offers;
}
