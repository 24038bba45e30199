import Box from '@mui/material/Box';
import MuiLink from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Customer } from '@/api/customers/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { DaysLeft } from '@/components/days-left';
import { StatusChip } from '@/components/status-chip';
import { countryName, formatNumber } from '@/i18n/format';

/** The customers grid's columns; the sortable ones are those the API sorts by. */
export function customerColumns(
  t: TFunction,
  language: string,
  today: string | undefined,
): GridColDef<Customer>[] {
  return [
    {
      field: 'companyName',
      headerName: t('customers:columns.companyName'),
      flex: 1.5,
      minWidth: 220,
      renderCell: ({ row }) => (
        <MuiLink component={Link} to={`/customers/${row.id}`} underline="hover">
          {row.companyName}
        </MuiLink>
      ),
    },
    { field: 'vipId', headerName: t('customers:columns.vipId'), width: 130 },
    {
      field: 'status',
      headerName: t('customers:columns.status'),
      width: 140,
      renderCell: ({ row }) => <StatusChip status={row.status} />,
    },
    {
      field: 'marketSegment',
      headerName: t('customers:columns.segment'),
      width: 130,
      sortable: false,
      valueGetter: (_value, row) => t(`common:segments.${row.marketSegment}`),
    },
    {
      field: 'countryCode',
      headerName: t('customers:columns.country'),
      width: 150,
      valueGetter: (_value, row) => countryName(row.countryCode, language),
    },
    {
      field: 'cotermDate',
      headerName: t('customers:columns.anniversary'),
      width: 190,
      renderCell: ({ row }) =>
        row.cotermDate ? (
          <Box
            sx={{
              display: 'flex',
              flexDirection: 'column',
              lineHeight: 1.3,
              justifyContent: 'center',
              height: '100%',
            }}
          >
            <CalendarDateText date={row.cotermDate} />
            {today ? <DaysLeft date={row.cotermDate} today={today} warnWithin={30} /> : null}
          </Box>
        ) : (
          <span>{t('customers:noAnniversary')}</span>
        ),
    },
    {
      field: 'accountManager',
      headerName: t('customers:columns.accountManager'),
      width: 170,
      sortable: false,
      valueGetter: (_value, row) => row.accountManager.name,
    },
    {
      field: 'totalLicences',
      headerName: t('customers:columns.licences'),
      width: 110,
      type: 'number',
      sortable: false,
      valueFormatter: (value: number) => formatNumber(value, language),
    },
  ];
}
