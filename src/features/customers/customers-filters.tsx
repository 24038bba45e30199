import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '@/api/customers/schemas';
import { teamQueries } from '@/api/team/queries';
import { memberName } from '@/api/team/schemas';
import {
  COUNTRY_CODES,
  MARKET_SEGMENTS,
  type CountryCode,
  type MarketSegment,
} from '@/domain/customer-profile';
import { CUSTOMER_STATUSES, type CustomerStatus } from '@/domain/customer-status';
import { countryName, formatNumber } from '@/i18n/format';
import type { CustomerListState } from './use-customer-list-params';

interface Props {
  state: CustomerListState;
  statusCounts: StatusCounts | undefined;
  onChange: (changes: Partial<CustomerListState>, options?: { replace?: boolean }) => void;
}

/** Search, the status counts as toggles, and the filters; every change lands in the URL. */
export function CustomersFilters({ state, statusCounts, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const team = useQuery(teamQueries.list());
  const managers = (team.data?.items ?? []).filter((m) => m.role === 'ACCOUNT_MANAGER');
  const [search, setSearch] = useState(state.q);
  const [syncedQ, setSyncedQ] = useState(state.q);
  // The URL changed under us (Back, a link): show its search.
  if (state.q !== syncedQ) {
    setSyncedQ(state.q);
    setSearch(state.q);
  }

  const filtered =
    state.q !== '' ||
    state.status.length > 0 ||
    state.segment ||
    state.country ||
    state.manager ||
    state.mine ||
    state.attention;

  return (
    <Stack spacing={1.5} sx={{ mb: 2 }}>
      <TextField
        type="search"
        label={t('customers:filters.search')}
        placeholder={t('customers:filters.searchPlaceholder')}
        value={search}
        onChange={(event) => {
          // Every keystroke searches (the list answers within a frame or two); the URL is
          // replaced, not pushed, so Back skips the keystrokes.
          setSearch(event.target.value);
          setSyncedQ(event.target.value);
          onChange({ q: event.target.value }, { replace: true });
        }}
        slotProps={{ htmlInput: { maxLength: 100 } }}
        size="small"
        sx={{ maxWidth: 480 }}
      />
      <ToggleButtonGroup
        value={state.status}
        onChange={(_event, value: CustomerStatus[]) => onChange({ status: value })}
        aria-label={t('customers:filters.status')}
        size="small"
        sx={{ flexWrap: 'wrap' }}
      >
        {CUSTOMER_STATUSES.map((status) => (
          <ToggleButton key={status} value={status} sx={{ textTransform: 'none' }}>
            {t(`common:customerStatus.${status}`)}
            {statusCounts ? ` · ${formatNumber(statusCounts[status], i18n.language)}` : ''}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('customers:filters.segment')}
          value={state.segment ?? ''}
          onChange={(event) =>
            onChange({ segment: (event.target.value || null) as MarketSegment | null })
          }
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">{t('customers:filters.any')}</MenuItem>
          {MARKET_SEGMENTS.map((segment) => (
            <MenuItem key={segment} value={segment}>
              {t(`common:segments.${segment}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('customers:filters.country')}
          value={state.country ?? ''}
          onChange={(event) =>
            onChange({ country: (event.target.value || null) as CountryCode | null })
          }
          sx={{ minWidth: 170 }}
        >
          <MenuItem value="">{t('customers:filters.any')}</MenuItem>
          {[...COUNTRY_CODES]
            .map((code) => ({ code, name: countryName(code, i18n.language) }))
            .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
            .map(({ code, name }) => (
              <MenuItem key={code} value={code}>
                {name}
              </MenuItem>
            ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('customers:filters.accountManager')}
          value={state.manager ?? ''}
          onChange={(event) => onChange({ manager: event.target.value || null })}
          sx={{ minWidth: 190 }}
        >
          <MenuItem value="">{t('customers:filters.any')}</MenuItem>
          {managers.map((member) => (
            <MenuItem key={member.id} value={member.id}>
              {memberName(member)}
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
          label={t('customers:filters.managedByMe')}
        />
        <FormControlLabel
          control={
            <Switch
              checked={state.attention}
              onChange={(event) => onChange({ attention: event.target.checked })}
            />
          }
          label={t('customers:filters.needsAttention')}
        />
        {filtered ? (
          <Button
            onClick={() => {
              setSearch('');
              onChange({
                q: '',
                status: [],
                segment: null,
                country: null,
                manager: null,
                mine: false,
                attention: false,
              });
            }}
          >
            {t('customers:filters.clear')}
          </Button>
        ) : null}
      </Stack>
    </Stack>
  );
}
