import type { CurrencyCode } from './money';

/** SPEC §3 "Customer": market segments and sub-segments (the vendor's vocabulary). */
export const MARKET_SEGMENTS = ['COM', 'EDU', 'GOV'] as const;
export type MarketSegment = (typeof MARKET_SEGMENTS)[number];

export const MARKET_SUB_SEGMENTS = ['K_12', 'HIGHER_ED', 'NON_PROFIT'] as const;
export type MarketSubSegment = (typeof MARKET_SUB_SEGMENTS)[number];

/** Education sub-segments belong to EDU; NON_PROFIT to COM. */
export const SUB_SEGMENTS_BY_SEGMENT: Record<MarketSegment, readonly MarketSubSegment[]> = {
  COM: ['NON_PROFIT'],
  EDU: ['K_12', 'HIGHER_ED'],
  GOV: [],
};

/** The countries the demo reseller serves, each with the currency it is billed in. */
export const COUNTRY_CURRENCIES = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'AUD',
  GB: 'GBP',
  IE: 'EUR',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  FI: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  SE: 'SEK',
  JP: 'JPY',
} as const satisfies Record<string, CurrencyCode>;

export type CountryCode = keyof typeof COUNTRY_CURRENCIES;
export const COUNTRY_CODES = Object.keys(COUNTRY_CURRENCIES) as CountryCode[];

export function isCountryCode(value: string): value is CountryCode {
  return Object.hasOwn(COUNTRY_CURRENCIES, value);
}

export function currencyOfCountry(country: CountryCode): CurrencyCode {
  return COUNTRY_CURRENCIES[country];
}
