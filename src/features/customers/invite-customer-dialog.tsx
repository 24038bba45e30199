import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import { ValidationDetailsSchema } from '@/api/common/errors';
import { useInviteCustomer } from '@/api/customers/mutations';
import {
  InviteCustomerRequestSchema,
  type Customer,
  type InviteCustomerInput,
} from '@/api/customers/schemas';
import { teamQueries } from '@/api/team/queries';
import { memberName } from '@/api/team/schemas';
import { FormDialog } from '@/components/form-dialog';
import { SelectElement, TextFieldElement } from '@/components/form-fields';
import {
  COUNTRY_CODES,
  MARKET_SEGMENTS,
  SUB_SEGMENTS_BY_SEGMENT,
  type MarketSubSegment,
} from '@/domain/customer-profile';
import { DEFAULT_RULES } from '@/domain/rules';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useSession } from '@/hooks/use-session';
import { countryName } from '@/i18n/format';
import { zodErrorMap, zodIssueMessage } from '@/i18n/zod-messages';

interface Props {
  open: boolean;
  onClose: () => void;
  onInvited: (customer: Customer) => void;
}

function SubSegmentsField({
  control,
  segment,
}: {
  control: Control<InviteCustomerInput>;
  segment: InviteCustomerInput['marketSegment'];
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'marketSubSegments' });
  const options = SUB_SEGMENTS_BY_SEGMENT[segment];
  if (options.length === 0) return null;
  const selected = field.value;
  return (
    <FormGroup sx={{ my: 1 }} role="group" aria-labelledby="sub-segments-label">
      <FormLabel id="sub-segments-label">{t('customers:invite.subSegments')}</FormLabel>
      {options.map((option) => (
        <FormControlLabel
          key={option}
          label={t(`common:subSegments.${option}`)}
          control={
            <Checkbox
              checked={selected.includes(option)}
              onChange={(event) =>
                field.onChange(
                  event.target.checked
                    ? [...selected, option]
                    : selected.filter((value: MarketSubSegment) => value !== option),
                )
              }
            />
          }
        />
      ))}
    </FormGroup>
  );
}

/** SPEC §3 field rules: the form checks them, and the API checks the same schema again. */
export function InviteCustomerDialog({ open, onClose, onInvited }: Props) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const team = useQuery(teamQueries.list());
  const invite = useInviteCustomer();
  const idempotency = useIdempotencyKey();
  const isManager = session?.member.role === 'ACCOUNT_MANAGER';
  const resolver = useMemo(() => zodResolver(InviteCustomerRequestSchema, zodErrorMap(t)), [t]);
  const form = useForm<InviteCustomerInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      companyName: '',
      marketSegment: 'COM',
      marketSubSegments: [],
      countryCode: '' as InviteCustomerInput['countryCode'],
      contact: { firstName: '', lastName: '', email: '' },
      accountManagerId: isManager ? session.member.id : '',
      salesRepId: '',
    },
  });
  const segment = useWatch({ control: form.control, name: 'marketSegment' });
  const members = team.data?.items ?? [];

  const submit = form.handleSubmit((values) => {
    const body = InviteCustomerRequestSchema.parse(values);
    invite.mutate(
      { body, idempotencyKey: idempotency.keyFor(body) },
      {
        onSuccess: (customer) => {
          form.reset();
          idempotency.reset();
          invite.reset();
          onInvited(customer);
        },
        onError: (error) => {
          // The API names the fields it refused: show each under its field.
          const details =
            isApiError(error) && error.code === 'VALIDATION'
              ? ValidationDetailsSchema.safeParse(error.details)
              : null;
          details?.data?.fields.forEach((issue) =>
            form.setError(issue.path as keyof InviteCustomerInput, {
              message: zodIssueMessage(t, { code: issue.code }),
            }),
          );
        },
      },
    );
  });

  const rules = DEFAULT_RULES;
  return (
    <FormDialog
      open={open}
      title={t('customers:invite.title')}
      submitLabel={t('customers:invite.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={invite.isPending}
      error={invite.error}
    >
      <TextFieldElement
        control={form.control}
        name="companyName"
        label={t('customers:invite.companyName')}
        required
        helperText={t('customers:invite.companyNameHelp', {
          min: rules.companyName.min,
          max: rules.companyName.max,
        })}
        slotProps={{ htmlInput: { maxLength: rules.companyName.max + 20 } }}
      />
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectElement
            control={form.control}
            name="marketSegment"
            label={t('customers:invite.segment')}
            required
            options={MARKET_SEGMENTS.map((value) => ({
              value,
              label: t(`common:segments.${value}`),
            }))}
            // Sub-segments belong to a segment: a new segment starts with none chosen.
            onValueChange={() => form.setValue('marketSubSegments', [])}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectElement
            control={form.control}
            name="countryCode"
            label={t('customers:invite.country')}
            required
            helperText={t('customers:invite.countryHelp')}
            options={[...COUNTRY_CODES]
              .map((value) => ({ value, label: countryName(value, i18n.language) }))
              .sort((a, b) => a.label.localeCompare(b.label, i18n.language))}
          />
        </Grid>
      </Grid>
      <SubSegmentsField control={form.control} segment={segment} />
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldElement
            control={form.control}
            name="contact.firstName"
            label={t('customers:invite.firstName')}
            required
            autoComplete="off"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldElement
            control={form.control}
            name="contact.lastName"
            label={t('customers:invite.lastName')}
            required
            autoComplete="off"
          />
        </Grid>
      </Grid>
      <TextFieldElement
        control={form.control}
        name="contact.email"
        label={t('customers:invite.email')}
        type="email"
        required
        autoComplete="off"
      />
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectElement
            control={form.control}
            name="accountManagerId"
            label={t('customers:invite.accountManager')}
            required
            disabled={isManager}
            helperText={isManager ? t('customers:invite.accountManagerIsYou') : undefined}
            options={members
              .filter((m) => m.role === 'ACCOUNT_MANAGER')
              .map((m) => ({ value: m.id, label: memberName(m) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectElement
            control={form.control}
            name="salesRepId"
            label={t('customers:invite.salesRep')}
            required
            options={members
              .filter((m) => m.role === 'SALES_REP')
              .map((m) => ({ value: m.id, label: memberName(m) }))}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
