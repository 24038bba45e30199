import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_SIZES, type DatasetSize, type DevState } from '@/api/dev/schemas';
import {
  devQueries,
  expireSessions,
  resetDemoData,
  setBusinessDate,
  updateDevSettings,
} from '@/api/dev/requests';
import { addDays, isCalendarDate } from '@/domain/calendar-date';
import { apiErrorMessage } from '@/components/api-error-message';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { FaultRateSelect } from './fault-rate-select';

/** SPEC §7: the demo clock, latency, failures, offline, dataset size and reset. */
export function DevPanelDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const queryClient = useQueryClient();
  const state = useQuery(devQueries.state());
  const [dateInput, setDateInput] = useState<string | null>(null);
  const [size, setSize] = useState<DatasetSize | null>(null);

  const applied = (next: DevState) => {
    queryClient.setQueryData(devQueries.state().queryKey, next);
    // The clock or the data moved under every screen: refetch all of it.
    void queryClient.invalidateQueries();
  };
  const mutation = useMutation({
    mutationFn: (run: () => Promise<DevState>) => run(),
    onSuccess: applied,
  });
  const expire = useMutation({ mutationFn: expireSessions });

  const data = state.data;
  const date = dateInput ?? data?.businessDate ?? '';
  const dateValid = isCalendarDate(date);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('devPanel:title')}</DialogTitle>
      <DialogContent dividers>
        {mutation.error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {apiErrorMessage(t, mutation.error)}
          </Alert>
        ) : null}
        {data ? (
          <Stack spacing={2}>
            <section aria-labelledby={`${titleId}-clock`}>
              <Typography id={`${titleId}-clock`} variant="subtitle1" component="h3">
                {t('devPanel:clock.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('devPanel:clock.current', {
                  date: formatCalendarDate(data.businessDate, i18n.language, 'long'),
                  system: formatCalendarDate(data.systemDate, i18n.language),
                })}
              </Typography>
              <Stack
                direction="row"
                useFlexGap
                sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}
              >
                <TextField
                  label={t('devPanel:clock.date')}
                  type="date"
                  size="small"
                  value={date}
                  onChange={(event) => setDateInput(event.target.value)}
                  error={!dateValid}
                  helperText={dateValid ? ' ' : t('validation:calendarDate')}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <Button
                  variant="contained"
                  disabled={!dateValid || mutation.isPending}
                  onClick={() =>
                    mutation.mutate(() => setBusinessDate(date), {
                      onSuccess: () => setDateInput(null),
                    })
                  }
                >
                  {t('devPanel:clock.set')}
                </Button>
              </Stack>
              <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
                {[1, 7, 30].map((days) => (
                  <Button
                    key={days}
                    variant="outlined"
                    size="small"
                    disabled={mutation.isPending}
                    onClick={() =>
                      mutation.mutate(() => setBusinessDate(addDays(data.businessDate, days)))
                    }
                  >
                    {t('devPanel:clock.forward', { count: days })}
                  </Button>
                ))}
                <Button
                  size="small"
                  disabled={mutation.isPending || data.businessDate === data.systemDate}
                  onClick={() => mutation.mutate(() => setBusinessDate(data.systemDate))}
                >
                  {t('devPanel:clock.backToToday')}
                </Button>
              </Stack>
            </section>
            <Divider />
            <section aria-labelledby={`${titleId}-faults`}>
              <Typography id={`${titleId}-faults`} variant="subtitle1" component="h3">
                {t('devPanel:faults.title')}
              </Typography>
              <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 2, mt: 1 }}>
                <TextField
                  select
                  size="small"
                  label={t('devPanel:faults.latency')}
                  value={data.settings.latencyMs}
                  onChange={(event) => {
                    const latencyMs = Number(event.target.value);
                    mutation.mutate(() => updateDevSettings({ latencyMs }));
                  }}
                  sx={{ minWidth: 150 }}
                >
                  {[0, 200, 800, 2000].map((ms) => (
                    <MenuItem key={ms} value={ms}>
                      {t('devPanel:faults.ms', { count: ms })}
                    </MenuItem>
                  ))}
                </TextField>
                <FaultRateSelect
                  label={t('devPanel:faults.failureRate')}
                  value={data.settings.failureRate}
                  disabled={mutation.isPending}
                  onChange={(rate) => {
                    mutation.mutate(() => updateDevSettings({ failureRate: rate }));
                  }}
                />
                <FaultRateSelect
                  label={t('devPanel:faults.networkErrorRate')}
                  value={data.settings.networkErrorRate}
                  disabled={mutation.isPending}
                  onChange={(rate) => {
                    mutation.mutate(() => updateDevSettings({ networkErrorRate: rate }));
                  }}
                />
                <FaultRateSelect
                  label={t('devPanel:faults.lostResponseRate')}
                  value={data.settings.lostResponseRate}
                  disabled={mutation.isPending}
                  onChange={(rate) => {
                    mutation.mutate(() => updateDevSettings({ lostResponseRate: rate }));
                  }}
                />
                <FaultRateSelect
                  label={t('devPanel:faults.latencySpikeRate')}
                  value={data.settings.latencySpikeRate}
                  disabled={mutation.isPending}
                  onChange={(rate) => {
                    mutation.mutate(() => updateDevSettings({ latencySpikeRate: rate }));
                  }}
                />
                <FormControlLabel
                  control={
                    <Switch
                      checked={data.settings.offline}
                      disabled={mutation.isPending}
                      onChange={(event) => {
                        // Read now: the mutation runs later, when React has already put the
                        // controlled switch back to the state the backend last reported.
                        const offline = event.target.checked;
                        mutation.mutate(() => updateDevSettings({ offline }));
                      }}
                    />
                  }
                  label={t('devPanel:faults.offline')}
                />
              </Stack>
            </section>
            <Divider />
            <section aria-labelledby={`${titleId}-data`}>
              <Typography id={`${titleId}-data`} variant="subtitle1" component="h3">
                {t('devPanel:data.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('devPanel:data.current', {
                  count: data.customerCount,
                  formatted: formatNumber(data.customerCount, i18n.language),
                })}
              </Typography>
              <Stack
                direction="row"
                useFlexGap
                sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}
              >
                <TextField
                  select
                  size="small"
                  label={t('devPanel:data.size')}
                  value={size ?? data.datasetSize}
                  onChange={(event) => setSize(event.target.value as DatasetSize)}
                  sx={{ minWidth: 200 }}
                >
                  {(Object.keys(DATASET_SIZES) as DatasetSize[]).map((key) => (
                    <MenuItem key={key} value={key}>
                      {t(`devPanel:data.sizes.${key}`, {
                        formatted: formatNumber(DATASET_SIZES[key], i18n.language),
                      })}
                    </MenuItem>
                  ))}
                </TextField>
                <Button
                  variant="outlined"
                  color="warning"
                  loading={mutation.isPending}
                  onClick={() => mutation.mutate(() => resetDemoData(size ?? data.datasetSize))}
                >
                  {t('devPanel:data.reset')}
                </Button>
              </Stack>
            </section>
            <Divider />
            <section>
              <Button variant="text" onClick={() => expire.mutate()} loading={expire.isPending}>
                {t('devPanel:session.expire')}
              </Button>
              {expire.isSuccess ? (
                <Typography variant="body2" role="status">
                  {t('devPanel:session.expired')}
                </Typography>
              ) : null}
            </section>
          </Stack>
        ) : state.error ? (
          <ErrorState error={state.error} onRetry={() => void state.refetch()} />
        ) : (
          <LoadingState lines={5} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
