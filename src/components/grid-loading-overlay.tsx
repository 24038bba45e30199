import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';

/**
 * The data grids' loading bar with a name: MUI X's own has none, which axe reports (a
 * progressbar must say what it is).
 */
export function GridLoadingOverlay() {
  const { t } = useTranslation();
  return (
    <LinearProgress
      aria-label={t('common:states.loading')}
      sx={{ position: 'absolute', top: 0, left: 0, right: 0 }}
    />
  );
}
