import { SessionSchema } from '@/api/session/schemas';

/** The embedded backend's API root, as the node test server (`createTestBackend`) serves it. */
export const DEFAULT_API_BASE = 'http://localhost:3000/api/v1';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A response: its status and its JSON body (`null` when the body is empty). */
export interface Answer {
  status: number;
  body: unknown;
}

export interface CallOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as If-Match (`"<version>"`). */
  ifMatch?: number;
  /** The Idempotency-Key of a mutation; a fresh one when not given. GETs never send one. */
  key?: string;
}

export interface ApiClientOptions {
  /**
   * When `Content-Type: application/json` is sent:
   * - `'with-body'` (default): only on requests that carry a body;
   * - `'mutations'`: on every request but GETs, with a body or not;
   * - `'always'`: on every request, GETs included.
   */
  contentType?: 'with-body' | 'mutations' | 'always';
  /** Runs at the start of every `call`/`request` (before any sign-in), e.g. to advance a clock. */
  beforeEach?: () => void;
}

/** An HTTP client for the embedded backend's API, with sign-in and a token cache per member. */
export function createApiClient(base = DEFAULT_API_BASE, clientOptions: ApiClientOptions = {}) {
  const contentType = clientOptions.contentType ?? 'with-body';
  const tokens = new Map<string, string>();

  /** POST /session for a member; the raw response. */
  function signIn(memberId: string): Promise<Response> {
    return fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ memberId }),
    });
  }

  /** A new session's token for a member, every time (no cache). */
  async function newSession(memberId: string): Promise<string> {
    return SessionSchema.parse(await (await signIn(memberId)).json()).token;
  }

  /** The member's token: signs in on first use, then answers from the cache. */
  async function signInAs(memberId: string): Promise<string> {
    const known = tokens.get(memberId);
    if (known) return known;
    const token = await newSession(memberId);
    tokens.set(memberId, token);
    return token;
  }

  async function send(
    token: string,
    method: Method,
    path: string,
    options: CallOptions,
  ): Promise<Answer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (method !== 'GET') headers['Idempotency-Key'] = options.key ?? crypto.randomUUID();
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);
    if (
      contentType === 'always' ||
      (contentType === 'mutations' && method !== 'GET') ||
      options.body !== undefined
    ) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  }

  /** A request as a member (signed in through the cache). */
  async function call(
    memberId: string,
    method: Method,
    path: string,
    options: CallOptions = {},
  ): Promise<Answer> {
    clientOptions.beforeEach?.();
    return send(await signInAs(memberId), method, path, options);
  }

  /** A request with a token of one's own. */
  async function request(
    token: string,
    method: Method,
    path: string,
    options: CallOptions = {},
  ): Promise<Answer> {
    clientOptions.beforeEach?.();
    return send(token, method, path, options);
  }

  /** PUT /__dev/clock (no session needed); the response's status. */
  async function setBusinessDate(businessDate: string): Promise<number> {
    const response = await fetch(`${base}/__dev/clock`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ businessDate }),
    });
    return response.status;
  }

  return { base, signIn, newSession, signInAs, call, request, setBusinessDate };
}

export type ApiClient = ReturnType<typeof createApiClient>;

interface ErrorEnvelope {
  code?: string;
  details?: { fields?: { path: string; code: string }[] };
}

/** The error code of an answer; `undefined` when its body is empty or has none. */
export const codeOf = (answer: Answer) => (answer.body as ErrorEnvelope | null)?.code;

/** The field errors of a VALIDATION answer (none when it has no details). */
export const fieldsOf = (answer: Answer) => (answer.body as ErrorEnvelope).details?.fields ?? [];

/** The field paths of a VALIDATION answer (none when it has no details). */
export const pathsOf = (answer: Answer) => fieldsOf(answer).map((f) => f.path);

/** Strict: the `code` of an error body (throws on an empty body). */
export const codeIn = (body: unknown) => (body as { code: string }).code;

/** Strict: the field paths of a VALIDATION body (throws when it has no `details.fields`). */
export const pathsIn = (body: unknown) =>
  (body as { details: { fields: { path: string }[] } }).details.fields.map((f) => f.path);
