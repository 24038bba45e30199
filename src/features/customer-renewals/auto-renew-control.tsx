import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeAutoRenewal } from '@/api/subscriptions/auto-renewal';
import type { Subscription } from '@/api/subscriptions/schemas';
import { apiErrorMessage, refusalText } from '@/components/api-error-message';
import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { canChangeAutoRenewal, renewalCycle } from '@/domain/renewals';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { usePermission } from '@/hooks/use-permission';
import { DEFAULT_RULES } from '@/domain/rules';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { parseSeats } from '@/lib/parse-seats';

/**
 * Auto-renew on or off and the renewal quantity (SPEC §4 "auto-renew changes"): changeable
 * until the cut-off (3 days before the anniversary), then disabled with the reason; the same
 * rule the API enforces. What the user typed stays when the server refuses.
 */
export function AutoRenewControl({
  subscription,
  today,
  onSaved,
}: {
  subscription: Subscription;
  today: CalendarDate;
  /** The control is keyed by version, so a saved change remounts it: the parent says so. */
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const keys = useIdempotencyKey();
  const change = useChangeAutoRenewal(subscription.customerId);
  const permission = usePermission('renewals.change');
  const [enabled, setEnabled] = useState(subscription.autoRenewal.enabled);
  const [quantity, setQuantity] = useState(String(subscription.autoRenewal.renewalQuantity));

  const now = canChangeAutoRenewal(subscription, null, today);
  const decision = permission.ok ? now : permission;
  const reason = refusalText(t, decision, t('customerRenewals:autoRenew.roleMayNot'));
  const typed = parseSeats(quantity);
  const quantityDecision =
    typed === null
      ? ({ ok: false, reason: 'VALIDATION' } as const)
      : canChangeAutoRenewal(subscription, typed, today);
  const quantityError =
    decision.ok && !quantityDecision.ok
      ? typed === null
        ? t('customerRenewals:autoRenew.wholeNumber')
        : refusalText(t, quantityDecision, t('customerRenewals:autoRenew.roleMayNot'))
      : null;
  const changed =
    enabled !== subscription.autoRenewal.enabled ||
    typed !== subscription.autoRenewal.renewalQuantity;
  // The cut-off is the first day no change is allowed: the day before is the last.
  const lastDay = addDays(renewalCycle(subscription.renewalDate).autoRenewCutoff, -1);

  const save = () => {
    if (!decision.ok || quantityError !== null || typed === null || change.isPending) return;
    const body = { enabled, renewalQuantity: typed };
    change.mutate(
      {
        subscription: { id: subscription.id, version: subscription.version },
        body,
        idempotencyKey: keys.keyFor({ id: subscription.id, version: subscription.version, body }),
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      aria-label={t('customerRenewals:autoRenew.formLabel', { name: subscription.offerName })}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}
    >
      <FormControlLabel
        control={
          <Switch
            checked={enabled}
            disabled={!decision.ok}
            onChange={(event) => setEnabled(event.target.checked)}
            slotProps={{
              input: { 'aria-describedby': reason ? reasonId : undefined } as object,
            }}
          />
        }
        label={t('customerRenewals:autoRenew.label')}
        sx={{ mt: 1 }}
      />
      <TextField
        label={t('customerRenewals:autoRenew.quantity')}
        size="small"
        value={quantity}
        disabled={!decision.ok}
        onChange={(event) => {
          setQuantity(event.target.value);
        }}
        error={quantityError !== null}
        helperText={
          quantityError ??
          (subscription.usedQuantity === 0
            ? t('customerRenewals:autoRenew.quantityHelpNone', {
                seats: formatNumber(
                  DEFAULT_RULES.quantityPerLine[subscription.licenseType].min,
                  i18n.language,
                ),
              })
            : t('customerRenewals:autoRenew.quantityHelp', {
                count: subscription.usedQuantity,
                seats: formatNumber(subscription.usedQuantity, i18n.language),
              }))
        }
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ width: 200, mt: 0.5 }}
      />
      <Button
        type="submit"
        variant="outlined"
        disabled={!decision.ok || !changed}
        loading={change.isPending}
        sx={{ mt: 1 }}
      >
        {t('customerRenewals:autoRenew.save')}
      </Button>
      <Box sx={{ flexBasis: '100%' }}>
        {reason ? (
          <Typography id={reasonId} variant="body2" color="text.secondary">
            {reason}
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('customerRenewals:autoRenew.until', {
              date: formatCalendarDate(lastDay, i18n.language),
            })}
          </Typography>
        )}
        {change.error ? (
          <Alert severity="error" role="alert" sx={{ mt: 1 }}>
            {apiErrorMessage(t, change.error)}
          </Alert>
        ) : null}
      </Box>
    </Box>
  );
}
