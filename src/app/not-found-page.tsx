import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common:notFound.title'));
  return (
    <>
      <h1 style={{ position: 'absolute', left: -10000 }}>{t('common:notFound.title')}</h1>
      <EmptyState
        title={t('common:notFound.title')}
        description={t('common:notFound.description')}
        action={
          <Button component={Link} to="/customers" variant="contained">
            {t('common:notFound.back')}
          </Button>
        }
      />
    </>
  );
}
