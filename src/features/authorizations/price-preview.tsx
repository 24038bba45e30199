import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '@/domain/calendar-date';
import type { PriceQuote } from '@/domain/pricing';
import { DEFAULT_RULES, type VolumeLevel } from '@/domain/rules';
import { formatCalendarDate, formatMoney, formatNumber } from '@/i18n/format';

/** "10–49 licences" for a level, from the rules' thresholds. */
function levelRange(
  level: VolumeLevel,
  language: string,
  t: ReturnType<typeof useTranslation>['t'],
) {
  const thresholds: readonly number[] = DEFAULT_RULES.volumeLevelThresholds;
  const from = thresholds[level - 1] ?? 1;
  const next = thresholds[level];
  return next === undefined
    ? t('authorizations:preview.levelFrom', { from: formatNumber(from, language) })
    : t('authorizations:preview.levelRange', {
        from: formatNumber(from, language),
        to: formatNumber(next - 1, language),
      });
}

/**
 * The live price preview of the PA dialog (SPEC §5.4): the level the order reaches, the months
 * charged, each line and the total in the customer's currency. The numbers are the domain's
 * (quotePurchaseAuthorization), computed as the user types: no request per keystroke.
 */
export function PricePreview({
  quote,
  offerName,
  anniversary,
}: {
  quote: PriceQuote | null;
  offerName: (offerId: string) => string;
  anniversary: CalendarDate;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="pa-preview-heading"
      sx={{ p: 1.5, mt: 2 }}
    >
      <Typography id="pa-preview-heading" variant="subtitle2" component="h3">
        {t('authorizations:preview.title')}
      </Typography>
      {quote === null || quote.lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('authorizations:preview.empty')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2">
            {t('authorizations:preview.level', { level: quote.volumeLevel })}{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              ({levelRange(quote.volumeLevel, language, t)})
            </Box>
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t(
              quote.prorationMode === 'MONTHS'
                ? 'authorizations:preview.months'
                : 'authorizations:preview.days',
              {
                count: quote.prorationUnits,
                date: formatCalendarDate(anniversary, language),
              },
            )}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {quote.lines.map((line) => (
              <Box
                component="li"
                key={line.offerId}
                sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1 }}
              >
                <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
                  {t('authorizations:preview.line', {
                    name: offerName(line.offerId),
                    quantity: formatNumber(line.quantity, language),
                    unit: formatMoney(
                      { amountMinor: line.unitPriceMinor, currency: quote.total.currency },
                      language,
                    ),
                  })}
                </Typography>
                <Typography variant="body2" component="span">
                  {formatMoney(
                    { amountMinor: line.amountMinor, currency: quote.total.currency },
                    language,
                  )}
                </Typography>
              </Box>
            ))}
          </Box>
          <Typography
            variant="body1"
            role="status"
            sx={{
              fontWeight: 600,
              mt: 1,
              display: 'flex',
              justifyContent: 'space-between',
              gap: 1,
            }}
          >
            <span>{t('authorizations:preview.total')}</span>
            <span data-testid="pa-preview-total">{formatMoney(quote.total, language)}</span>
          </Typography>
        </>
      )}
    </Paper>
  );
}
