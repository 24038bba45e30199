import { createTheme } from '@mui/material/styles';
import { deDE, enUS, frFR, svSE } from '@mui/material/locale';
import type { Language } from '@/i18n/languages';

const CORE_LOCALES = { en: enUS, sv: svSE, de: deDE, fr: frFR } as const;

/** Light and dark schemes that follow the system, with MUI's strings in the chosen language. */
export function createAppTheme(language: Language) {
  return createTheme(
    {
      cssVariables: { colorSchemeSelector: 'media' },
      colorSchemes: {
        // Text-safe shades: every status colour reaches 4.5:1 on white (WCAG 1.4.3).
        light: {
          palette: {
            primary: { main: '#1f4b99' },
            secondary: { main: '#7a3e9d' },
            warning: { main: '#8a4b00' },
            info: { main: '#01579b' },
            success: { main: '#1b5e20' },
            error: { main: '#b71c1c' },
          },
        },
        dark: { palette: { primary: { main: '#8fb3ff' }, secondary: { main: '#d7a6f2' } } },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily:
          'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      },
    },
    CORE_LOCALES[language],
  );
}
