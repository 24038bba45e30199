import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES } from '@/i18n/languages';

type Catalogue = Record<string, unknown>;

const files = import.meta.glob<Catalogue>('/src/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every catalogue, by language and namespace, as the app would load them. */
export function catalogues(): Record<string, Record<string, Catalogue>> {
  const resources: Record<string, Record<string, Catalogue>> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    resources[language] ??= {};
    resources[language][namespace] = content;
  }
  return resources;
}

/** i18next loaded synchronously with every catalogue, in English unless told. */
export function initTestI18n(language = 'en') {
  if (i18n.isInitialized) {
    void i18n.changeLanguage(language);
    return i18n;
  }
  void i18n.use(initReactI18next).init({
    resources: catalogues(),
    lng: language,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  return i18n;
}
