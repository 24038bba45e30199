import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import {
  DataGrid,
  type DataGridProps,
  type GridColDef,
  type GridPaginationModel,
  type GridRowIdGetter,
  type GridSortDirection,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { gridLocaleText } from './data-grid-locale';
import { GridLoadingOverlay } from './grid-loading-overlay';
import { visuallyHidden } from './loading-state';

const SORTING_ORDER: GridSortDirection[] = ['asc', 'desc'];
const FRAME = {
  height: { xs: 560, md: 'calc(100vh - 330px)' },
  minHeight: 420,
  width: '100%',
  position: 'relative',
} as const;
const BAR = { position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 } as const;

interface Props<Row extends GridValidRowModel> {
  label: string;
  /** Undefined until the first page arrives. */
  rows: readonly Row[] | undefined;
  rowCount: number | undefined;
  getRowId?: GridRowIdGetter<Row>;
  columns: GridColDef<Row>[];
  loading: boolean;
  /** The page on display (0-based) and its size. */
  page: number;
  pageSize: number;
  /** Called with the page and size the user asked for; keep it one function (useCallback). */
  onPageChange: (model: GridPaginationModel) => void;
  pageSizeOptions: readonly number[];
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
  /** What the grid says when the list is empty. */
  NoRows: ComponentType;
  sx?: SxProps<Theme>;
  rowProps?: NonNullable<DataGridProps<Row>['slotProps']>['row'];
}

const NO_ROWS: never[] = [];

/**
 * A MUI DataGrid in server mode (STYLE §7): the API pages, sorts and filters; the grid only shows.
 * Keep every prop the same object between renders (memoise columns, models and callbacks): the
 * grid is memoised, so a list that is loading its next page keeps the previous rows and is not
 * drawn again until the new rows arrive, while a bar above it says it is loading. Only a first
 * load, with no rows yet, uses the grid's own overlay.
 */
export function ServerDataGrid<Row extends GridValidRowModel>({
  label,
  rows,
  rowCount,
  getRowId,
  columns,
  loading,
  page,
  pageSize,
  onPageChange,
  pageSizeOptions,
  sortModel,
  onSortModelChange,
  NoRows,
  sx,
  rowProps,
}: Props<Row>) {
  const { t, i18n } = useTranslation();
  const refreshing = loading && rows !== undefined;
  const slots = useMemo(
    () => ({ noRowsOverlay: NoRows, noResultsOverlay: NoRows, loadingOverlay: GridLoadingOverlay }),
    [NoRows],
  );
  const slotProps = useMemo(() => (rowProps ? { row: rowProps } : undefined), [rowProps]);
  // A new model object on every render would read to the grid as a page change.
  const paginationModel = useMemo(() => ({ page, pageSize }), [page, pageSize]);
  const sizes = useMemo(() => [...pageSizeOptions], [pageSizeOptions]);
  return (
    // At 360 px the columns scroll sideways inside the grid, not the page.
    <Box sx={FRAME}>
      {/* The bars are only drawn: a screen reader hears that the list is loading. */}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {loading ? t('common:states.loading') : ''}
      </Box>
      {refreshing ? (
        <Box sx={BAR}>
          <GridLoadingOverlay />
        </Box>
      ) : null}
      <DataGrid<Row>
        rows={rows ?? NO_ROWS}
        {...(getRowId ? { getRowId } : {})}
        rowCount={rowCount ?? 0}
        columns={columns}
        loading={loading && !refreshing}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        disableRowSelectionOnClick
        paginationModel={paginationModel}
        onPaginationModelChange={onPageChange}
        pageSizeOptions={sizes}
        sortModel={sortModel}
        sortingOrder={SORTING_ORDER}
        onSortModelChange={onSortModelChange}
        localeText={gridLocaleText(i18n.language)}
        aria-label={label}
        rowHeight={56}
        slots={slots}
        {...(slotProps ? { slotProps } : {})}
        {...(sx ? { sx } : {})}
      />
    </Box>
  );
}
