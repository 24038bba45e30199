import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, type MouseEvent, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { customerQueries } from '@/api/customers/queries';
import { prefetch } from '@/api/prefetch';
import type { CustomerPage, CustomerSort } from '@/api/customers/schemas';
import { EmptyState } from '@/components/empty-state';
import { ServerDataGrid } from '@/components/server-data-grid';
import { customerColumns } from './customer-columns';
import { PAGE_SIZES, type CustomerListState } from './use-customer-list-params';

interface Props {
  state: CustomerListState;
  page: CustomerPage | undefined;
  loading: boolean;
  today: string | undefined;
  onChange: (changes: Partial<CustomerListState>) => void;
}

function NoCustomers() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('customers:empty.title')} description={t('customers:empty.description')} />
  );
}

/** The customers in a server-mode grid: the API pages and sorts; the grid only shows. */
export function CustomersGrid({ state, page, loading, today, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const columns = useMemo(
    () => customerColumns(t, i18n.language, today),
    [t, i18n.language, today],
  );
  // A new model object on every render reads as a sort change, which sends the grid back to
  // page 1: keep the same object while the sort is the same.
  const sortModel: GridSortModel = useMemo(
    () => [
      { field: state.sort.replace(/^-/, ''), sort: state.sort.startsWith('-') ? 'desc' : 'asc' },
    ],
    [state.sort],
  );
  const onPageChange = useCallback(
    (model: GridPaginationModel) => onChange({ page: model.page, pageSize: model.pageSize }),
    [onChange],
  );
  const onSortModelChange = useCallback(
    (model: GridSortModel) => {
      const first = model[0];
      const sort = first
        ? ((first.sort === 'desc' ? `-${first.field}` : first.field) as CustomerSort)
        : 'companyName';
      // The grid also reports the model it was given: only a real change counts.
      if (sort !== state.sort) onChange({ sort });
    },
    [onChange, state.sort],
  );
  // Opening a customer is instant when its details were fetched as the pointer or focus reached it.
  const rowProps = useMemo(() => {
    const prefetchDetails = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id) prefetch(queryClient, customerQueries.detail(id));
    };
    return { onMouseEnter: prefetchDetails, onFocus: prefetchDetails };
  }, [queryClient]);

  return (
    <ServerDataGrid
      label={t('customers:title')}
      rows={page?.items}
      rowCount={page?.totalCount}
      columns={columns}
      loading={loading}
      page={state.page}
      pageSize={state.pageSize}
      onPageChange={onPageChange}
      pageSizeOptions={PAGE_SIZES}
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      NoRows={NoCustomers}
      rowProps={rowProps}
    />
  );
}
