import Box from '@mui/material/Box';
import { DataGrid, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GridLoadingOverlay } from '@/components/grid-loading-overlay';
import type { RenewalPage, RenewalSort } from '@/api/renewals/schemas';
import { gridLocaleText } from '@/components/data-grid-locale';
import { EmptyState } from '@/components/empty-state';
import { visuallyHidden } from '@/components/loading-state';
import { renewalColumns, type RenewalRowAction } from './renewal-columns';
import { PAGE_SIZES, type RenewalListState } from './use-renewal-list-params';

interface Props {
  state: RenewalListState;
  page: RenewalPage | undefined;
  loading: boolean;
  onChange: (changes: Partial<RenewalListState>) => void;
  rowAction?: RenewalRowAction | undefined;
}

function NoRenewals() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('renewals:empty.title')} description={t('renewals:empty.description')} />
  );
}

/** The classes of the drawn cells (renewal-cells.tsx), styled once for the whole grid. */
const CELL_STYLES = {
  '& .rc-overdue': { color: 'error.main' },
  '& .rc-soon': { color: 'warning.main' },
  '& .rc-two-lines': {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    lineHeight: 1.3,
    height: '100%',
  },
  '& .rc-secondary': { color: 'text.secondary', fontSize: '0.875rem' },
} as const;

/** The grid's sort model for the API's sort, and back (customer name sorts A–Z only). */
function toSortModel(sort: RenewalSort): GridSortModel {
  if (sort === 'customerName') return [{ field: 'companyName', sort: 'asc' }];
  return [{ field: 'daysLeft', sort: sort === '-daysLeft' ? 'desc' : 'asc' }];
}

function fromSortModel(model: GridSortModel): RenewalSort {
  const first = model[0];
  if (first?.field === 'companyName') return 'customerName';
  return first?.field === 'daysLeft' && first.sort === 'desc' ? '-daysLeft' : 'daysLeft';
}

/** The DataGrid in server mode: the API filters, pages and sorts; the grid only shows. */
export function RenewalsGrid({ state, page, loading, onChange, rowAction }: Props) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(
    () => renewalColumns(t, i18n.language, rowAction),
    [t, i18n.language, rowAction],
  );
  // A new model object on every render reads as a sort change, which sends the grid back to
  // page 1: keep the same object while the sort is the same.
  const sortModel = useMemo(() => toSortModel(state.sort), [state.sort]);
  const paginationModel = useMemo(
    () => ({ page: state.page, pageSize: state.pageSize }),
    [state.page, state.pageSize],
  );

  return (
    // At 360 px the columns scroll sideways inside the grid, not the page.
    <Box sx={{ height: { xs: 560, md: 'calc(100vh - 330px)' }, minHeight: 420, width: '100%' }}>
      {/* The grid's overlay is only drawn: a screen reader hears that the list is loading. */}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {loading ? t('common:states.loading') : ''}
      </Box>
      <DataGrid
        rows={page?.items ?? []}
        getRowId={(row) => row.subscriptionId}
        rowCount={page?.totalCount ?? 0}
        columns={columns}
        loading={loading}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        disableRowSelectionOnClick
        paginationModel={paginationModel}
        onPaginationModelChange={(model) =>
          onChange({ page: model.page, pageSize: model.pageSize })
        }
        pageSizeOptions={[...PAGE_SIZES]}
        sortModel={sortModel}
        sortingOrder={['asc', 'desc']}
        onSortModelChange={(model) => {
          const sort = fromSortModel(model);
          // The grid also reports the model it was given: only a real change counts.
          if (sort !== state.sort) onChange({ sort });
        }}
        localeText={gridLocaleText(i18n.language)}
        aria-label={t('renewals:title')}
        rowHeight={56}
        sx={CELL_STYLES}
        slots={{
          noRowsOverlay: NoRenewals,
          noResultsOverlay: NoRenewals,
          loadingOverlay: GridLoadingOverlay,
        }}
      />
    </Box>
  );
}
