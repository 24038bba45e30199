import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/**
 * A dialog's frame while what its form needs loads (a price list, a customer: prefetched, so
 * rarely seen), or with the failure and a retry: the user sees the dialog open at once.
 */
export function WaitingDialog({
  title,
  error,
  onRetry,
  onClose,
  errorTitle,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  onClose: () => void;
  /** What failed, when the generic heading says too little. */
  errorTitle?: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        {error ? (
          <ErrorState
            error={error}
            onRetry={onRetry}
            {...(errorTitle === undefined ? {} : { title: errorTitle })}
          />
        ) : (
          <LoadingState lines={4} height={32} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
