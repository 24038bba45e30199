import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCurrentSession } from '@/api/session/requests';
import { apiErrorMessage } from '@/components/api-error-message';
import { useCompleteSignIn } from './use-complete-sign-in';

/** A real backend: the member pastes the token it issued; the backend says whose it is. */
export function TokenSignIn() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const complete = useCompleteSignIn();
  const mutation = useMutation({
    mutationFn: async (value: string) => ({ token: value, ...(await getCurrentSession(value)) }),
    onSuccess: complete,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (token.trim().length >= 16) mutation.mutate(token.trim());
      }}
    >
      {mutation.error ? (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {apiErrorMessage(t, mutation.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('session:token')}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        type="password"
        autoComplete="off"
        fullWidth
        required
        error={token.length > 0 && token.trim().length < 16}
        helperText={
          token.length > 0 && token.trim().length < 16
            ? t('validation:tooShort', { count: 16 })
            : ' '
        }
      />
      <Button type="submit" variant="contained" loading={mutation.isPending} sx={{ mt: 1 }}>
        {t('session:signIn')}
      </Button>
    </form>
  );
}
