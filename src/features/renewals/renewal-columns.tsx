import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OverviewStage, RenewalItem } from '@/api/renewals/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { formatCalendarDate, formatMoney, formatNumber } from '@/i18n/format';

/** What the app composes into each row (features never import each other). */
export type RenewalRowAction = (item: RenewalItem) => ReactNode;

const STAGE_COLORS: Record<OverviewStage, 'default' | 'info' | 'warning' | 'error'> = {
  UPCOMING: 'default',
  WINDOW_OPEN: 'info',
  DUE: 'warning',
  GRACE: 'error',
};

/** "12 days left", "due today", "3 days into grace": the backend's days left, in words. */
export function daysLeftText(t: TFunction, daysLeft: number): string {
  if (daysLeft === 0) return t('renewals:daysLeft.today');
  return daysLeft > 0
    ? t('renewals:daysLeft.left', { count: daysLeft })
    : t('renewals:daysLeft.grace', { count: -daysLeft });
}

export function autoRenewText(t: TFunction, item: RenewalItem): string {
  return item.autoRenewal.enabled
    ? t('renewals:autoRenew.on', { count: item.autoRenewal.renewalQuantity })
    : t('renewals:autoRenew.off');
}

const twoLines = {
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'center',
  lineHeight: 1.3,
  height: '100%',
} as const;

/** The renewals grid's columns; the sortable ones are those the API sorts by. */
export function renewalColumns(
  t: TFunction,
  language: string,
  rowAction?: RenewalRowAction,
): GridColDef<RenewalItem>[] {
  const columns: GridColDef<RenewalItem>[] = [
    {
      field: 'companyName',
      headerName: t('renewals:columns.customer'),
      flex: 1.4,
      minWidth: 200,
      // The API sorts customers by name A–Z only.
      sortingOrder: ['asc'],
      renderCell: ({ row }) => (
        <MuiLink component={Link} to={`/customers/${row.customerId}/plans`} underline="hover">
          {row.companyName}
        </MuiLink>
      ),
    },
    { field: 'vipId', headerName: t('renewals:columns.vipId'), width: 120, sortable: false },
    {
      field: 'offerName',
      headerName: t('renewals:columns.offer'),
      flex: 1.2,
      minWidth: 190,
      sortable: false,
    },
    {
      field: 'currentQuantity',
      headerName: t('renewals:columns.seats'),
      type: 'number',
      width: 90,
      sortable: false,
      valueFormatter: (value: number) => formatNumber(value, language),
    },
    {
      field: 'usedQuantity',
      headerName: t('renewals:columns.seatsInUse'),
      type: 'number',
      width: 110,
      sortable: false,
      valueFormatter: (value: number) => formatNumber(value, language),
    },
    {
      field: 'renewalDate',
      headerName: t('renewals:columns.anniversary'),
      width: 130,
      sortable: false,
      valueFormatter: (value: string) => formatCalendarDate(value, language),
      renderCell: ({ row }) => <CalendarDateText date={row.renewalDate} />,
    },
    {
      field: 'daysLeft',
      headerName: t('renewals:columns.daysLeft'),
      width: 190,
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) => (
        <Typography
          component="span"
          variant="body2"
          sx={{
            color:
              row.daysLeft < 0 ? 'error.main' : row.daysLeft <= 30 ? 'warning.main' : 'inherit',
          }}
        >
          {daysLeftText(t, row.daysLeft)}
        </Typography>
      ),
    },
    {
      field: 'stage',
      headerName: t('renewals:columns.stage'),
      width: 150,
      sortable: false,
      valueGetter: (_value, row) => t(`renewals:stage.${row.stage}`),
      renderCell: ({ row }) => (
        <Chip
          size="small"
          variant="outlined"
          color={STAGE_COLORS[row.stage]}
          label={t(`renewals:stage.${row.stage}`)}
        />
      ),
    },
    {
      field: 'suggestedQuantity',
      headerName: t('renewals:columns.suggested'),
      width: 150,
      sortable: false,
      renderCell: ({ row }) => (
        <Box sx={twoLines}>
          <span>{formatNumber(row.suggestedQuantity, language)}</span>
          <Typography component="span" variant="body2" color="text.secondary">
            {t('renewals:level', { level: row.suggestedVolumeLevel })}
          </Typography>
        </Box>
      ),
    },
    {
      field: 'estimatedPrice',
      headerName: t('renewals:columns.estimatedPrice'),
      align: 'right',
      headerAlign: 'right',
      width: 150,
      sortable: false,
      valueGetter: (_value, row) => formatMoney(row.estimatedPrice, language),
    },
    {
      field: 'autoRenewal',
      headerName: t('renewals:columns.autoRenew'),
      width: 150,
      sortable: false,
      valueGetter: (_value, row) => autoRenewText(t, row),
    },
    {
      field: 'accountManager',
      headerName: t('renewals:columns.accountManager'),
      width: 170,
      sortable: false,
      valueGetter: (_value, row) => row.accountManager.name,
    },
  ];
  if (rowAction) {
    columns.push({
      field: 'actions',
      headerName: t('renewals:columns.actions'),
      width: 140,
      sortable: false,
      renderCell: ({ row }) => rowAction(row),
    });
  }
  return columns;
}
