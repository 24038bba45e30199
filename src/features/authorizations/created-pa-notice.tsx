import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { CreatedPaState } from './create-pa-action';

function createdNumber(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('createdPa' in state)) return null;
  const { createdPa } = state as CreatedPaState;
  return typeof createdPa === 'string' ? createdPa : null;
}

/** Says, on the history tab, that the PA the user just created is there (pending). */
export function CreatedPaNotice() {
  const { t } = useTranslation();
  const number = createdNumber(useLocation().state);
  if (number === null) return null;
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }}>
      {t('authorizations:create.created', { number })}
    </Alert>
  );
}
