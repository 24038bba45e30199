import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './api-error-message';

/** A failed load: what happened and a way to try again (never a silent empty screen). */
export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      }
    >
      <AlertTitle>{title ?? t('common:states.loadFailed')}</AlertTitle>
      {apiErrorMessage(t, error)}
    </Alert>
  );
}

/** A background refresh failed: say so quietly and keep what is shown. */
export function RefreshErrorBanner({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="warning"
      variant="outlined"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      }
    >
      {t('common:states.refreshFailed', { reason: apiErrorMessage(t, error) })}
    </Alert>
  );
}
