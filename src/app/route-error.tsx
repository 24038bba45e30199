import Box from '@mui/material/Box';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useTranslation } from 'react-i18next';

/** A route that failed to load or render: say so, and retry by navigating to it again. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Box sx={{ p: 2 }}>
      <ErrorState
        error={error}
        title={t('common:states.pageFailed')}
        onRetry={() =>
          void navigate(`${location.pathname}${location.search}`, {
            replace: true,
            state: { retry: Date.now() },
          })
        }
      />
    </Box>
  );
}
