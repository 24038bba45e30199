import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useId, useState, type ReactNode, type SubmitEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './api-error-message';

export interface ConfirmDialogProps {
  title: string;
  /** The confirm button's label: names the action ("Cancel at term end"). */
  confirmLabel: string;
  /** What happens once confirmed, in words; the "I understand" checkbox is described by it. */
  consequence: ReactNode;
  onClose: () => void;
  /**
   * Called on submit once "I understand" is ticked. A form inside (a quantity) validates here:
   * pass react-hook-form's `handleSubmit(...)` result.
   */
  onConfirm: SubmitEventHandler<HTMLFormElement>;
  /** Required: the dialog shows that it is busy... */
  pending: boolean;
  /** ...and what went wrong, inside the dialog, with the input kept. */
  error: unknown;
  /** Fields or facts shown above the consequence. */
  children?: ReactNode;
  /** No fields to fill: on a phone it stays a dialog rather than filling the screen. */
  compact?: boolean;
}

/**
 * Every destructive step (SPEC §8): the consequence, an "I understand" checkbox that must be
 * ticked before the confirm button works (the button says why while it is not), the action's
 * refusal inside the dialog. Rendered only while open, so each opening starts unticked.
 * MUI's dialog traps the focus and hands it back to the opener on close.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  consequence,
  onClose,
  onConfirm,
  pending,
  error,
  children,
  compact = false,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const consequenceId = useId();
  const hintId = useId();
  const [understood, setUnderstood] = useState(false);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const fullScreen = phone && !compact;

  const submit: SubmitEventHandler<HTMLFormElement> = (event) => {
    if (!understood || pending) {
      event.preventDefault();
      return;
    }
    onConfirm(event);
  };

  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={consequenceId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { component: 'form', noValidate: true, onSubmit: submit } as object }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {apiErrorMessage(t, error)}
          </Alert>
        ) : null}
        {children}
        <Typography id={consequenceId} variant="body2" component="div" sx={{ mb: 1 }}>
          {consequence}
        </Typography>
        <FormControlLabel
          control={
            <Checkbox
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
              slotProps={{ input: { 'aria-describedby': consequenceId } }}
            />
          }
          label={t('common:confirm.understand')}
        />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {understood ? null : (
          <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
            {t('common:confirm.tickFirst')}
          </Typography>
        )}
        <Button onClick={onClose} disabled={pending}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          color="error"
          loading={pending}
          disabled={!understood}
          aria-describedby={understood ? undefined : hintId}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
