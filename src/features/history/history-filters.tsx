import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { PURCHASE_AUTHORIZATION_STATUSES } from '@/api/authorizations/schemas';
import {
  HISTORY_TYPES,
  type HistoryFilters,
  type HistoryType,
  parsePaStatus,
} from './use-history-filters';

/** Type (one or all) and PA status; each change lands in the URL. */
export function HistoryFiltersBar({
  filters,
  onChange,
}: {
  filters: HistoryFilters;
  onChange: (changes: Partial<HistoryFilters>) => void;
}) {
  const { t } = useTranslation();
  const statusApplies = filters.type === null || filters.type === 'PA';
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={filters.type ?? 'ALL'}
        onChange={(_event, value: HistoryType | 'ALL' | null) => {
          if (value !== null) onChange({ type: value === 'ALL' ? null : value });
        }}
        aria-label={t('history:filters.type')}
        sx={{ flexWrap: 'wrap' }}
      >
        {(['ALL', ...HISTORY_TYPES] as const).map((type) => (
          <ToggleButton key={type} value={type} sx={{ textTransform: 'none' }}>
            {t(`history:filters.types.${type}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        select
        size="small"
        label={t('history:filters.status')}
        value={statusApplies ? (filters.status ?? '') : ''}
        disabled={!statusApplies}
        helperText={statusApplies ? undefined : t('history:filters.statusOnlyPa')}
        onChange={(event) => onChange({ status: parsePaStatus(event.target.value) })}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          // The reason it is disabled must stay readable (WCAG contrast), unlike the field.
          formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } },
        }}
        sx={{ minWidth: 200 }}
      >
        <option value="">{t('history:filters.anyStatus')}</option>
        {PURCHASE_AUTHORIZATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`history:paStatus.${status}`)}
          </option>
        ))}
      </TextField>
    </Stack>
  );
}
