import BuildIcon from '@mui/icons-material/Build';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DevPanelDialog = lazy(() =>
  import('./dev-panel-dialog').then((m) => ({ default: m.DevPanelDialog })),
);

/** Opens the embedded backend's controls (mock mode only). */
export function DevPanelButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('devPanel:open')}>
        <IconButton color="inherit" aria-label={t('devPanel:open')} onClick={() => setOpen(true)}>
          <BuildIcon />
        </IconButton>
      </Tooltip>
      {open ? (
        <Suspense fallback={null}>
          <DevPanelDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
