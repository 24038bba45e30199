import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenewalItem, RenewalPage, RenewalSort } from '@/api/renewals/schemas';
import { EmptyState } from '@/components/empty-state';
import { ServerDataGrid } from '@/components/server-data-grid';
import { renewalColumns, type RenewalRowAction } from './renewal-columns';
import { PAGE_SIZES, type RenewalListState } from './use-renewal-list-params';

interface Props {
  state: RenewalListState;
  /** The state of the rows on display (the previous one while the next list loads). */
  shown: RenewalListState;
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

const rowIdOf = (row: RenewalItem) => row.subscriptionId;

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

/** The renewals in a server-mode grid: the API filters, pages and sorts; the grid only shows. */
export function RenewalsGrid({ state, shown, page, loading, onChange, rowAction }: Props) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(
    () => renewalColumns(t, i18n.language, rowAction),
    [t, i18n.language, rowAction],
  );
  // The grid shows the sort and page of the rows it shows: they change with the new rows, in one
  // drawing, not once on the click and again when the rows arrive. A new model object on every
  // render reads as a sort change, which sends the grid back to page 1: keep the same object.
  const sortModel = useMemo(() => toSortModel(shown.sort), [shown.sort]);
  const onPageChange = useCallback(
    (model: GridPaginationModel) => onChange({ page: model.page, pageSize: model.pageSize }),
    [onChange],
  );
  // Read through a ref: a new callback on each sort would draw the grid again on the click.
  const sorts = useRef({ asked: state.sort, shown: shown.sort });
  useLayoutEffect(() => {
    sorts.current = { asked: state.sort, shown: shown.sort };
  }, [state.sort, shown.sort]);
  const onSortModelChange = useCallback(
    (model: GridSortModel) => {
      const sort = fromSortModel(model);
      // The grid also reports the model it was given: only a real change counts.
      if (sort !== sorts.current.asked && sort !== sorts.current.shown) onChange({ sort });
    },
    [onChange],
  );

  return (
    <ServerDataGrid
      label={t('renewals:title')}
      rows={page?.items}
      rowCount={page?.totalCount}
      getRowId={rowIdOf}
      columns={columns}
      loading={loading}
      page={shown.page}
      pageSize={shown.pageSize}
      onPageChange={onPageChange}
      pageSizeOptions={PAGE_SIZES}
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      NoRows={NoRenewals}
      sx={CELL_STYLES}
    />
  );
}
