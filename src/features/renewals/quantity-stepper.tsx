import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { parseSeats } from '@/lib/parse-seats';
import type { RenewalBounds } from './renew-quantity';

export interface RenewFormValues {
  quantity: string;
}

/** A bound in words: what it is and why (the seats in use, a late renewal, the licence type). */
export function boundMessage(
  t: TFunction,
  language: string,
  which: 'min' | 'max',
  bounds: RenewalBounds,
): string {
  const count = which === 'min' ? bounds.min : bounds.max;
  const options = { count, seats: formatNumber(count, language) };
  if (which === 'min') {
    return bounds.minBy === 'IN_USE'
      ? t('renew:bounds.minInUse', options)
      : t('renew:bounds.minRange', options);
  }
  return bounds.maxBy === 'PREVIOUS'
    ? t('renew:bounds.maxPrevious', options)
    : t('renew:bounds.maxRange', options);
}

/**
 * The next term's seats: a field with − and + that stop at today's bounds, each bound said in
 * words and tied to the button it disables (a disabled action says why).
 */
export function QuantityStepper({
  form,
  bounds,
}: {
  form: UseFormReturn<RenewFormValues>;
  bounds: RenewalBounds;
}) {
  const { t, i18n } = useTranslation();
  const fieldId = useId();
  const minId = useId();
  const maxId = useId();
  const { field, fieldState } = useController({ control: form.control, name: 'quantity' });
  const value = parseSeats(field.value);
  const atMin = value !== null && value <= bounds.min;
  const atMax = value !== null && value >= bounds.max;
  const showMax = bounds.maxBy === 'PREVIOUS' || atMax;

  const step = (delta: number) => {
    const next = value === null ? bounds.min : value + delta;
    const clamped = Math.min(Math.max(next, bounds.min), Math.max(bounds.min, bounds.max));
    form.setValue('quantity', String(clamped), { shouldValidate: true, shouldDirty: true });
  };

  return (
    <Box sx={{ mb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <IconButton
          aria-label={t('renew:dialog.fewer')}
          aria-describedby={atMin ? minId : undefined}
          disabled={atMin}
          onClick={() => step(-1)}
          sx={{ mt: 1.5 }}
        >
          <RemoveIcon />
        </IconButton>
        <TextField
          id={fieldId}
          name={field.name}
          inputRef={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          label={t('renew:dialog.quantity')}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? ' '}
          autoComplete="off"
          required
          margin="dense"
          sx={{ flex: '1 1 8rem', maxWidth: '14rem' }}
          slotProps={{
            htmlInput: {
              inputMode: 'numeric',
              'aria-describedby': [`${fieldId}-helper-text`, minId, showMax ? maxId : null]
                .filter(Boolean)
                .join(' '),
            },
          }}
        />
        <IconButton
          aria-label={t('renew:dialog.more')}
          aria-describedby={atMax ? maxId : undefined}
          disabled={atMax}
          onClick={() => step(1)}
          sx={{ mt: 1.5 }}
        >
          <AddIcon />
        </IconButton>
      </Box>
      <Typography id={minId} variant="body2" color="text.secondary">
        {boundMessage(t, i18n.language, 'min', bounds)}
      </Typography>
      {showMax ? (
        <Typography id={maxId} variant="body2" color="text.secondary">
          {boundMessage(t, i18n.language, 'max', bounds)}
        </Typography>
      ) : null}
    </Box>
  );
}
