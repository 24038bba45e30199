import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionQueries, signIn } from '@/api/session/requests';
import { memberName } from '@/api/team/schemas';
import { apiErrorMessage } from '@/components/api-error-message';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useCompleteSignIn } from './use-complete-sign-in';

/** Demo reseller: sign in as one of its team, one per role at least. */
export function DemoSignIn() {
  const { t } = useTranslation();
  const options = useQuery(sessionQueries.options());
  const complete = useCompleteSignIn();
  const mutation = useMutation({ mutationFn: signIn, onSuccess: complete });

  if (options.data) {
    return (
      <>
        {mutation.error ? (
          <Alert severity="error" role="alert" sx={{ mb: 1 }}>
            {apiErrorMessage(t, mutation.error)}
          </Alert>
        ) : null}
        <List aria-label={t('session:members')}>
          {options.data.items.map((member) => (
            <ListItem
              key={member.id}
              divider
              secondaryAction={
                <Button
                  variant="outlined"
                  size="small"
                  loading={mutation.isPending && mutation.variables.memberId === member.id}
                  disabled={mutation.isPending}
                  onClick={() => mutation.mutate({ memberId: member.id })}
                  aria-label={t('session:signInAs', { name: memberName(member) })}
                >
                  {t('session:signIn')}
                </Button>
              }
            >
              <ListItemText
                primary={memberName(member)}
                secondary={t(`common:roles.${member.role}`)}
                sx={{ pr: 10 }}
              />
            </ListItem>
          ))}
        </List>
      </>
    );
  }
  if (options.error)
    return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  return <LoadingState lines={5} height={48} />;
}
