import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import {
  useController,
  useForm,
  useWatch,
  type Control,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreatePurchaseAuthorization } from '@/api/authorizations/mutations';
import type { PurchaseAuthorization } from '@/api/authorizations/schemas';
import { isApiError } from '@/api/client';
import { ValidationDetailsSchema } from '@/api/common/errors';
import type { Customer } from '@/api/customers/schemas';
import type { Offer } from '@/api/offers/schemas';
import type { Subscription } from '@/api/subscriptions/schemas';
import { FormDialog } from '@/components/form-dialog';
import { TextFieldElement } from '@/components/form-fields';
import { quotePurchaseAuthorization } from '@/domain/authorization-quote';
import {
  anniversaryForNewSeats,
  deploymentDateIssue,
  type LicenseType,
} from '@/domain/authorizations';
import { addDays, isCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import type { PriceQuote } from '@/domain/pricing';
import { DEFAULT_RULES } from '@/domain/rules';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatCalendarDate } from '@/i18n/format';
import { zodIssueMessage } from '@/i18n/zod-messages';
import {
  emptyPaForm,
  formFieldOf,
  lineFieldOfRefusal,
  offersFor,
  paFormSchema,
  priceableLines,
  toCreateRequest,
  type PaFormValues,
} from './pa-form';
import { PaLinesField } from './pa-lines-field';
import { PricePreview } from './price-preview';
import { errorCodeMessage } from '@/components/api-error-message';

const LICENSE_TYPES: readonly LicenseType[] = ['ENTERPRISE', 'TEAM'];

function LicenseTypeField({
  control,
  onChange,
}: {
  control: Control<PaFormValues>;
  onChange: (value: LicenseType) => void;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'licenseType' });
  return (
    <FormControl error={Boolean(fieldState.error)} required sx={{ mb: 1 }}>
      <FormLabel id="pa-license-type">{t('authorizations:form.licenseType')}</FormLabel>
      <RadioGroup
        row
        aria-labelledby="pa-license-type"
        name={field.name}
        value={field.value}
        onChange={(event) => {
          const value = event.target.value as LicenseType;
          field.onChange(value);
          onChange(value);
        }}
        onBlur={field.onBlur}
      >
        {LICENSE_TYPES.map((type) => (
          <FormControlLabel
            key={type}
            value={type}
            control={<Radio />}
            label={t(`common:licenseTypes.${type}`)}
          />
        ))}
      </RadioGroup>
      <FormHelperText>
        {fieldState.error?.message ?? t('authorizations:form.licenseTypeHelp')}
      </FormHelperText>
    </FormControl>
  );
}

/** The preview as the values stand: null until a line can be priced on a valid date. */
function useQuote(
  form: UseFormReturn<PaFormValues>,
  context: {
    customer: Customer;
    offers: readonly Offer[];
    subscriptions: readonly Subscription[];
    today: CalendarDate;
    anniversary: CalendarDate;
  },
): PriceQuote | null {
  const values = useWatch({ control: form.control }) as PaFormValues;
  const offerMap = useMemo(
    () => new Map(context.offers.map((offer) => [offer.id, offer])),
    [context.offers],
  );
  const lines = priceableLines(values);
  const date = values.deploymentDate;
  if (lines.length === 0 || !isCalendarDate(date)) return null;
  if (deploymentDateIssue(date, context.today, context.anniversary) !== null) return null;
  try {
    return quotePurchaseAuthorization({
      lines,
      offers: offerMap,
      customer: context.customer,
      subscriptions: context.subscriptions,
      today: context.today,
      deploymentDate: date,
    });
  } catch {
    // An offer without a price in this currency: the server will say so on submit.
    return null;
  }
}

export interface CreatePaDialogProps {
  customer: Customer;
  offers: readonly Offer[];
  subscriptions: readonly Subscription[];
  today: CalendarDate;
  /** Why a PA cannot be created now (the customer became DELAYED meanwhile), or null. */
  refusal: string | null;
  onClose: () => void;
  onCreated: (pa: PurchaseAuthorization) => void;
}

/**
 * SPEC §5.4 Create purchase authorization: licence type, then offer lines, deployment date, PO
 * number, a live price preview. Nothing typed is lost when the server refuses or the network
 * fails; a retry of the same input reuses its idempotency key, so two submits make one PA.
 */
export function CreatePaDialog({
  customer,
  offers,
  subscriptions,
  today,
  refusal,
  onClose,
  onCreated,
}: CreatePaDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreatePurchaseAuthorization(customer.id);
  const keys = useIdempotencyKey();
  const anniversary = anniversaryForNewSeats(customer.cotermDate, today, DEFAULT_RULES);
  const resolver = useMemo(
    () => zodResolver(paFormSchema(t, { today, anniversary, language: i18n.language })),
    [t, today, anniversary, i18n.language],
  );
  const form = useForm<PaFormValues>({
    resolver,
    // Checked on the first submit, then on every change: with on-blur checking, adding a line
    // would flag the new, empty line at once (the whole array is validated on an array action).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: emptyPaForm(today),
  });
  const licenseType = useWatch({ control: form.control, name: 'licenseType' });
  const available = useMemo(
    () => offersFor(offers, licenseType, customer.marketSegment),
    [offers, licenseType, customer.marketSegment],
  );
  const quote = useQuote(form, { customer, offers, subscriptions, today, anniversary });
  const offerName = (offerId: string) =>
    offers.find((offer) => offer.id === offerId)?.name ?? offerId;

  const changeType = (type: LicenseType) => {
    // Lines keep their quantities; an offer of the other type no longer fits.
    form.getValues('lines').forEach((line, index) => {
      const offer = offers.find((o) => o.id === line.offerId);
      if (offer && offer.licenseType !== type) form.setValue(`lines.${index}.offerId`, '');
    });
  };

  const showServerErrors = (error: unknown, sent: PaFormValues) => {
    if (!isApiError(error)) return;
    if (error.code === 'VALIDATION') {
      const details = ValidationDetailsSchema.safeParse(error.details);
      details.data?.fields.forEach((issue) => {
        const field = formFieldOf(issue.path);
        if (field) {
          form.setError(field as keyof PaFormValues, {
            message:
              field === 'deploymentDate' && issue.code === 'too_small'
                ? t('authorizations:form.notBeforeToday', {
                    date: formatCalendarDate(today, i18n.language),
                  })
                : zodIssueMessage(t, { code: issue.code }),
          });
        }
      });
      return;
    }
    const lineIndex =
      typeof error.details === 'object' && error.details !== null && 'lineIndex' in error.details
        ? error.details.lineIndex
        : null;
    if (typeof lineIndex === 'number' && lineIndex < sent.lines.length) {
      form.setError(lineFieldOfRefusal(error.code, lineIndex) as keyof PaFormValues, {
        message: errorCodeMessage(t, error.code),
      });
    }
  };

  const submit = form.handleSubmit((values) => {
    if (create.isPending) return;
    const body = toCreateRequest(values);
    create.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      { onSuccess: onCreated, onError: (error) => showServerErrors(error, values) },
    );
  });

  return (
    <FormDialog
      open
      title={t('authorizations:create.title', { name: customer.companyName })}
      submitLabel={t('authorizations:create.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={create.isPending}
      error={create.error}
    >
      {refusal !== null && !create.error ? (
        <Alert severity="warning" role="status" sx={{ mb: 2 }}>
          {refusal}
        </Alert>
      ) : null}
      <LicenseTypeField control={form.control} onChange={changeType} />
      <Alert severity="info" variant="outlined" role="note" sx={{ mb: 1 }}>
        {t('authorizations:form.educationDeviceNote')}
      </Alert>
      <PaLinesField control={form.control} offers={available} />
      <Grid container columnSpacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldElement
            control={form.control}
            name="deploymentDate"
            label={t('authorizations:form.deploymentDate')}
            type="date"
            required
            helperText={t('authorizations:form.deploymentDateHelp', {
              date: formatCalendarDate(anniversary, i18n.language),
            })}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: today, max: addDays(anniversary, -1) },
            }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldElement
            control={form.control}
            name="poNumber"
            label={t('authorizations:form.poNumber')}
            autoComplete="off"
            helperText={t('authorizations:form.poNumberHelp', {
              max: DEFAULT_RULES.poNumberMaxLength,
            })}
            slotProps={{ htmlInput: { maxLength: DEFAULT_RULES.poNumberMaxLength + 20 } }}
          />
        </Grid>
      </Grid>
      <PricePreview quote={quote} offerName={offerName} anniversary={anniversary} />
    </FormDialog>
  );
}
