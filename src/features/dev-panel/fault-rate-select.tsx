import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';

const RATES = [0, 0.1, 0.3, 1] as const;

/** One injected fault's share of requests (SPEC §11 "fault injection"). */
export function FaultRateSelect({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: number;
  disabled: boolean;
  onChange: (rate: number) => void;
}) {
  const { i18n } = useTranslation();
  const options: readonly number[] = RATES.includes(value as (typeof RATES)[number])
    ? RATES
    : [...RATES, value].sort((a, b) => a - b);
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        onChange(Number(event.target.value));
      }}
      sx={{ minWidth: 170 }}
    >
      {options.map((rate) => (
        <MenuItem key={rate} value={rate}>
          {formatNumber(rate, i18n.language, { style: 'percent' })}
        </MenuItem>
      ))}
    </TextField>
  );
}
