import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

/** Placeholder of the shape that will come, so nothing jumps when the data arrives. */
export function LoadingState({ lines = 3, height = 24 }: { lines?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-live="polite" aria-busy="true">
      <Box component="span" sx={visuallyHidden}>
        {t('common:states.loading')}
      </Box>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} variant="rounded" height={height} sx={{ my: 1 }} />
      ))}
    </Box>
  );
}

/** Read by screen readers, not shown. Pixel strings: in `sx`, `width: 1` means 100%. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
