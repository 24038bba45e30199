import { useId } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode, Money } from '@/domain/money';
import { unitPriceAt, type PricedOffer } from '@/domain/pricing';
import { DEFAULT_RULES, type VolumeLevel } from '@/domain/rules';
import { formatMoney, formatNumber } from '@/i18n/format';

const LEVELS: readonly VolumeLevel[] = [1, 2, 3, 4];

/** The licence counts of each level, from the rules' thresholds (SPEC §3 "Volume level"). */
function levelRanges(): { level: VolumeLevel; from: number; to: number | null }[] {
  const thresholds = DEFAULT_RULES.volumeLevelThresholds;
  return LEVELS.map((level, index) => {
    const next = thresholds[index + 1];
    return { level, from: thresholds[index] ?? 0, to: next === undefined ? null : next - 1 };
  });
}

function unitPrice(offer: PricedOffer, currency: CurrencyCode, level: VolumeLevel): Money | null {
  try {
    return { amountMinor: unitPriceAt(offer, currency, level), currency };
  } catch {
    return null;
  }
}

export interface TierPriceTableProps {
  offer: PricedOffer;
  currency: CurrencyCode;
  /** The level this renewal reaches, or null while the quantity cannot be priced. */
  level: VolumeLevel | null;
  /** The year's total at that level, or null likewise. */
  total: Money | null;
}

/**
 * SPEC §5.6 tier price table: this customer's yearly unit price of the offer at each volume
 * level, in the customer's currency. The level the renewal reaches is marked in words and
 * as the current row (aria-current), not by colour alone.
 */
export function TierPriceTable({ offer, currency, level, total }: TierPriceTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const number = (value: number) => formatNumber(value, i18n.language);
  const rangeText = (from: number, to: number | null) =>
    to === null
      ? t('renew:tiers.rangeOpen', { from: number(from) })
      : t('renew:tiers.range', { from: number(from), to: number(to) });

  return (
    // Scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too.
    <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby={captionId}>
      <Table size="small">
        <caption style={{ captionSide: 'top', padding: '8px 0' }}>
          <Typography component="span" variant="subtitle2" id={captionId}>
            {t('renew:tiers.caption', { currency })}
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('renew:tiers.level')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('renew:tiers.licences')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('renew:tiers.unitPrice')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {levelRanges().map((range) => {
            const current = range.level === level;
            const price = unitPrice(offer, currency, range.level);
            return (
              <TableRow
                key={range.level}
                selected={current}
                aria-current={current ? 'true' : undefined}
                sx={current ? { '& td, & th': { fontWeight: 700 } } : undefined}
              >
                <TableCell component="th" scope="row">
                  {t('renew:tiers.levelName', { level: range.level })}
                  {current ? (
                    <Chip
                      size="small"
                      color="primary"
                      variant="outlined"
                      label={t('renew:tiers.thisRenewal')}
                      sx={{ ml: 1 }}
                    />
                  ) : null}
                </TableCell>
                <TableCell>{rangeText(range.from, range.to)}</TableCell>
                <TableCell align="right">
                  {price ? formatMoney(price, i18n.language) : t('renew:tiers.noPrice')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell
              component="th"
              scope="row"
              colSpan={2}
              sx={{ fontSize: '1rem', color: 'text.primary' }}
            >
              {t('renew:tiers.total')}
            </TableCell>
            <TableCell
              align="right"
              sx={{ fontSize: '1rem', fontWeight: 700, color: 'text.primary' }}
            >
              {total ? formatMoney(total, i18n.language) : t('renew:tiers.noPrice')}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
}
