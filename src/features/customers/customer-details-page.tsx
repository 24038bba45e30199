import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { customerQueries } from '@/api/customers/queries';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { can, type Action } from '@/domain/permissions';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useSession } from '@/hooks/use-session';
import { CustomerHeader } from './customer-header';

/** The tabs that work so far; each is its own URL, some only for roles that may see them. */
const TABS: readonly { path: string; labelKey: string; action?: Action }[] = [
  { path: 'plans', labelKey: 'customers:tabs.plans' },
  // The history tab's page lives in its own feature; this only links to its path.
  { path: 'history', labelKey: 'customers:tabs.history' },
  { path: 'renewals', labelKey: 'customers:tabs.renewals' },
  // A sales rep may not see invoices (SPEC §2): no tab; its URL says why.
  { path: 'billing', labelKey: 'customers:tabs.billing', action: 'invoices.view' },
];

export function CustomerDetailsPage() {
  const { t } = useTranslation();
  const { customerId = '' } = useParams();
  const location = useLocation();
  const customer = useQuery(customerQueries.detail(customerId));
  const session = useSession();
  const tabs = TABS.filter(
    (tab) => !tab.action || (session !== null && can(session.member.role, tab.action).ok),
  );
  const current = tabs.find((tab) => location.pathname.endsWith(`/${tab.path}`))?.path ?? false;
  const currentTab = tabs.find((tab) => tab.path === current);
  useDocumentTitle(customer.data?.companyName, currentTab ? t(currentTab.labelKey) : null);

  if (customer.data) {
    return (
      <>
        {customer.isRefetchError ? (
          <RefreshErrorBanner error={customer.error} onRetry={() => void customer.refetch()} />
        ) : null}
        <CustomerHeader customer={customer.data} />
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          <Tabs
            value={current}
            aria-label={t('customers:tabs.label')}
            variant="scrollable"
            scrollButtons="auto"
          >
            {tabs.map((tab) => (
              <Tab
                key={tab.path}
                value={tab.path}
                label={t(tab.labelKey)}
                component={Link}
                to={tab.path}
              />
            ))}
          </Tabs>
        </Box>
        <Outlet />
      </>
    );
  }
  if (customer.error) {
    return <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />;
  }
  return <LoadingState lines={6} height={32} />;
}
