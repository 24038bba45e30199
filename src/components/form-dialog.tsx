import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useId, type SubmitEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './api-error-message';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  /** Required: every form shows that it is busy... */
  pending: boolean;
  /** ...and what went wrong, inside the dialog, with the input kept. */
  error: unknown;
  children: ReactNode;
  /**
   * A step that cannot be reversed: the submit button is red, and its label names the thing
   * ("Withdraw PA00000076").
   */
  destructive?: boolean;
  /** A question with no fields: on a phone it stays a dialog rather than filling the screen. */
  compact?: boolean;
}

/** The shell every form dialog uses: title, fields, the action's error, cancel and submit. */
export function FormDialog({
  open,
  title,
  submitLabel,
  onClose,
  onSubmit,
  pending,
  error,
  children,
  destructive = false,
  compact = false,
}: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const fullScreen = phone && !compact;
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { component: 'form', noValidate: true, onSubmit } as object }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {apiErrorMessage(t, error)}
          </Alert>
        ) : null}
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          loading={pending}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
