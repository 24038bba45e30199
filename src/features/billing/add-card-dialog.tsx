import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import { ValidationDetailsSchema } from '@/api/common/errors';
import { useAddCard } from '@/api/payment-methods/mutations';
import type { PaymentMethod } from '@/api/payment-methods/schemas';
import { FormDialog } from '@/components/form-dialog';
import { TextFieldElement } from '@/components/form-fields';
import type { CalendarDate } from '@/domain/calendar-date';
import { detectCardBrand } from '@/domain/payment-card';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import {
  cardFormSchema,
  EMPTY_CARD_FORM,
  FORM_FIELD_OF_PATH,
  toAddCardRequest,
  type CardFormValues,
} from './card-form';

/**
 * Add card (SPEC §5.8 "real validation"): the number by network, length and Luhn, the expiry
 * against the business date, the security code's length by network, the name. Nothing is sent
 * until the card passes; a refusal shows in the dialog with the input kept.
 */
export function AddCardDialog({
  customerId,
  today,
  onClose,
  onAdded,
}: {
  customerId: string;
  today: CalendarDate;
  onClose: () => void;
  onAdded: (method: PaymentMethod) => void;
}) {
  const { t } = useTranslation();
  const keys = useIdempotencyKey();
  const add = useAddCard(customerId);
  const resolver = useMemo(() => zodResolver(cardFormSchema(t, today)), [t, today]);
  const form = useForm<CardFormValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: EMPTY_CARD_FORM,
  });
  const number = useWatch({ control: form.control, name: 'number' });
  const brand = detectCardBrand(number);

  const submit = form.handleSubmit((values) => {
    if (add.isPending) return;
    const body = toAddCardRequest(values);
    add.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: onAdded,
        onError: (error) => {
          // The backend checks with the same rules; its field issues go under their fields.
          const details =
            isApiError(error) && error.code === 'VALIDATION'
              ? ValidationDetailsSchema.safeParse(error.details)
              : null;
          details?.data?.fields.forEach((issue) => {
            const field = FORM_FIELD_OF_PATH[issue.path];
            if (field) {
              form.setError(field, {
                message: t(`billing:card.issues.${issue.code}`, {
                  defaultValue: t('validation:invalid'),
                }),
              });
            }
          });
        },
      },
    );
  });

  return (
    <FormDialog
      open
      title={t('billing:card.title')}
      submitLabel={t('billing:card.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={add.isPending}
      error={add.error}
    >
      <TextFieldElement
        control={form.control}
        name="number"
        label={t('billing:card.number')}
        helperText={brand ? t(`billing:cards.brands.${brand}`) : t('billing:card.numberHelp')}
        autoComplete="cc-number"
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 23 } }}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1 }}>
        <TextFieldElement
          control={form.control}
          name="expiry"
          label={t('billing:card.expiry')}
          helperText={t('billing:card.expiryHelp')}
          autoComplete="cc-exp"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
        />
        <TextFieldElement
          control={form.control}
          name="cvc"
          label={t('billing:card.cvc')}
          helperText={brand === 'AMEX' ? t('billing:card.cvcHelpAmex') : t('billing:card.cvcHelp')}
          autoComplete="cc-csc"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        />
      </Box>
      <TextFieldElement
        control={form.control}
        name="holderName"
        label={t('billing:card.holderName')}
        autoComplete="cc-name"
      />
      <Controller
        control={form.control}
        name="makeDefault"
        render={({ field }) => (
          <FormControlLabel
            control={
              <Checkbox
                checked={field.value}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
              />
            }
            label={t('billing:card.makeDefault')}
          />
        )}
      />
    </FormDialog>
  );
}
