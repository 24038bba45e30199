import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Offer } from '@/api/offers/schemas';
import { TextFieldElement } from '@/components/form-fields';
import { DEFAULT_RULES } from '@/domain/rules';
import { formatNumber } from '@/i18n/format';
import { quantityRangeText, type PaFormValues } from './pa-form';

/**
 * The offer lines of the PA dialog: one offer and a quantity per line, "+" adds a line, each
 * line can be removed while another stays, no offer twice (one chosen elsewhere is disabled),
 * at most 499 lines (SPEC §4).
 */
export function PaLinesField({
  control,
  offers,
}: {
  control: Control<PaFormValues>;
  /** The offers this PA may hold (licence type and segment), none before a type is chosen. */
  offers: readonly Offer[];
}) {
  const { t, i18n } = useTranslation();
  const limitId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const licenseType = useWatch({ control, name: 'licenseType' });
  const max = DEFAULT_RULES.linesPerOrder.max;
  const full = fields.length >= max;
  const nameOf = (offerId: string) => offers.find((offer) => offer.id === offerId)?.name ?? '';

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
      <Typography component="legend" variant="subtitle2">
        {t('authorizations:form.lines')}
      </Typography>
      {fields.map((field, index) => {
        const chosenElsewhere = new Set(
          lines.filter((_, other) => other !== index).map((line) => line.offerId),
        );
        const number = index + 1;
        return (
          <Box
            key={field.id}
            role="group"
            aria-label={t('authorizations:form.line', { number })}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr auto', sm: 'minmax(0, 3fr) minmax(0, 1.4fr) auto' },
              columnGap: 1,
              alignItems: 'start',
            }}
          >
            <TextFieldElement
              control={control}
              name={`lines.${index}.offerId`}
              label={t('authorizations:form.offer', { number })}
              select
              required
              disabled={licenseType === ''}
              helperText={licenseType === '' ? t('authorizations:form.typeFirst') : undefined}
              sx={{ gridColumn: { xs: '1 / 2', sm: 'auto' } }}
            >
              {offers.map((offer) => (
                <MenuItem key={offer.id} value={offer.id} disabled={chosenElsewhere.has(offer.id)}>
                  {offer.name}
                  {offer.addOn ? ` · ${t('customers:plans.addOn')}` : ''}
                </MenuItem>
              ))}
            </TextFieldElement>
            <TextFieldElement
              control={control}
              name={`lines.${index}.quantity`}
              label={t('authorizations:form.quantity')}
              required
              autoComplete="off"
              helperText={
                licenseType === '' ? undefined : quantityRangeText(t, licenseType, i18n.language)
              }
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ gridColumn: { xs: '1 / 2', sm: 'auto' }, gridRow: { xs: 2, sm: 'auto' } }}
            />
            {fields.length > 1 ? (
              <IconButton
                aria-label={t('authorizations:form.removeLine', {
                  number,
                  name: nameOf(lines[index]?.offerId ?? ''),
                })}
                onClick={() => {
                  remove(index);
                  // The row is gone: the add button is the next thing to act on.
                  addRef.current?.focus();
                }}
                sx={{
                  mt: 1.5,
                  gridColumn: { xs: 2, sm: 'auto' },
                  gridRow: { xs: '1 / 3', sm: 'auto' },
                }}
              >
                <DeleteOutlinedIcon />
              </IconButton>
            ) : (
              <Box sx={{ width: 40 }} />
            )}
          </Box>
        );
      })}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Button
          ref={addRef}
          startIcon={<AddIcon />}
          disabled={full}
          aria-describedby={full ? limitId : undefined}
          onClick={() => append({ offerId: '', quantity: '' }, { shouldFocus: true })}
        >
          {t('authorizations:form.addLine')}
        </Button>
        <Typography id={limitId} variant="body2" color="text.secondary">
          {full
            ? t('errors:codes.TOO_MANY_LINES')
            : t('authorizations:form.lineCount', {
                count: fields.length,
                max: formatNumber(max, i18n.language),
              })}
        </Typography>
      </Box>
    </Box>
  );
}
