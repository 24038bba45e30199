import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { DEV_BASE, DevStateSchema, type DatasetSize, type DevSettings } from './schemas';

export function getDevState(signal?: AbortSignal) {
  return apiRequest({
    path: `${DEV_BASE}/state`,
    schema: DevStateSchema,
    ...(signal ? { signal } : {}),
  });
}

export function updateDevSettings(changes: Partial<DevSettings>) {
  return apiRequest({
    method: 'PATCH',
    path: `${DEV_BASE}/settings`,
    body: changes,
    schema: DevStateSchema,
  });
}

export function setBusinessDate(businessDate: string) {
  return apiRequest({
    method: 'PUT',
    path: `${DEV_BASE}/clock`,
    body: { businessDate },
    schema: DevStateSchema,
  });
}

export function resetDemoData(datasetSize: DatasetSize) {
  return apiRequest({
    method: 'POST',
    path: `${DEV_BASE}/reset`,
    body: { datasetSize },
    schema: DevStateSchema,
  });
}

export function expireSessions() {
  return apiRequest({ method: 'POST', path: `${DEV_BASE}/expire-sessions`, schema: null });
}

export const devQueries = {
  state: () =>
    queryOptions({
      queryKey: ['dev', 'state'] as const,
      queryFn: ({ signal }) => getDevState(signal),
    }),
};
