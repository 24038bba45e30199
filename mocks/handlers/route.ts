import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { BUSINESS_DATE_HEADER } from '@/api/clock/schemas';
import { fieldIssuesOf, type ErrorEnvelope } from '@/api/common/errors';
import { calendarDateOfInstant, daysBetween, type CalendarDate } from '@/domain/calendar-date';
import type { Rules } from '@/domain/rules';
import type { Backend } from '../backend';
import type { StoreTx } from '../db/store';
import { businessDate } from '../services/clock';
import type { ServiceContext } from '../services/context';
import { ServiceError, validationError } from '../services/errors';
import { authenticate } from '../services/session';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type EmptySchema = z.ZodType<Record<string, never>>;

export interface PublicContext {
  tx: StoreTx;
  today: CalendarDate;
  rules: Rules;
  now: number;
  backend: Backend;
  token: string | null;
}

interface RouteDefinition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, C> {
  method: Method;
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status; 200 unless said. */
  status?: number;
  /** The success body's schema: checked on every answer, and documented in openapi.json. */
  response?: z.ZodType;
  /** One line for the OpenAPI document. */
  summary?: string;
  handle: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    ctx: C;
  }) => Promise<unknown>;
}

const MS_PER_DAY = 86_400_000;
/** How long a retried request is recognised (SPEC §6; the issue asks for at least 24 hours). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/**
 * A 64-bit digest of a request body (cyrb53-style, two 32-bit lanes): the idempotency record
 * keeps this instead of the body, which may hold a card number and CVC (never stored).
 */
export function bodyDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${text.length}:${hex(h2)}${hex(h1)}`;
}

/** `If-Match: "3"` (or `W/"3"`, or `3`) → 3; anything else → null. */
export function parseIfMatch(header: string | null): number | null {
  const match = header?.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  return match ? Number(match[1]) : null;
}

/** The envelope of SPEC §6 as a response. */
export function errorResponse(status: number, envelope: ErrorEnvelope, today?: string) {
  return HttpResponse.json(envelope, {
    status,
    headers: today ? { [BUSINESS_DATE_HEADER]: today } : {},
  });
}

function parseOrThrow<S extends z.ZodType>(schema: S | undefined, value: unknown, prefix: string) {
  if (!schema) return {} as z.output<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(fieldIssuesOf(parsed.error, prefix));
  return parsed.data;
}

async function readBody(request: Request): Promise<{ text: string; value: unknown }> {
  const text = await request.text();
  if (text === '') return { text, value: undefined };
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw validationError([
      { path: '(body)', code: 'invalid_json', message: 'The body is not JSON' },
    ]);
  }
}

function toErrorResponse(error: unknown, today?: string) {
  if (error instanceof ServiceError) {
    return errorResponse(
      error.status,
      {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      },
      today,
    );
  }
  console.warn('[mock backend] unexpected failure', error);
  return errorResponse(500, { code: 'INTERNAL', message: 'The server failed unexpectedly' }, today);
}

/**
 * Builds one handler: the only place that knows about faults, auth, parsing, idempotency,
 * transactions and the error envelope, so each route is just "parse → service → respond".
 */
function makeHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, C>(
  backend: Backend,
  definition: RouteDefinition<P, Q, B, C>,
  options: { auth: boolean; faults: boolean },
): HttpHandler {
  const { method } = definition;
  backend.routes.push({
    method,
    path: definition.path,
    params: definition.params,
    query: definition.query,
    body: definition.body,
    response: definition.response,
    status: definition.status,
    summary: definition.summary,
    auth: options.auth,
  });
  return http[method](`${backend.baseUrl}${definition.path}`, async ({ request, params }) => {
    const mutation = method !== 'get';
    const settings = backend.settings;
    if (options.faults) {
      if (settings.offline) return HttpResponse.error();
      if (settings.latencyMs > 0) await delay(settings.latencyMs);
      if (settings.latencySpikeRate > 0 && Math.random() < settings.latencySpikeRate) {
        await delay(settings.latencySpikeMs);
      }
      if (settings.networkErrorRate > 0 && Math.random() < settings.networkErrorRate) {
        return HttpResponse.error();
      }
      if (settings.failureRate > 0 && Math.random() < settings.failureRate) {
        return errorResponse(503, {
          code: 'SERVICE_UNAVAILABLE',
          message: 'Injected failure: try again',
        });
      }
    }
    await backend.ready;
    await backend.catchUp();
    let today: string | undefined;
    try {
      const url = new URL(request.url);
      const query = parseOrThrow(definition.query, Object.fromEntries(url.searchParams), 'query');
      const routeParams = parseOrThrow(definition.params, params, 'params');
      const { text, value } = mutation ? await readBody(request) : { text: '', value: undefined };
      const body = parseOrThrow(definition.body, value ?? (definition.body ? {} : undefined), '');
      // Reads are idempotent by nature: a key sent with one is ignored (a read transaction
      // cannot record it, and nothing would be replayed).
      const idempotencyKey = mutation ? request.headers.get('Idempotency-Key') : null;
      if (mutation && !idempotencyKey) {
        throw validationError([
          {
            path: 'Idempotency-Key',
            code: 'required',
            message: 'Every change needs an Idempotency-Key',
          },
        ]);
      }
      const fingerprint = `${method} ${url.pathname} ${bodyDigest(text)}`;
      const ifMatch = parseIfMatch(request.headers.get('If-Match'));
      const now = backend.now();
      const work = async (tx: StoreTx) => {
        today = await businessDate(tx, now);
        const businessNow = now + daysBetween(calendarDateOfInstant(now), today) * MS_PER_DAY;
        const base: PublicContext = {
          tx,
          today,
          rules: backend.rules,
          now,
          backend,
          token: null,
        };
        if (idempotencyKey) {
          const earlier = await tx.idempotency.get(idempotencyKey);
          if (earlier) {
            if (earlier.fingerprint !== fingerprint) {
              throw new ServiceError(
                422,
                'IDEMPOTENCY_KEY_REUSED',
                'This Idempotency-Key was used for another request',
              );
            }
            return { status: earlier.status, body: earlier.body };
          }
        }
        let ctx: unknown = base;
        if (options.auth) {
          const session = await authenticate(tx, now, request.headers.get('Authorization'));
          const serviceContext: ServiceContext & PublicContext = {
            ...base,
            actor: session.member,
            token: session.token,
            ifMatch,
          };
          ctx = serviceContext;
        } else {
          base.token = request.headers.get('Authorization')?.match(/^Bearer (\S+)$/)?.[1] ?? null;
        }
        const result = await definition.handle({ params: routeParams, query, body, ctx: ctx as C });
        // The backend keeps its own side of the contract: an answer that breaks its schema is
        // a bug here, reported as one instead of reaching the client.
        if (definition.response) {
          const checked = definition.response.safeParse(result);
          if (!checked.success) {
            throw new Error(`Answer of ${method} ${definition.path} breaks its schema`, {
              cause: checked.error,
            });
          }
        }
        const status = definition.status ?? (result === undefined ? 204 : 200);
        if (idempotencyKey) {
          await tx.idempotency.put({
            key: idempotencyKey,
            fingerprint,
            status,
            body: result ?? null,
            createdAt: new Date(now).toISOString(),
            businessTime: businessNow,
          });
          // Keys are kept 24 hours of business time, then purged (moving the clock ages them).
          await tx.idempotency.purgeBefore(businessNow - IDEMPOTENCY_KEY_TTL_MS);
        }
        return { status, body: result };
      };
      const outcome = mutation ? await backend.store.write(work) : await backend.store.read(work);
      if (
        options.faults &&
        mutation &&
        settings.lostResponseRate > 0 &&
        Math.random() < settings.lostResponseRate
      ) {
        // The write committed, but its answer never arrives: the client must retry safely.
        return HttpResponse.error();
      }
      const headers = { [BUSINESS_DATE_HEADER]: today ?? '' };
      if (outcome.status === 204 || outcome.body === undefined || outcome.body === null) {
        return new HttpResponse(null, {
          status: outcome.status === 200 ? 204 : outcome.status,
          headers,
        });
      }
      return HttpResponse.json(outcome.body as Record<string, unknown>, {
        status: outcome.status,
        headers,
      });
    } catch (error) {
      return toErrorResponse(error, today);
    }
  });
}

export function route<
  P extends z.ZodType = EmptySchema,
  Q extends z.ZodType = EmptySchema,
  B extends z.ZodType = EmptySchema,
>(backend: Backend, definition: RouteDefinition<P, Q, B, ServiceContext & PublicContext>) {
  return makeHandler(backend, definition, { auth: true, faults: true });
}

/** What the OpenAPI document is generated from: every route as it was registered. */
export interface RouteDoc {
  method: Method;
  path: string;
  params: z.ZodType | undefined;
  query: z.ZodType | undefined;
  body: z.ZodType | undefined;
  response: z.ZodType | undefined;
  status: number | undefined;
  summary: string | undefined;
  auth: boolean;
}

/** A route anyone may call (sign-in, the clock). */
export function publicRoute<
  P extends z.ZodType = EmptySchema,
  Q extends z.ZodType = EmptySchema,
  B extends z.ZodType = EmptySchema,
>(backend: Backend, definition: RouteDefinition<P, Q, B, PublicContext>) {
  return makeHandler(backend, definition, { auth: false, faults: true });
}

/** A developer-panel route: outside any transaction, never slowed or failed by the faults it controls. */
export function devRoute<B extends z.ZodType = EmptySchema>(
  backend: Backend,
  definition: {
    method: Method;
    path: string;
    body?: B;
    handle: (input: { body: z.output<B> }) => Promise<unknown>;
  },
): HttpHandler {
  return http[definition.method](`${backend.baseUrl}${definition.path}`, async ({ request }) => {
    try {
      const { value } =
        definition.method === 'get' ? { value: undefined } : await readBody(request);
      const body = parseOrThrow(definition.body, value ?? (definition.body ? {} : undefined), '');
      const result = await definition.handle({ body });
      const today = await backend.today();
      const headers = { [BUSINESS_DATE_HEADER]: today };
      if (result === undefined) return new HttpResponse(null, { status: 204, headers });
      return HttpResponse.json(result as Record<string, unknown>, { headers });
    } catch (error) {
      return toErrorResponse(error);
    }
  });
}
