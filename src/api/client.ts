import type { z } from 'zod';
import { BUSINESS_DATE_HEADER } from './clock/schemas';
import { ErrorEnvelopeSchema, type ClientErrorCode, type ErrorCode } from './common/errors';

/**
 * The one error every request ends in: an answer's `{ code, message, details? }` envelope, or
 * a failure of the client's own (network down, answer not matching its schema).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export interface ApiRequest<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The answer's schema; `null` for an answer with no body (204). */
  schema: S | null;
  /** Sent with every mutation; a retry with the same key never creates a second resource. */
  idempotencyKey?: string;
  /** The version of the resource being updated, sent as If-Match. */
  version?: number;
  signal?: AbortSignal;
  /** A token to use instead of the session's (checking a token before signing in with it). */
  token?: string;
}

export interface ApiClientConfig {
  baseUrl: string;
  getToken: () => string | null;
  onUnauthorized: () => void;
  onBusinessDate: (businessDate: string) => void;
  /** Requests wait for this first (the embedded backend starting in mock mode). */
  ready: Promise<void>;
}

const config: ApiClientConfig = {
  baseUrl: '/api/v1',
  getToken: () => null,
  onUnauthorized: () => undefined,
  onBusinessDate: () => undefined,
  ready: Promise.resolve(),
};

export function configureApiClient(changes: Partial<ApiClientConfig>): void {
  Object.assign(config, changes);
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const base = config.baseUrl.replace(/\/$/, '');
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const url = new URL(`${base}${path}`, origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'The answer is not JSON');
  }
}

export async function apiRequest<S extends z.ZodType>(
  request: ApiRequest<S>,
): Promise<z.output<S>> {
  await config.ready;
  const method = request.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json' });
  const token = request.token ?? config.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET')
    headers.set('Idempotency-Key', request.idempotencyKey ?? newIdempotencyKey());
  if (request.version !== undefined) headers.set('If-Match', `"${request.version}"`);

  let response: Response;
  try {
    response = await fetch(buildUrl(request.path, request.query), {
      method,
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: request.signal ?? null,
    });
  } catch (cause) {
    if (request.signal?.aborted) throw cause;
    throw new ApiError(0, 'NETWORK', 'The network request failed');
  }

  const businessDate = response.headers.get(BUSINESS_DATE_HEADER);
  if (businessDate) config.onBusinessDate(businessDate);

  const payload = await readJson(response);
  if (!response.ok) {
    const envelope = ErrorEnvelopeSchema.safeParse(payload);
    const error = envelope.success
      ? new ApiError(
          response.status,
          envelope.data.code,
          envelope.data.message,
          envelope.data.details,
        )
      : new ApiError(response.status, 'INTERNAL', `The server answered ${response.status}`);
    if (response.status === 401) config.onUnauthorized();
    throw error;
  }
  if (request.schema === null) return undefined as z.output<S>;
  const parsed = request.schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      'The answer did not match its contract',
      {
        issues: parsed.error.issues.slice(0, 5).map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      },
    );
  }
  return parsed.data;
}
