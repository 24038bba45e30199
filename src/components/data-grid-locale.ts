import type { GridLocaleText } from '@mui/x-data-grid';
import { deDE, enUS, frFR, svSE } from '@mui/x-data-grid/locales';
import { toLanguage, type Language } from '@/i18n/languages';
import { GRID_LOCALE_FILLS } from './grid-locale-fills';

const PACKS = { en: enUS, sv: svSE, de: deDE, fr: frFR } as const;

const cache = new Map<Language, Partial<GridLocaleText>>();

/** The grid's strings in the reader's language, with the ones its pack lacks filled in. */
export function gridLocaleText(language: string): Partial<GridLocaleText> {
  const key = toLanguage(language);
  let text = cache.get(key);
  if (!text) {
    const pack = PACKS[key].components.MuiDataGrid.defaultProps.localeText;
    text = key === 'en' ? pack : { ...pack, ...GRID_LOCALE_FILLS[key] };
    cache.set(key, text);
  }
  return text;
}
