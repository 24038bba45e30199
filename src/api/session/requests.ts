import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import {
  CurrentSessionSchema,
  SessionSchema,
  SignInOptionsSchema,
  type SignInRequest,
} from './schemas';

export function listSignInOptions(signal?: AbortSignal) {
  return apiRequest({
    path: '/session/options',
    schema: SignInOptionsSchema,
    ...(signal ? { signal } : {}),
  });
}

export function signIn(body: SignInRequest) {
  return apiRequest({ method: 'POST', path: '/session', body, schema: SessionSchema });
}

/** Who a token belongs to; how a token for a real backend is checked at sign-in. */
export function getCurrentSession(token: string | null = null) {
  return apiRequest({
    path: '/session',
    schema: CurrentSessionSchema,
    ...(token ? { token } : {}),
  });
}

export function signOut() {
  return apiRequest({ method: 'DELETE', path: '/session', schema: null });
}

export const sessionQueries = {
  options: () =>
    queryOptions({
      queryKey: ['session', 'options'] as const,
      queryFn: ({ signal }) => listSignInOptions(signal),
    }),
};
