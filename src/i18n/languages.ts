export const LANGUAGES = ['en', 'sv', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NAMESPACES = [
  'common',
  'session',
  'customers',
  'history',
  'authorizations',
  'renewals',
  'renew',
  'customerRenewals',
  'subscriptions',
  'billing',
  'devPanel',
  'errors',
  'validation',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The locale each language formats dates, numbers and amounts with. */
export const FORMAT_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  sv: 'sv-SE',
  de: 'de-DE',
  fr: 'fr-FR',
};

/** Each language named in itself, for the language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  sv: 'Svenska',
  de: 'Deutsch',
  fr: 'Français',
};

export const LANGUAGE_STORAGE_KEY = 'rc.language';

export function toLanguage(value: string | undefined): Language {
  const base = value?.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}
