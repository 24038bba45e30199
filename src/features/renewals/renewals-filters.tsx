import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { offerQueries } from '@/api/offers/queries';
import { teamQueries } from '@/api/team/queries';
import { memberName } from '@/api/team/schemas';
import {
  isFiltered,
  WINDOWS,
  type RenewalListState,
  type RenewalWindow,
} from './use-renewal-list-params';

interface Props {
  state: RenewalListState;
  onChange: (changes: Partial<RenewalListState>) => void;
}

type Due = 'all' | 'grace' | `${RenewalWindow}`;

const dueOf = (state: RenewalListState): Due =>
  state.inGrace ? 'grace' : state.window !== null ? `${state.window}` : 'all';

/**
 * Due within 30/60/90 days or in grace, account manager, offer and "Managed by me"; every change
 * lands in the URL. A window counts days still left, grace days past the anniversary, so the
 * two exclude each other: one choice of the same group (decided).
 */
export function RenewalsFilters({ state, onChange }: Props) {
  const { t } = useTranslation();
  const team = useQuery(teamQueries.list());
  const offers = useQuery(offerQueries.list());
  const managers = (team.data?.items ?? []).filter((m) => m.role === 'ACCOUNT_MANAGER');
  // Team and Enterprise offers share a product's name: the licence type tells them apart.
  const offerOptions = [...(offers.data?.items ?? [])]
    .map((offer) => ({
      id: offer.id,
      label: t('renewals:filters.offerOption', {
        name: offer.name,
        licenseType: t(`common:licenseTypes.${offer.licenseType}`),
      }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const setDue = (due: Due | null) => {
    if (due === null || due === 'all') onChange({ window: null, inGrace: false });
    else if (due === 'grace') onChange({ window: null, inGrace: true });
    else onChange({ window: Number(due) as RenewalWindow, inGrace: false });
  };

  return (
    <Stack spacing={1.5} sx={{ mb: 2 }}>
      <ToggleButtonGroup
        exclusive
        value={dueOf(state)}
        onChange={(_event, value: Due | null) => setDue(value)}
        aria-label={t('renewals:filters.due')}
        size="small"
        sx={{ flexWrap: 'wrap' }}
      >
        <ToggleButton value="all" sx={{ textTransform: 'none' }}>
          {t('renewals:filters.all')}
        </ToggleButton>
        {WINDOWS.map((days) => (
          <ToggleButton key={days} value={`${days}`} sx={{ textTransform: 'none' }}>
            {t('renewals:filters.within', { days })}
          </ToggleButton>
        ))}
        <ToggleButton value="grace" sx={{ textTransform: 'none' }}>
          {t('renewals:filters.inGrace')}
        </ToggleButton>
      </ToggleButtonGroup>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('renewals:filters.accountManager')}
          value={managers.some((m) => m.id === state.manager) ? (state.manager ?? '') : ''}
          onChange={(event) => onChange({ manager: event.target.value || null })}
          sx={{ minWidth: 190 }}
        >
          <MenuItem value="">{t('renewals:filters.any')}</MenuItem>
          {managers.map((member) => (
            <MenuItem key={member.id} value={member.id}>
              {memberName(member)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('renewals:filters.offer')}
          value={offerOptions.some((o) => o.id === state.offer) ? (state.offer ?? '') : ''}
          onChange={(event) => onChange({ offer: event.target.value || null })}
          sx={{ minWidth: 220, maxWidth: '100%' }}
        >
          <MenuItem value="">{t('renewals:filters.any')}</MenuItem>
          {offerOptions.map((offer) => (
            <MenuItem key={offer.id} value={offer.id}>
              {offer.label}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={state.mine}
              onChange={(event) => onChange({ mine: event.target.checked })}
            />
          }
          label={t('renewals:filters.managedByMe')}
        />
        {isFiltered(state) ? (
          <Button
            onClick={() =>
              onChange({ window: null, inGrace: false, manager: null, offer: null, mine: false })
            }
          >
            {t('renewals:filters.clear')}
          </Button>
        ) : null}
      </Stack>
    </Stack>
  );
}
