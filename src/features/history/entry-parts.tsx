import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';

/** One entry of the timeline: a card with a heading, readable at 360 px. */
export function EntryCard({
  title,
  chip,
  children,
}: {
  title: string;
  chip?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {chip}
      </Box>
      {children}
    </Paper>
  );
}

/** Label and value pairs; the two columns stay narrow enough for a phone. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(6rem, max-content) 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
        '& dd': { m: 0, minWidth: 0, overflowWrap: 'anywhere' },
        '& dt': { color: 'text.secondary' },
      }}
    >
      {children}
    </Box>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2">
        {label}
      </Typography>
      <Typography component="dd" variant="body2">
        {children}
      </Typography>
    </>
  );
}

/** "Offer name × 3" per line. */
export function LineList({ lines }: { lines: readonly { offerName: string; quantity: number }[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {lines.map((line, index) => (
        <li key={index}>
          {t('history:line', {
            name: line.offerName,
            quantity: formatNumber(line.quantity, i18n.language),
          })}
        </li>
      ))}
    </Box>
  );
}
