import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offerQueries } from '@/api/offers/queries';
import { prefetch } from '@/api/prefetch';
import type { Customer } from '@/api/customers/schemas';
import type { Subscription } from '@/api/subscriptions/schemas';
import { refusalText } from '@/components/api-error-message';
import type { Decision } from '@/domain/decision';
import { canScheduleCancellation, canScheduleReduction } from '@/domain/seats';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { useSession } from '@/hooks/use-session';
import { formatCalendarDate } from '@/i18n/format';
import { AddSeatsDialog } from './add-seats-dialog';
import { CancelSubscriptionDialog } from './cancel-subscription-dialog';
import { ReduceSeatsDialog } from './reduce-seats-dialog';
import { addSeatsOpen } from './seat-rules';

type Open = 'add' | 'reduce' | 'cancel' | null;

export interface SeatActionsProps {
  customer: Customer;
  subscription: Subscription;
  /** All of the customer's subscriptions: add-ons and the live licence count price the seats. */
  subscriptions: readonly Subscription[];
}

/**
 * A Plans row's seat actions (SPEC §5.7): Add seats, Reduce at next term, Cancel at term end.
 * Each is disabled with its reason (the role, "contact sales", the term) tied to it by
 * aria-describedby; a reason shared by several buttons is written once.
 */
export function SeatActions({ customer, subscription, subscriptions }: SeatActionsProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const today = useBusinessDate();
  const session = useSession();
  const permission = usePermission('renewals.change');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  // A notice holds while what it says is so: until a later change of the subscription (a newer
  // version than the one the action left) replaces it.
  const [done, setDone] = useState<{ message: string; untilVersion: number } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const role = session?.member.role;

  const judge = (rule: (today: string) => Decision): Decision | null => {
    if (!permission.ok) return permission;
    return today === undefined ? null : rule(today);
  };
  const decisions = {
    add: judge((day) =>
      role ? addSeatsOpen({ customer, subscription, subscriptions, role, today: day }) : permission,
    ),
    reduce: judge((day) =>
      canScheduleReduction(subscription, subscription.currentQuantity - 1, day),
    ),
    cancel: judge((day) =>
      subscription.scheduledChange?.type === 'CANCELLATION'
        ? { ok: false, reason: 'SCHEDULED_CHANGE_EXISTS' }
        : canScheduleCancellation(subscription, day),
    ),
  };
  const roleMayNot = t('subscriptions:actions.roleMayNot');
  const reasons: string[] = [];
  const describedBy = (decision: Decision | null): string | undefined => {
    const text = decision ? refusalText(t, decision, roleMayNot) : null;
    if (!text) return undefined;
    if (!reasons.includes(text)) reasons.push(text);
    return `${baseId}-reason-${reasons.indexOf(text)}`;
  };
  const ids = {
    add: describedBy(decisions.add),
    reduce: describedBy(decisions.reduce),
    cancel: describedBy(decisions.cancel),
  };
  const enabled = (decision: Decision | null) => decision !== null && decision.ok;

  const notice = done && subscription.version <= done.untilVersion ? done.message : null;
  const finish = (message: string, untilVersion: number) => {
    setOpen(null);
    setDone({ message, untilVersion });
    // The dialog hands focus back to its button, which may now be disabled: the message takes it.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  };
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const label = (key: string) => t(key, { offer: subscription.offerName });

  return (
    <Box sx={{ minWidth: 180 }}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <Button
          size="small"
          variant="outlined"
          disabled={!enabled(decisions.add)}
          aria-describedby={ids.add}
          aria-label={label('subscriptions:actions.addFor')}
          onMouseEnter={() => prefetch(queryClient, offerQueries.list())}
          onFocus={() => prefetch(queryClient, offerQueries.list())}
          onClick={() => setOpen('add')}
        >
          {t('subscriptions:actions.add')}
        </Button>
        <Button
          size="small"
          disabled={!enabled(decisions.reduce)}
          aria-describedby={ids.reduce}
          aria-label={label('subscriptions:actions.reduceFor')}
          onClick={() => setOpen('reduce')}
        >
          {t('subscriptions:actions.reduce')}
        </Button>
        <Button
          size="small"
          color="error"
          disabled={!enabled(decisions.cancel)}
          aria-describedby={ids.cancel}
          aria-label={label('subscriptions:actions.cancelFor')}
          onClick={() => setOpen('cancel')}
        >
          {t('subscriptions:actions.cancel')}
        </Button>
      </Stack>
      {reasons.map((text, index) => (
        <Typography
          key={text}
          id={`${baseId}-reason-${index}`}
          variant="caption"
          component="p"
          color="text.secondary"
        >
          {text}
        </Typography>
      ))}
      <Typography ref={statusRef} role="status" tabIndex={notice ? -1 : undefined} variant="body2">
        {notice}
      </Typography>
      {open === 'add' && role && today !== undefined ? (
        <AddSeatsDialog
          customer={customer}
          subscription={subscription}
          subscriptions={subscriptions}
          role={role}
          today={today}
          onClose={() => setOpen(null)}
          onAdded={(result) =>
            finish(
              t('subscriptions:add.done', {
                count: result.order.lineItems.reduce((sum, line) => sum + line.quantity, 0),
                number: result.order.number,
              }),
              // An order placed stays placed, whatever changes come later.
              Number.POSITIVE_INFINITY,
            )
          }
        />
      ) : null}
      {open === 'reduce' && today !== undefined ? (
        <ReduceSeatsDialog
          customerId={customer.id}
          subscription={subscription}
          today={today}
          onClose={() => setOpen(null)}
          onDone={(next) =>
            finish(
              next.scheduledChange?.type === 'REDUCTION'
                ? t('subscriptions:reduce.done', {
                    count: next.scheduledChange.renewalQuantity,
                    date: date(next.scheduledChange.effectiveDate),
                  })
                : '',
              next.version,
            )
          }
        />
      ) : null}
      {open === 'cancel' ? (
        <CancelSubscriptionDialog
          customerId={customer.id}
          subscription={subscription}
          onClose={() => setOpen(null)}
          onDone={(next) =>
            finish(t('subscriptions:cancel.done', { date: date(next.renewalDate) }), next.version)
          }
        />
      ) : null}
    </Box>
  );
}
