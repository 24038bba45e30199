import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useSearchParams } from 'react-router';
import { env } from '@/config/env';
import { LanguageMenu } from '@/components/language-menu';
import { DemoSignIn } from './demo-sign-in';
import { TokenSignIn } from './token-sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('session:signIn'));
  const [params] = useSearchParams();
  const expired = params.get('reason') === 'expired';
  return (
    <Box
      component="main"
      id="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}
    >
      <Card sx={{ width: '100%', maxWidth: 520 }} variant="outlined">
        <CardContent>
          <Box
            sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}
          >
            <Typography variant="h5" component="h1">
              {t('session:title')}
            </Typography>
            <LanguageMenu />
          </Box>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
            {env.mockBackend ? t('session:demoIntro') : t('session:tokenIntro')}
          </Typography>
          {expired ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('session:expired')}
            </Alert>
          ) : null}
          {env.mockBackend ? <DemoSignIn /> : <TokenSignIn />}
        </CardContent>
      </Card>
    </Box>
  );
}

export { SignInPage as Component };
