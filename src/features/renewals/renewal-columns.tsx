import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { RenewalItem } from '@/api/renewals/schemas';
import { formatCalendarDate, formatMoney, formatNumber } from '@/i18n/format';
import {
  AnniversaryCell,
  CustomerCell,
  DaysLeftCell,
  StageCell,
  SuggestedCell,
} from './renewal-cells';

/** What the app composes into each row (features never import each other). */
export type RenewalRowAction = (item: RenewalItem) => ReactNode;

export function autoRenewText(t: TFunction, item: RenewalItem): string {
  return item.autoRenewal.enabled
    ? t('renewals:autoRenew.on', { count: item.autoRenewal.renewalQuantity })
    : t('renewals:autoRenew.off');
}

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
      renderCell: ({ row }) => <CustomerCell row={row} />,
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
      renderCell: ({ row }) => <AnniversaryCell row={row} />,
    },
    {
      field: 'daysLeft',
      headerName: t('renewals:columns.daysLeft'),
      width: 190,
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) => <DaysLeftCell row={row} />,
    },
    {
      field: 'stage',
      headerName: t('renewals:columns.stage'),
      width: 150,
      sortable: false,
      valueGetter: (_value, row) => t(`renewals:stage.${row.stage}`),
      renderCell: ({ row }) => <StageCell row={row} />,
    },
    {
      field: 'suggestedQuantity',
      headerName: t('renewals:columns.suggested'),
      width: 150,
      sortable: false,
      renderCell: ({ row }) => <SuggestedCell row={row} />,
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
